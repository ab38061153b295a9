package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.model.Model;
import org.neverout.testkit.TopologyZoo;

/** The connectivity analysis of bare topologies honours --time-limit, --max-cut-sets, --threads and --events. */
class NetworkSplitsLimitsTest {
    private static final Set<EventKind> NODE_LINK = EnumSet.of(EventKind.NODE, EventKind.LINK);

    private static AnalysisQuestion question(int order, int threads, long max) {
        return new AnalysisQuestion(order, NODE_LINK, threads, max, null);
    }

    private static Map<List<String>, Long> asMap(NetworkSplits.Result r) {
        Map<List<String>, Long> out = new HashMap<>();
        r.splits().forEach(s -> out.put(s.events(), s.disconnectedPairs()));
        return out;
    }

    @Test
    void oneTwoAndThreeThreadsGiveIdenticalCompleteResults() {
        for (String graph : List.of("Abilene", "Nsfnet", "Garr199901", "Janetbackbone")) {
            for (int seed = 1; seed <= 3; seed++) {
                Model m = NetworkSplitsTest.thinned(TopologyZoo.load(graph), seed);
                NetworkSplits.Result one = NetworkSplits.analyze(m, question(3, 1, 0));
                assertThat(one.complete()).isTrue();
                assertThat(one.incompleteReason()).isNull();
                assertThat(NetworkSplits.analyze(m, question(3, 2, 0))).isEqualTo(one);
                assertThat(NetworkSplits.analyze(m, question(3, 3, 0))).isEqualTo(one);
            }
        }
    }

    /**
     * Oracle: runs stopped after a few deadline checks (one or two threads) are marked incomplete with the
     * reason, list only true minimal splits (brute force) with the right losses, and keep every split
     * smaller than the size that was cut short.
     */
    @Test
    void aRunCutShortListsOnlyTrueMinimalSplitsAndSaysSo() {
        int cutShort = 0;
        for (String graph : List.of("Abilene", "Nsfnet", "Cesnet1999")) {
            for (int seed = 1; seed <= 4; seed++) {
                Model m = NetworkSplitsTest.thinned(TopologyZoo.load(graph), seed);
                Map<List<String>, Long> truth = NetworkSplitsTest.bruteForce(m, 3);
                NetworkSplits.Result r = NetworkSplits.analyze(m, question(3, 1 + seed % 2, 0),
                        Deadline.afterChecks(seed * 15L));
                Map<List<String>, Long> listed = asMap(r);
                for (Map.Entry<List<String>, Long> e : listed.entrySet()) {
                    assertThat(truth).as(graph + " " + seed).containsEntry(e.getKey(), e.getValue());
                }
                if (r.complete()) {
                    assertThat(listed).isEqualTo(truth);
                } else {
                    cutShort++;
                    assertThat(r.incompleteReason()).contains("time limit", "splits of size");
                    int at = Integer.parseInt(r.incompleteReason().replaceAll(".*of size (\\d+).*", "$1"));
                    truth.forEach((set, loss) -> {
                        if (set.size() < at) {
                            assertThat(listed).containsEntry(set, loss);
                        }
                    });
                }
            }
        }
        assertThat(cutShort).isPositive();
    }

    @Test
    void aRealTimeLimitOnADenseGraphStopsAndSaysSo() {
        Model k40 = NetworkSplitsTest.model(40, completeEdges(40));
        AnalysisQuestion q = new AnalysisQuestion(4, NODE_LINK, 2, 0, Duration.ofMillis(1));
        NetworkSplits.Result r = NetworkSplits.analyze(k40, q);
        assertThat(r.complete()).isFalse();
        assertThat(r.incompleteReason()).contains("time limit 1 ms");
    }

    @Test
    void maxCutSetsCapsTheSplitsListedAndSaysSo() {
        Model m = NetworkSplitsTest.thinned(TopologyZoo.load("Janetbackbone"), 2);
        NetworkSplits.Result all = NetworkSplits.analyze(m, question(2, 1, 0));
        assertThat(all.splits().size()).isGreaterThan(5);
        NetworkSplits.Result capped = NetworkSplits.analyze(m, question(2, 2, 5));
        assertThat(capped.complete()).isFalse();
        assertThat(capped.incompleteReason()).contains("max cut sets");
        assertThat(capped.splits()).hasSize(5).isEqualTo(all.splits().subList(0, 5));
        NetworkSplits.Result roomy = NetworkSplits.analyze(m, question(2, 1, all.splits().size()));
        assertThat(roomy.complete()).isTrue();
        assertThat(roomy.splits()).isEqualTo(all.splits());
    }

    @Test
    void eventKindsChooseWhatFails() {
        Model m = NetworkSplitsTest.thinned(TopologyZoo.load("Abilene"), 1);
        NetworkSplits.Result all = NetworkSplits.analyze(m, question(2, 1, 0));
        NetworkSplits.Result links = NetworkSplits.analyze(m,
                new AnalysisQuestion(2, EnumSet.of(EventKind.LINK), 1, 0, null));
        Set<String> linkIds = new java.util.HashSet<>();
        m.links().forEach(l -> linkIds.add(l.id()));
        assertThat(links.splits()).isNotEmpty()
                .allSatisfy(s -> assertThat(linkIds).containsAll(s.events()));
        assertThat(links.splits()).isEqualTo(all.splits().stream()
                .filter(s -> linkIds.containsAll(s.events())).toList());
    }

    @Test
    void ordersAboveEightAreRefused() {
        Model m = NetworkSplitsTest.model(3, new int[][] {{0, 1}, {1, 2}});
        assertThatThrownBy(() -> NetworkSplits.analyze(m, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order must be 1 to 8");
        // order 8 runs: on a path of 3 nodes the splits are the middle node and both links
        assertThat(NetworkSplits.analyze(m, 8).splits()).extracting(NetworkSplits.Split::events)
                .containsExactlyInAnyOrder(List.of("n1"), List.of("l0"), List.of("l1"));
    }

    private static int[][] completeEdges(int n) {
        int[][] edges = new int[n * (n - 1) / 2][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges[k++] = new int[] {i, j};
            }
        }
        return edges;
    }
}
