package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.Models;

class NeverOutFindingsTest {
    @Test
    void c2InTheGoldenModelViolatesNeverOutOnceForEachSinglePointOfFailure() throws Exception {
        Model model = ModelLoader.load(GoldenTest.resource("semantics.yaml"));
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 1, 0, null), ProgressListener.NONE);
        List<Finding> findings = NeverOutFindings.of(model, result);
        List<List<String>> singles = result.service("c2").singlePointsOfFailure();
        assertThat(singles).isNotEmpty();
        assertThat(findings).extracting(Finding::cutSet).containsExactlyElementsOf(singles);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.service()).isEqualTo("c2");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL); // vital, no category: high, one step worse
            assertThat(f.message()).contains("c2").contains("never_out: 1");
        });
    }

    @Test
    void severityFollowsKindCategoryAndSizeAndIsSortedWorstFirst() {
        Model model = Models.model("m", List.of(), List.of(), List.of(Models.node("a"), Models.node("b")),
                List.of(Models.link("ab", "a", "b")), List.of(), List.of(), List.of(
                        Models.service("other", ServiceKind.OTHER, List.of(List.of("a"), List.of("b")), List.of(), 2, null),
                        Models.service("vital-a", ServiceKind.VITAL, List.of(List.of("a", "b")), List.of(), 2, "A"),
                        Models.service("vital-b", ServiceKind.VITAL, List.of(List.of("a", "b")), List.of(), 2, "B"),
                        Models.service("infra", ServiceKind.INFRASTRUCTURE, List.of(List.of("a", "b")), List.of(), 1, null),
                        Models.service("relaxed", ServiceKind.VITAL, List.of(List.of("a")), List.of(), 0, "A")));
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(2, EnumSet.of(EventKind.NODE, EventKind.LINK), 1, 0, null), ProgressListener.NONE);
        List<Finding> findings = NeverOutFindings.of(model, result);
        assertThat(findings).extracting(f -> f.service() + " " + f.cutSet() + " " + f.severity().token())
                .containsExactly(
                        "vital-a [a, b] critical",
                        "other [a] high",
                        "other [ab] high",
                        "other [b] high",
                        "vital-b [a, b] high");
    }
}
