package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Models;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The time limit is checked inside a level's expansion, not only between first events; a run cut
 * short lists only true minimal cut sets and says why; order shifts cannot overflow.
 */
class LimitsNeverSilentTest {
    private static final Set<String> NODE_LINK = Set.of("node", "link");

    /** The complete graph on {@code n} nodes with one service between n0 and n1. */
    static Model complete(int n) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Models.node("n" + i));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                links.add(Models.link("l" + i + "-" + j, "n" + i, "n" + j));
            }
        }
        Service s = Models.service("s", ServiceKind.VITAL, List.of(List.of("n0"), List.of("n1")),
                List.of(), 3, null);
        return Models.model("k" + n, List.of(), List.of(), nodes, links, List.of(), List.of(s));
    }

    private static AnalysisResult run(Model model, int order, Set<EventKind> kinds, int threads, Deadline deadline) {
        AnalysisQuestion q = new AnalysisQuestion(order, kinds, threads, 0, Duration.ofMillis(1));
        return CutSetEngine.analyze(CompiledModel.compile(model), q, ProgressListener.NONE, deadline, System.nanoTime());
    }

    /**
     * Each further check of the deadline lets the enumeration do at most one more failure prefix (each
     * prefix counts fewer scenarios than there are events): the limit stops it within a level, where a
     * check between first events only would let a whole first event's prefixes through at once.
     */
    @Test
    void eachCheckOfTheDeadlineAllowsAtMostOneMorePrefix() {
        Model k9 = complete(9);
        Set<EventKind> kinds = EnumSet.of(EventKind.NODE, EventKind.LINK);
        int events = k9.nodes().size() + k9.links().size();
        AnalysisResult full = run(k9, 3, kinds, 1, Deadline.NONE);
        assertThat(full.complete()).isTrue();
        long previous = run(k9, 3, kinds, 1, Deadline.afterChecks(0)).scenariosEvaluated();
        boolean sawIncomplete = false;
        for (int checks = 1; checks < 400; checks++) {
            AnalysisResult r = run(k9, 3, kinds, 1, Deadline.afterChecks(checks));
            assertThat(r.scenariosEvaluated() - previous).as("after %d checks", checks).isLessThan(events);
            assertThat(r.scenariosEvaluated()).isLessThanOrEqualTo(full.scenariosEvaluated());
            previous = r.scenariosEvaluated();
            if (!r.complete()) {
                sawIncomplete = true;
                assertThat(r.incompleteReason()).contains("time limit", "cut sets of size");
            }
        }
        assertThat(sawIncomplete).isTrue();
        assertThat(previous).isLessThan(full.scenariosEvaluated()); // 400 checks cover only part of order 3
    }

    /**
     * Oracle: on random models over real graphs, runs stopped at random points (1 or 2 threads) list
     * only true minimal cut sets of the brute-force oracle, mark the stopped services incomplete with
     * the reason, and keep every cut set smaller than the level that was cut short.
     */
    @Test
    void anIncompleteRunListsOnlyTrueMinimalCutSets() {
        int incomplete = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Model model = RandomModels.generate(TopologyZoo.load(seed % 2 == 0 ? "Abilene" : "Nsfnet"),
                    RandomModels.Spec.everyEventKind().withServices(2, 3), seed);
            Map<String, List<List<String>>> oracle = new BruteForceOracle(model).minimalCutSets(3, NODE_LINK);
            Set<EventKind> kinds = EnumSet.of(EventKind.NODE, EventKind.LINK);
            int threads = 1 + (int) (seed % 2);
            AnalysisResult r = run(model, 3, kinds, threads, Deadline.afterChecks(20 + seed * 37));
            for (ServiceResult s : r.services()) {
                List<List<String>> truth = oracle.get(s.id());
                assertThat(new HashSet<>(truth)).as("seed %d %s", seed, s.id()).containsAll(s.cutSets());
                if (s.complete()) {
                    assertThat(s.cutSets()).isEqualTo(truth);
                } else {
                    incomplete++;
                    assertThat(r.complete()).isFalse();
                    if (s.incompleteReason().startsWith("depends on incomplete service")) {
                        continue; // its own enumeration finished; a dependency's did not
                    }
                    assertThat(s.incompleteReason()).contains("time limit");
                    int cutAt = Integer.parseInt(s.incompleteReason().replaceAll(".*of size (\\d+).*", "$1"));
                    List<List<String>> smaller = truth.stream().filter(c -> c.size() < cutAt).toList();
                    assertThat(s.cutSets()).containsAll(smaller);
                }
            }
        }
        assertThat(incomplete).isPositive();
    }

    /** A real 1 ms limit on a dense graph stops early and says so (no assertion on the time taken). */
    @Test
    void aOneMillisecondLimitOnADenseGraphStopsEarly() {
        Model k30 = complete(30);
        AnalysisQuestion q = new AnalysisQuestion(4, EnumSet.of(EventKind.NODE, EventKind.LINK), 2, 0,
                Duration.ofMillis(1));
        AnalysisResult r = CutSetEngine.analyze(CompiledModel.compile(k30), q, ProgressListener.NONE);
        assertThat(r.complete()).isFalse();
        assertThat(r.incompleteReason()).contains("time limit 1 ms");
        assertThat(r.service("s").complete()).isFalse();
        // what it lists are minimal cut sets: down after the set, up after the set less any one event
        BruteForceOracle oracle = new BruteForceOracle(k30);
        assertThat(r.service("s").cutSets()).isNotEmpty().allSatisfy(c -> {
            assertThat(oracle.evaluate(new HashSet<>(c)).get("s")).isFalse();
            for (String e : c) {
                Set<String> less = new HashSet<>(c);
                less.remove(e);
                assertThat(oracle.evaluate(less).get("s")).isTrue();
            }
        });
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalCompleteResults() {
        for (long seed = 30; seed < 36; seed++) {
            Model model = RandomModels.generate(TopologyZoo.load("Bics"), RandomModels.Spec.everyEventKind(), seed);
            Set<EventKind> all = EnumSet.allOf(EventKind.class);
            AnalysisResult one = run(model, 2, all, 1, Deadline.NONE);
            AnalysisResult two = run(model, 2, all, 2, Deadline.NONE);
            assertThat(one.complete()).isTrue();
            assertThat(two.services()).isEqualTo(one.services());
            assertThat(two.scenariosEvaluated()).isEqualTo(one.scenariosEvaluated());
        }
    }

    @Test
    void ordersAboveEightAreRefusedBeforeAnyShiftCouldOverflow() {
        Set<EventKind> kinds = EnumSet.of(EventKind.NODE);
        assertThatThrownBy(() -> new AnalysisQuestion(AnalysisQuestion.MAX_ORDER + 1, kinds, 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order must be 1 to 8");
        assertThatThrownBy(() -> new AnalysisQuestion(31, kinds, 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisQuestion(Integer.MAX_VALUE, kinds, 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        // order 8, the largest, runs: on a 9-cycle the only cut sets of n0-n4 are pairs, found at full order
        Model ring = ringModel(9);
        AnalysisResult r = run(ring, AnalysisQuestion.MAX_ORDER, EnumSet.of(EventKind.NODE, EventKind.LINK), 1,
                Deadline.NONE);
        assertThat(r.complete()).isTrue();
        assertThat(r.service("s").cutSets()).isEqualTo(
                new BruteForceOracle(ring).minimalCutSets(AnalysisQuestion.MAX_ORDER, NODE_LINK).get("s"));
    }

    private static Model ringModel(int n) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Models.node("n" + i));
            links.add(Models.link("l" + i, "n" + i, "n" + ((i + 1) % n)));
        }
        Service s = Models.service("s", ServiceKind.VITAL, List.of(List.of("n0"), List.of("n4")),
                List.of(), 2, null);
        return Models.model("ring", List.of(), List.of(), nodes, links, List.of(), List.of(s));
    }
}
