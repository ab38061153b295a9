package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.testkit.TopologyZoo;

/** {@link NetworkSplits} against a brute force over every failure set, on thinned real topologies. */
class NetworkSplitsTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        String[] graphs = {"Abilene", "Arpanet196912", "Nsfnet", "Cesnet1999", "Garr199901", "Janetbackbone"};
        for (String g : graphs) {
            for (int seed = 1; seed <= 6; seed++) {
                out.add(Arguments.of(g, seed, seed % 3 == 0 ? 3 : 2));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} order {2}")
    @MethodSource("cases")
    void agreesWithBruteForce(String graph, int seed, int order) {
        Model model = thinned(TopologyZoo.load(graph), seed);
        NetworkSplits.Result result = NetworkSplits.analyze(model, order);
        Map<List<String>, Long> expected = bruteForce(model, order);
        Map<List<String>, Long> actual = new HashMap<>();
        result.splits().forEach(s -> actual.put(s.events(), s.disconnectedPairs()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aPathSplitsAtEveryInnerNodeAndEveryLink() {
        Model path = model(4, new int[][] {{0, 1}, {1, 2}, {2, 3}});
        NetworkSplits.Result r = NetworkSplits.analyze(path, 1);
        assertThat(r.connectedPairs()).isEqualTo(6);
        assertThat(r.splits()).extracting(NetworkSplits.Split::events)
                .containsExactlyInAnyOrder(List.of("n1"), List.of("n2"), List.of("l0"), List.of("l1"), List.of("l2"));
        // the middle link cuts 2 x 2 pairs; an inner node leaves 1 + 0 pairs of the 3 survivors' 3
        assertThat(r.splits()).filteredOn(s -> s.events().equals(List.of("l1")))
                .singleElement().extracting(NetworkSplits.Split::disconnectedPairs).isEqualTo(4L);
    }

    @Test
    void parallelLinksAreNotBridges() {
        Model m = model(2, new int[][] {{0, 1}, {0, 1}});
        assertThat(NetworkSplits.analyze(m, 1).splits()).isEmpty();
        assertThat(NetworkSplits.analyze(m, 2).ofSize(2)).extracting(NetworkSplits.Split::events)
                .containsExactly(List.of("l0", "l1"));
    }

    static Model thinned(TopologyZoo.Graph g, int seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 7919L + g.name().hashCode());
        List<int[]> edges = new ArrayList<>();
        for (int[] e : g.edges()) {
            if (e[0] != e[1] && rnd.nextInt(10) != 0) {
                edges.add(e);
                if (rnd.nextInt(12) == 0) {
                    edges.add(e); // a parallel link
                }
            }
        }
        return model(g.nodes(), edges.toArray(new int[0][]));
    }

    static Model model(int nodes, int[][] edges) {
        List<Node> ns = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ns.add(new Node("n" + i, null, null, null, null, null, "defence", "defence", List.of(), null,
                    null, null, null, null, Reliability.NONE));
        }
        List<Link> ls = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            ls.add(new Link("l" + i, null, "n" + edges[i][0], "n" + edges[i][1], "defence", "defence", List.of(),
                    null, null, null, null, null, null, Reliability.NONE));
        }
        return new Model("t", List.of(), List.of(), ns, ls, List.of(), List.of(), List.of(), List.of(), Map.of(),
                List.of(), org.neverout.model.ComplianceSettings.NONE, Model.Source.NONE);
    }

    /** Every subset of at most {@code order} nodes and links, surviving pairs by BFS; minimal splits only. */
    static Map<List<String>, Long> bruteForce(Model m, int order) {
        int n = m.nodes().size();
        int e = n + m.links().size();
        long before = connectedPairs(m, new boolean[e]);
        Map<List<String>, Long> splits = new HashMap<>();
        List<int[]> sets = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            combinations(e, k, 0, new int[k], 0, sets);
        }
        for (int[] set : sets) {
            boolean[] failed = new boolean[e];
            for (int x : set) {
                failed[x] = true;
            }
            long lost = survivorPairsConnectedBefore(m, failed) - connectedPairs(m, failed);
            if (lost > 0 && !hasSplitSubset(set, splits, m)) {
                List<String> ids = new ArrayList<>();
                for (int x : set) {
                    ids.add(x < n ? m.nodes().get(x).id() : m.links().get(x - n).id());
                }
                ids.sort(null);
                splits.put(ids, lost);
            }
        }
        assertThat(before).isPositive();
        return splits;
    }

    private static boolean hasSplitSubset(int[] set, Map<List<String>, Long> splits, Model m) {
        int n = m.nodes().size();
        for (int mask = 1; mask < (1 << set.length) - 1; mask++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < set.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    ids.add(set[i] < n ? m.nodes().get(set[i]).id() : m.links().get(set[i] - n).id());
                }
            }
            ids.sort(null);
            if (splits.containsKey(ids)) {
                return true;
            }
        }
        return false;
    }

    private static void combinations(int n, int k, int from, int[] cur, int depth, List<int[]> out) {
        if (depth == k) {
            out.add(Arrays.copyOf(cur, k));
            return;
        }
        for (int i = from; i < n; i++) {
            cur[depth] = i;
            combinations(n, k, i + 1, cur, depth + 1, out);
        }
    }

    /** Pairs of surviving nodes that were connected in the intact network. */
    private static long survivorPairsConnectedBefore(Model m, boolean[] failed) {
        int n = m.nodes().size();
        int[] comp = components(m, new boolean[failed.length]);
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!failed[i] && !failed[j] && comp[i] == comp[j]) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static long connectedPairs(Model m, boolean[] failed) {
        int n = m.nodes().size();
        int[] comp = components(m, failed);
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!failed[i] && !failed[j] && comp[i] == comp[j]) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static int[] components(Model m, boolean[] failed) {
        int n = m.nodes().size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(m.nodes().get(i).id(), i);
        }
        for (int l = 0; l < m.links().size(); l++) {
            int a = index.get(m.links().get(l).a());
            int b = index.get(m.links().get(l).b());
            if (!failed[n + l] && !failed[a] && !failed[b]) {
                parent[find(parent, a)] = find(parent, b);
            }
        }
        int[] comp = new int[n];
        for (int i = 0; i < n; i++) {
            comp[i] = find(parent, i);
        }
        return comp;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }
}
