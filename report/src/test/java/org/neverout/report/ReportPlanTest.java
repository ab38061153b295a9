package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.Finding;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;

/** The decision page takes a root cause's action from the remediation plan step that removes it. */
class ReportPlanTest {
    @Test
    void aRootCauseThatAStepRemovesTakesThatStepAsItsAction() throws Exception {
        Model m = ModelLoader.load(java.nio.file.Path.of("..", "examples", "nafin-example.yaml"));
        ReportInput input = ReportInput.of(m, CutSetEngine.analyze(CompiledModel.compile(m)));
        Finding first = input.findings().get(0);
        Finding second = input.findings().get(1);
        ReportPlan plan = new ReportPlan(List.of(new ReportPlan.Step("add a second thing", 10, 7,
                List.of("c2-north: violated -> meets"), 12.5, List.of(first.cutSet()))), false, "the 1 step asked for");
        List<RootCause> causes = RootCauses.of(input.withPlan(plan), 2);
        assertThat(causes.get(0).action()).startsWith("Step 1 of the remediation plan: add a second thing")
                .contains("from 10 to 7");
        assertThat(causes.get(1).action()).isEqualTo(RootCauses.of(input, 2).get(1).action())
                .doesNotContain("remediation plan");
        assertThat(second.cutSet()).isNotEqualTo(first.cutSet());
        StringWriter html = new StringWriter();
        new HtmlReportWriter(false).write(input.withPlan(plan), html);
        assertThat(html.toString()).contains("Remediation plan (each step proven by re-analysis)",
                "Add a second thing", "c2-north: violated -&gt; meets", "cost 12.5");
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(input.withPlan(plan), md);
        assertThat(md.toString()).contains("### Remediation plan", "Step 1 of the remediation plan");
        StringWriter without = new StringWriter();
        new HtmlReportWriter(false).write(input, without);
        assertThat(without.toString()).doesNotContain("Remediation plan");
    }
}
