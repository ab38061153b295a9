package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.Deadline;
import org.neverout.engine.EventKind;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.model.Model;

/** A bare topology's report: its connectivity in every format, and never a green "meets never-out". */
class ConnectivitySectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LADDER = "name: ladder\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e}]\n"
            + "links: [{id: ab, a: a, b: b}, {id: bc, a: b, b: c}, {id: cd, a: c, b: d}, {id: da, a: d, b: a},"
            + " {id: ce, a: c, b: e}]\n";

    private static ReportInput bare(NetworkSplits.Result splits) {
        Model model = TestModels.parse(LADDER, "ladder.yaml");
        return TestModels.input(model, 2).withConnectivity(new ConnectivitySection(splits));
    }

    private static NetworkSplits.Result splits(Deadline deadline) {
        Model model = TestModels.parse(LADDER, "ladder.yaml");
        return NetworkSplits.analyze(model, new AnalysisQuestion(2, EnumSet.of(EventKind.NODE, EventKind.LINK), 1, 0,
                null), deadline);
    }

    @Test
    void everyFormatCarriesTheSplitsAndNoGreenVerdict() throws Exception {
        NetworkSplits.Result r = splits(Deadline.NONE);
        // c and ce separate e; pairs of the square's links split it too
        assertThat(r.ofSize(1)).extracting(NetworkSplits.Split::events).containsExactlyInAnyOrder(List.of("c"),
                List.of("ce"));
        ReportInput input = bare(r);

        String html = new HtmlReportWriter().render(input);
        assertThat(html).contains("class=\"overall none\">No requirement declared<", "<h2>Connectivity</h2>",
                "Single failures that split it: 2", "Double failures that split it: " + r.ofSize(2).size(), "<code>ce</code>")
                .doesNotContain("Meets never-out", "Cut short");
        String md = new MarkdownReportWriter().render(input);
        assertThat(md).contains("**Verdict: no requirement declared**", "## Connectivity", "| `ce` |")
                .doesNotContain("meets never-out");
        JsonNode json = JSON.readTree(new JsonReportWriter().render(input));
        assertThat(json.at("/summary/verdict").asText()).isEqualTo("none");
        assertThat(json.at("/connectivity/splits").size()).isEqualTo(r.splits().size());
        assertThat(json.at("/connectivity/complete").asBoolean()).isTrue();
        assertThat(json.at("/connectivity/splits/0/events/0").asText()).isEqualTo(r.splits().get(0).events().get(0));
        JsonNode sarif = JSON.readTree(new SarifReportWriter().render(input));
        assertThat(sarif.at("/runs/0/properties/headline").asText()).isEqualTo("no requirement declared");
        assertThat(sarif.at("/runs/0/properties/connectivity/splits").size()).isEqualTo(r.splits().size());
    }

    @Test
    void aCutShortAnalysisSaysSoInEveryFormat() throws Exception {
        NetworkSplits.Result r = splits(Deadline.afterChecks(1));
        assertThat(r.complete()).isFalse();
        ReportInput input = bare(r);
        assertThat(new HtmlReportWriter().render(input)).contains("<strong>Cut short</strong>: time limit");
        assertThat(new MarkdownReportWriter().render(input)).contains("**Cut short**: time limit");
        JsonNode json = JSON.readTree(new JsonReportWriter().render(input));
        assertThat(json.at("/connectivity/complete").asBoolean()).isFalse();
        assertThat(json.at("/connectivity/incomplete_reason").asText()).contains("time limit");
    }

    @Test
    void servicesWithoutRequirementsAreNoRequirementToo() {
        Model none = TestModels.parse(LADDER + "services: [{id: s, endpoints: [a, e]}]\n", "s.yaml");
        assertThat(ReportFacts.of(TestModels.input(none, 2)).hasRequirements()).isFalse();
        assertThat(new HtmlReportWriter().render(TestModels.input(none, 2))).contains("No requirement declared")
                .doesNotContain("id=\"connectivity\"");
        Model one = TestModels.parse(LADDER + "services: [{id: s, endpoints: [a, e], never_out: 1}]\n", "s.yaml");
        assertThat(ReportFacts.of(TestModels.input(one, 2)).hasRequirements()).isTrue();
        assertThat(new HtmlReportWriter().render(TestModels.input(one, 2))).contains("Never-out not met");
    }
}
