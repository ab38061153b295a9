package org.neverout.remediate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.engine.ProgressListener;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/** Plans on the bundled example (August 2024), user candidates, nothing to fix, time limits. */
class ExamplePlanTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nafin-example.yaml");

    private static RemediationQuestion question(int steps, List<Action> candidates, Duration limit) {
        return new RemediationQuestion(new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 2, 0, null), steps,
                candidates, limit);
    }

    private static List<Finding> findings(Model m) {
        return NeverOutFindings.of(m, CutSetEngine.analyze(CompiledModel.compile(m),
                question(1, null, null).analysis(), ProgressListener.NONE));
    }

    @Test
    void theFirstStepsRemoveTheTimeSyncSinglePoint() {
        Model m = ModelLoader.load(EXAMPLE);
        assertThat(findings(m)).anyMatch(f -> f.cutSet().equals(List.of("software:tempus-ntp-4.0")));
        RemediationPlan plan = RemediationPlanner.plan(m, question(2, null, null));
        assertThat(plan.steps()).hasSize(2);
        PlanStep first = plan.steps().get(0);
        assertThat(first.action().kind()).isEqualTo(ActionKind.ALTERNATIVE_SERVICE);
        assertThat(first.action().description()).contains("timesync");
        List<Finding> after = findings(plan.applyTo(m, 1));
        // the time servers' common software no longer stops what depends on time: only timesync itself
        assertThat(after).filteredOn(f -> f.cutSet().equals(List.of("software:tempus-ntp-4.0")))
                .allMatch(f -> f.services().equals(List.of("timesync")));
        assertThat(after).noneMatch(f -> f.cutSet().equals(List.of("timesync")));
        assertThat(first.profileAfter().get(1)).isLessThan(first.profileBefore().get(1));
        assertThat(first.added()).contains("timesync-alt");
        assertThat(first.changed()).contains("access", "pki");
    }

    @Test
    void userCandidatesLimitThePlanToWhatTheOrganisationCanBuy() {
        Model m = ModelLoader.load(EXAMPLE);
        String file = """
                candidates:
                  - name: chrony-on-ntp-2
                    cost: 5000
                    patch:
                      nodes:
                        - {id: ntp-2, software: chrony-4.5}
                  - name: a-fibre-nobody-needs
                    cost: 1
                    patch:
                      groups:
                        - {id: duct-spare, kind: conduit}
                """;
        List<Action> user = UserCandidates.parse(file.getBytes(StandardCharsets.UTF_8), "cands.yaml", m);
        assertThat(user).extracting(Action::id).containsExactly("user:chrony-on-ntp-2", "user:a-fibre-nobody-needs");
        RemediationPlan plan = RemediationPlanner.plan(m, question(3, user, null));
        assertThat(plan.steps()).extracting(s -> s.action().id()).containsExactly("user:chrony-on-ntp-2");
        assertThat(plan.steps().get(0).action().cost()).isEqualTo(5000.0);
        assertThat(plan.steps().get(0).changed()).containsExactly("ntp-2");
        assertThat(plan.stopReason()).contains("no candidate");
        Model fixed = plan.applyTo(m, 1);
        assertThat(fixed.nodes().stream().filter(n -> n.id().equals("ntp-2")).findFirst().orElseThrow().software())
                .isEqualTo("chrony-4.5");
    }

    @Test
    void badCandidateFilesAreRefusedWithTheirLine() {
        Model m = ModelLoader.load(EXAMPLE);
        assertRefused(m, """
                candidates:
                  - name: to-nowhere
                    patch:
                      links:
                        - {id: l-new, a: ntp-1, b: no-such-node}
                """, "cands.yaml:5:", "no-such-node");
        assertRefused(m, """
                candidates:
                  - name: typo
                    patch:
                      nodes:
                        - {id: ntp-2, softwear: chrony-4.5}
                """, "cands.yaml:5:", "softwear");
        assertRefused(m, """
                candidates:
                  - name: loop
                    patch:
                      services:
                        - {id: timesync, depends_on: [access]}
                """, "cands.yaml:", "cycl");
        assertRefused(m, """
                candidates:
                  - name: lower-the-bar
                    patch:
                      services:
                        - {id: c2-north, never_out: 0}
                """, "cands.yaml:5:", "never_out");
        assertRefused(m, """
                candidates:
                  - name: x
                    patch:
                      routers:
                        - {id: r}
                """, "cands.yaml:4:", "routers");
        assertRefused(m, "candidates: []\n", "cands.yaml:1:", "empty");
    }

    private static void assertRefused(Model m, String text, String location, String word) {
        assertThatThrownBy(() -> UserCandidates.parse(text.getBytes(StandardCharsets.UTF_8), "cands.yaml", m))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining(location).hasMessageContaining(word);
    }

    @Test
    void aModelWithNothingToFixGetsAnEmptyPlan() {
        Model m = ModelLoader.parse("""
                name: fine
                nodes: [{id: a}, {id: b}, {id: c}]
                links:
                  - {id: ab, a: a, b: b}
                  - {id: bc, a: b, b: c}
                  - {id: ca, a: c, b: a}
                services:
                  - {id: s, endpoints: [[a, b, c]], never_out: 2}
                """, "fine.yaml", Format.YAML);
        RemediationPlan plan = RemediationPlanner.plan(m, question(3, null, null));
        assertThat(plan.nothingToFix()).isTrue();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.partial()).isFalse();
        assertThat(PlanText.toText(plan)).contains("Nothing to fix");
    }

    @Test
    void aTimeLimitGivesAPartialPlanThatSaysSo() {
        Model m = ModelLoader.load(EXAMPLE);
        RemediationPlan plan = RemediationPlanner.plan(m, question(5, null, Duration.ofNanos(1)));
        assertThat(plan.partial()).isTrue();
        assertThat(plan.partialReason()).isNotBlank();
        assertThat(plan.steps()).isEmpty();
        assertThat(PlanText.toText(plan)).contains("PARTIAL");
        assertThat(PlanJson.toJson(plan)).containsEntry("partial", true);
    }
}
