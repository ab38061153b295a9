package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Models;

/**
 * Alternatives in depends_on (MODEL.md 1.1) on a model checked by hand: tA runs over a - l1 - b - l2 - c,
 * tB on d alone; "either" needs tA or tB, "both" needs tA and tB.
 */
class CutSetsThroughAlternativesTest {
    private static final Set<EventKind> NODES_LINKS = EnumSet.of(EventKind.NODE, EventKind.LINK);

    private static Model model() {
        return Models.model("alternatives", List.of(), List.of(),
                List.of(Models.node("a"), Models.node("b"), Models.node("c"), Models.node("d")),
                List.of(Models.link("l1", "a", "b"), Models.link("l2", "b", "c")), List.of(),
                List.of(Models.service("tA", ServiceKind.OTHER, List.of(List.of("a"), List.of("c")), List.of(), 0, null),
                        Models.service("tB", ServiceKind.OTHER, List.of(List.of("d")), List.of(), 0, null),
                        Models.service("either", ServiceKind.OTHER, List.of(), List.of(List.of("tA", "tB")), 0, null),
                        Models.service("both", ServiceKind.OTHER, List.of(), List.of(List.of("tA"), List.of("tB")), 0,
                                null)));
    }

    private static AnalysisResult analyze(int order, long maxCutSets) {
        return CutSetEngine.analyze(CompiledModel.compile(model()),
                new AnalysisQuestion(order, NODES_LINKS, 1, maxCutSets, null), ProgressListener.NONE);
    }

    @Test
    void anEntryIsCutOnlyWhenEveryAlternativeIs() {
        AnalysisResult order2 = analyze(2, 0);
        assertThat(order2.service("either").cutSets()).containsExactly(List.of("a", "d"), List.of("b", "d"),
                List.of("c", "d"), List.of("d", "l1"), List.of("d", "l2"));
        assertThat(order2.service("both").cutSets()).containsExactly(List.of("a"), List.of("b"), List.of("c"),
                List.of("d"), List.of("l1"), List.of("l2"));
        assertThat(analyze(1, 0).service("either").cutSets()).as("pairs are beyond order 1").isEmpty();
        assertThat(analyze(1, 0).service("either").complete()).isTrue();
        Set<String> kinds = Set.of("node", "link");
        assertThat(new BruteForceOracle(model()).minimalCutSets(2, kinds).get("either"))
                .isEqualTo(order2.service("either").cutSets());
    }

    @Test
    void anIncompleteAlternativeMakesTheDependentIncomplete() {
        AnalysisResult limited = analyze(2, 2); // tA has 5 cut sets of size 1: its enumeration stops
        assertThat(limited.service("tA").complete()).isFalse();
        assertThat(limited.service("tB").complete()).isTrue();
        assertThat(limited.service("either").complete()).isFalse();
        assertThat(limited.service("either").incompleteReason()).isEqualTo("depends on incomplete service 'tA'");
        assertThat(limited.complete()).isFalse();
    }
}
