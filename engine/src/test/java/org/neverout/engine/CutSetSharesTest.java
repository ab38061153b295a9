package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * A distributed analysis split into shares and merged is the single-machine analysis: the union of the
 * shares' top levels is the whole top level (each cut set in exactly one share, the owner of its
 * smallest class), and the merge equals {@link CutSetEngine#analyze} and the brute-force oracle.
 */
class CutSetSharesTest {
    static Stream<Arguments> splits() {
        List<Arguments> cases = new ArrayList<>();
        String[] graphs = {"Abilene", "Nsfnet", "Arpanet196912", "Cesnet1999", "Sprint"};
        for (int g = 0; g < graphs.length; g++) {
            for (int order = 1; order <= 3; order++) {
                cases.add(Arguments.of(graphs[g], 100L + g * 3 + order, order, 1 + (g + order) % 4));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} order {2} in {3} shares")
    @MethodSource("splits")
    void mergedSharesAreTheWholeAnalysis(String graph, long seed, int order, int count) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisQuestion question = new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), 1, 0, null);
        AnalysisResult whole = CutSetEngine.analyze(compiled, question, ProgressListener.NONE);

        List<CutSetShare> shares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shares.add(CutSetShares.run(compiled, question, i, count));
        }
        Collections.reverse(shares); // the merge does not depend on the order the shares arrive in
        AnalysisResult merged = CutSetShares.merge(compiled, question, shares, ProgressListener.NONE);

        assertThat(merged.services()).isEqualTo(whole.services());
        assertThat(merged.complete()).isEqualTo(whole.complete());
        assertThat(merged.incompleteReason()).isEqualTo(whole.incompleteReason());
        assertThat(merged.scenariosEvaluated()).isEqualTo(whole.scenariosEvaluated());

        Set<String> tokens = EnumSet.allOf(EventKind.class).stream().map(EventKind::token).collect(Collectors.toSet());
        assertThat(cutSets(merged)).isEqualTo(new BruteForceOracle(model).minimalCutSets(order, tokens));

        // each top-level cut set lies in exactly one share, the one owning its smallest class
        Set<List<Integer>> seen = new HashSet<>();
        for (CutSetShare share : shares) {
            for (int s = 0; s < share.topLevel().length; s++) {
                int[] flat = share.topLevel()[s];
                for (int i = 0; i < flat.length; i += order) {
                    assertThat(flat[i] % count).isEqualTo(share.index());
                    List<Integer> key = new ArrayList<>(List.of(s));
                    for (int j = 0; j < order; j++) {
                        key.add(flat[i + j]);
                    }
                    assertThat(seen.add(key)).as("found by one share only: %s", key).isTrue();
                }
            }
        }
    }

    @Test
    void limitsAreAppliedToTheMergedWholeAsOnOneMachine() {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 7);
        CompiledModel compiled = CompiledModel.compile(model);
        for (long max : new long[] {1, 3, 10}) {
            AnalysisQuestion question = new AnalysisQuestion(3, EnumSet.allOf(EventKind.class), 1, max, null);
            AnalysisResult whole = CutSetEngine.analyze(compiled, question, ProgressListener.NONE);
            List<CutSetShare> shares = List.of(CutSetShares.run(compiled, question, 0, 2),
                    CutSetShares.run(compiled, question, 1, 2));
            AnalysisResult merged = CutSetShares.merge(compiled, question, shares, ProgressListener.NONE);
            assertThat(merged.services()).as("max %d", max).isEqualTo(whole.services());
            assertThat(merged.incompleteReason()).isEqualTo(whole.incompleteReason());
        }
    }

    @Test
    void refusesAnIncompleteSplit() {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 3);
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisQuestion question = new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 1, 0, null);
        CutSetShare first = CutSetShares.run(compiled, question, 0, 3);
        assertThatThrownBy(() -> CutSetShares.merge(compiled, question, List.of(first), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 3 shares, got 1");
        assertThatThrownBy(() -> CutSetShares.merge(compiled, question.withOrder(3), List.of(first,
                CutSetShares.run(compiled, question, 1, 3), CutSetShares.run(compiled, question, 2, 3)),
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order 2");
        assertThatThrownBy(() -> CutSetShares.run(compiled, question, 3, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, List<List<String>>> cutSets(AnalysisResult result) {
        Map<String, List<List<String>>> map = new LinkedHashMap<>();
        result.services().forEach(s -> map.put(s.id(), s.cutSets()));
        return map;
    }
}
