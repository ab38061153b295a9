package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.model.Severity;
import org.neverout.testkit.Golden;
import org.neverout.testkit.Models;

class NeverOutFindingsTest {
    @Test
    void c2InTheGoldenModelHasOneFindingPerSinglePointOtherThanItsOwnEvent() throws Exception {
        Model model = ModelLoader.load(Golden.path("semantics.yaml"));
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 1, 0, null), ProgressListener.NONE);
        List<Finding> findings = NeverOutFindings.of("c2", NeverOutFindings.of(model, result));
        List<List<String>> singles = result.service("c2").singlePointsOfFailure().stream()
                .filter(c -> !c.equals(List.of("c2"))).toList();
        assertThat(singles).isNotEmpty();
        assertThat(findings).extracting(Finding::cutSet).containsExactlyInAnyOrderElementsOf(singles);
        assertThat(findings).noneMatch(f -> f.cutSet().equals(List.of("c2")));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).contains("c2");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL); // vital and a single point
        });
    }

    @Test
    void oneFindingPerCutSetNamingEveryServiceInTheContractOrderWithItsSeverity() {
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
        // [a, b] violates vital-a (category A: critical) and vital-b; not other ([a] is inside it), nor infra
        // (never_out 1)
        assertThat(findings).extracting(f -> f.cutSet() + " " + f.services() + " " + f.vital() + " " + f.severity().token())
                .containsExactly(
                        "[a] [other] 0 medium",
                        "[ab] [other] 0 medium",
                        "[b] [other] 0 medium",
                        "[a, b] [vital-a, vital-b] 2 critical");
        assertThat(findings.get(3).message())
                .isEqualTo("a + b together take down 2 services (2 vital, 0 users): vital-a, vital-b");
        assertThat(findings.get(0).message()).isEqualTo("a takes down 1 service (0 vital, 0 users): other");
    }

    @Test
    void aServicesOwnEventIsNeverAFindingOfItselfButCountsForItsDependants() {
        Model model = Models.model("m", List.of(), List.of(), List.of(Models.node("a"), Models.node("b")),
                List.of(Models.link("ab", "a", "b"), Models.link("ab2", "a", "b")), List.of(), List.of(), List.of(
                        Models.service("time", ServiceKind.INFRASTRUCTURE, List.of(List.of("a", "b")), List.of(), 1, null),
                        Models.service("c2", ServiceKind.VITAL, List.of(List.of("a", "b")), List.of(List.of("time")), 1, "B")));
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(2, EnumSet.of(EventKind.NODE, EventKind.SERVICE), 1, 0, null), ProgressListener.NONE);
        List<Finding> findings = NeverOutFindings.of(model, result);
        assertThat(findings).extracting(f -> f.cutSet() + " " + f.services() + " " + f.severity().token())
                .containsExactly("[time] [c2] critical");
        assertThat(NeverOutVerdict.of(model, result).get("time").status()).isEqualTo(NeverOutVerdict.Status.MEETS);
        assertThat(NeverOutVerdict.of(model, result).get("time").label()).isEqualTo("survives 1");
        assertThat(NeverOutVerdict.of(model, result).get("c2").label()).isEqualTo("VIOLATED: 1 failure");
    }
}
