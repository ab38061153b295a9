package org.neverout.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.testkit.GraphOracle;
import org.neverout.testkit.TopologyZoo;

/**
 * The shared low-point forest against {@link GraphOracle} (links and nodes removed one at a time) on
 * every bundled Topology Zoo graph with random extra parallel links and self-loops and random failed
 * nodes and links, many seeds each.
 */
class LowPointForestTest {
    static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        long seed = 1;
        for (String name : TopologyZoo.BUNDLED) {
            for (int i = 0; i < 6; i++) {
                cases.add(new Object[] {name, seed++});
            }
        }
        return cases;
    }

    /** A Topology Zoo graph with some parallel links and self-loops added (seeded). */
    static int[][] links(TopologyZoo.Graph graph, Random random) {
        List<int[]> links = new ArrayList<>(graph.edges());
        int extra = random.nextInt(4);
        for (int i = 0; i < extra && !graph.edges().isEmpty(); i++) {
            int[] e = graph.edges().get(random.nextInt(graph.edges().size()));
            links.add(random.nextInt(links.size() + 1), random.nextBoolean() ? e : new int[] {e[0], e[0]});
        }
        int[][] ends = new int[2][links.size()];
        for (int l = 0; l < links.size(); l++) {
            ends[0][l] = links.get(l)[0];
            ends[1][l] = links.get(l)[1];
        }
        return ends;
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void bridgesArticulationPointsAndComponentsAgreeWithTheOracle(String name, long seed) {
        TopologyZoo.Graph graph = TopologyZoo.load(name);
        Random random = new Random(seed);
        int[][] ends = links(graph, random);
        int n = graph.nodes();
        int m = ends[0].length;
        boolean[] nodeLive = new boolean[n];
        boolean[] linkLive = new boolean[m];
        // the first seed of a graph: intact; then more and more failures, so graphs fall apart too
        double down = (seed % 6) * 0.04;
        for (int v = 0; v < n; v++) {
            nodeLive[v] = random.nextDouble() >= down;
        }
        for (int l = 0; l < m; l++) {
            linkLive[l] = random.nextDouble() >= down;
        }
        Adjacency adjacency = Adjacency.of(n, ends[0], ends[1]);
        LowPointForest forest = new LowPointForest(adjacency);
        forest.build(new boolean[n], new boolean[m]); // a stale build before must not matter
        forest.build(nodeLive, linkLive);
        GraphOracle oracle = new GraphOracle(n, ends[0], ends[1], nodeLive, linkLive);

        int[] label = oracle.components();
        assertThat(forest.componentCount()).isEqualTo(oracle.componentCount());
        int live = 0;
        for (int v = 0; v < n; v++) {
            if (!nodeLive[v]) {
                assertThat(forest.pre(v)).isEqualTo(LowPointForest.NONE);
                assertThat(forest.root(v)).isEqualTo(LowPointForest.NONE);
                continue;
            }
            live++;
            for (int w = 0; w < v; w++) {
                if (nodeLive[w]) {
                    assertThat(forest.root(v) == forest.root(w)).as("%s and %s together", v, w)
                            .isEqualTo(label[v] == label[w]);
                }
            }
        }
        assertThat(forest.liveCount()).isEqualTo(live);

        List<Integer> bridges = new ArrayList<>();
        boolean[] articulation = new boolean[n];
        int[] children = new int[n];
        for (int i = 0; i < forest.liveCount(); i++) {
            int c = forest.inPreorder(i);
            assertThat(forest.pre(c)).isEqualTo(i);
            int p = forest.parent(c);
            if (p < 0) {
                continue;
            }
            assertThat(forest.inSubtree(p, c)).isTrue();
            children[p]++;
            if (forest.isBridge(c)) {
                bridges.add(forest.parentLink(c));
            }
            if (forest.separates(c) && forest.parent(p) >= 0) {
                articulation[p] = true;
            }
        }
        for (int v = 0; v < n; v++) {
            if (nodeLive[v] && forest.parent(v) < 0 && children[v] >= 2) {
                articulation[v] = true; // a root with two subtrees
            }
        }
        List<Integer> points = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (articulation[v]) {
                points.add(v);
            }
        }
        assertThat(bridges).as("bridges").containsExactlyInAnyOrderElementsOf(oracle.bridges());
        assertThat(points).as("articulation points").isEqualTo(oracle.articulationPoints());
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void bridgesOfTheIntactGraphAgreeWithTheOracle(String name, long seed) {
        TopologyZoo.Graph graph = TopologyZoo.load(name);
        int[][] ends = links(graph, new Random(seed));
        boolean[] bridge = LowPointForest.bridges(Adjacency.of(graph.nodes(), ends[0], ends[1]), ends[0].length);
        List<Integer> bridges = new ArrayList<>();
        for (int l = 0; l < bridge.length; l++) {
            if (bridge[l]) {
                bridges.add(l);
            }
        }
        assertThat(bridges).isEqualTo(new GraphOracle(graph.nodes(), ends[0], ends[1], null, null).bridges());
    }
}
