package org.neverout.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.testkit.GraphOracle;
import org.neverout.testkit.TopologyZoo;

/**
 * {@link ShortestPathTree} against a plain Floyd-Warshall ({@link GraphOracle#distances}) on seeded
 * random multigraphs (parallel links, self-loops, failed nodes and links, disconnected parts; uniform
 * costs for the breadth-first path, random costs for Dijkstra) and on Topology Zoo graphs: every
 * distance, the reached set and its settle order, and every next hop of the ECMP DAG, for every
 * destination, one instance reused throughout (stale buffers must not matter).
 */
class ShortestPathTreeTest {
    static List<Long> seeds() {
        return LongStream.rangeClosed(1, 300).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithFloydWarshallOnRandomMultigraphs(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(12);
        int m = random.nextInt(3 * n + 1);
        int[] a = new int[m];
        int[] b = new int[m];
        for (int l = 0; l < m; l++) {
            a[l] = random.nextInt(n);
            // mostly proper links, some self-loops; repeats of a pair make parallel links
            b[l] = random.nextInt(8) == 0 ? a[l] : random.nextInt(n);
        }
        long[] cost = costs(random, m);
        double down = random.nextInt(4) * 0.1;
        boolean[] nodeLive = new boolean[n];
        boolean[] linkLive = new boolean[m];
        for (int v = 0; v < n; v++) {
            nodeLive[v] = random.nextDouble() >= down;
        }
        for (int l = 0; l < m; l++) {
            // a live link has live ends (the contract of compute)
            linkLive[l] = nodeLive[a[l]] && nodeLive[b[l]] && random.nextDouble() >= down;
        }
        check(n, a, b, cost, nodeLive, linkLive);
    }

    static List<String> zoo() {
        return TopologyZoo.BUNDLED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoo")
    void agreesWithFloydWarshallOnTopologyZooGraphs(String name) {
        TopologyZoo.Graph graph = TopologyZoo.load(name);
        Random random = new Random(name.hashCode());
        int n = graph.nodes();
        int m = graph.edges().size();
        int[] a = new int[m];
        int[] b = new int[m];
        for (int l = 0; l < m; l++) {
            a[l] = graph.edges().get(l)[0];
            b[l] = graph.edges().get(l)[1];
        }
        long[] cost = costs(random, m);
        boolean[] nodeLive = new boolean[n];
        boolean[] linkLive = new boolean[m];
        for (int v = 0; v < n; v++) {
            nodeLive[v] = random.nextInt(20) != 0;
        }
        for (int l = 0; l < m; l++) {
            linkLive[l] = nodeLive[a[l]] && nodeLive[b[l]] && random.nextInt(10) != 0;
        }
        check(n, a, b, cost, nodeLive, linkLive);
    }

    @Test
    void equalCostParallelLinksAreEachANextHopAndTheCheaperDetourWins() {
        // 0 =(2 parallel, cost 1)= 1 -(1)- 2, and 0 -(5)- 2: from 2 to 0 the path over 1 (cost 2) wins
        int[] a = {0, 0, 1, 0};
        int[] b = {1, 1, 2, 2};
        long[] cost = {1, 1, 1, 5};
        ShortestPathTree tree = new ShortestPathTree(Adjacency.of(3, a, b), cost);
        boolean[] all = {true, true, true, true};
        tree.compute(0, new boolean[] {true, true, true}, all);
        assertThat(tree.distance(2)).isEqualTo(2);
        assertThat(tree.distance(1)).isEqualTo(1);
        Adjacency g = Adjacency.of(3, a, b);
        List<Integer> hopsOf1 = new ArrayList<>();
        for (int i = g.start(1); i < g.end(1); i++) {
            if (tree.isNextHop(1, i, all)) {
                hopsOf1.add(g.link(i));
            }
        }
        assertThat(hopsOf1).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void refusesANonPositiveCost() {
        assertThatThrownBy(() -> new ShortestPathTree(Adjacency.of(2, new int[] {0}, new int[] {1}), new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    /** Uniform costs a third of the time (the breadth-first search), else 1 to 6 (many ties: ECMP). */
    private static long[] costs(Random random, int m) {
        long[] cost = new long[m];
        boolean uniform = random.nextInt(3) == 0;
        long same = 1 + random.nextInt(3);
        for (int l = 0; l < m; l++) {
            cost[l] = uniform ? same : 1 + random.nextInt(6);
        }
        return cost;
    }

    private static void check(int n, int[] a, int[] b, long[] cost, boolean[] nodeLive, boolean[] linkLive) {
        Adjacency graph = Adjacency.of(n, a, b);
        GraphOracle oracle = new GraphOracle(n, a, b, nodeLive, linkLive);
        long[][] d = oracle.distances(cost);
        ShortestPathTree tree = new ShortestPathTree(graph, cost);
        for (int destination = 0; destination < n; destination++) {
            tree.compute(destination, nodeLive, linkLive);
            assertThat(tree.destination()).isEqualTo(destination);
            Set<Integer> expectedReached = new HashSet<>();
            for (int v = 0; v < n; v++) {
                long expected = d[v][destination] == GraphOracle.NO_PATH ? ShortestPathTree.UNREACHABLE
                        : d[v][destination];
                assertThat(tree.distance(v)).as("distance %d -> %d", v, destination).isEqualTo(expected);
                if (expected != ShortestPathTree.UNREACHABLE) {
                    expectedReached.add(v);
                }
                for (int i = graph.start(v); i < graph.end(v); i++) {
                    assertThat(tree.isNextHop(v, i, linkLive))
                            .as("link %d from %d toward %d", graph.link(i), v, destination)
                            .isEqualTo(oracle.onShortestPath(d, cost, graph.link(i), v, destination));
                }
            }
            assertThat(tree.reachedCount()).isEqualTo(expectedReached.size());
            Set<Integer> reached = new HashSet<>();
            long previous = -1;
            for (int k = 0; k < tree.reachedCount(); k++) {
                int v = tree.reached(k);
                reached.add(v);
                assertThat(tree.distance(v)).as("settle order non-decreasing").isGreaterThanOrEqualTo(previous);
                previous = tree.distance(v);
            }
            assertThat(reached).isEqualTo(expectedReached);
            if (nodeLive[destination]) {
                assertThat(tree.reached(0)).isEqualTo(destination);
            }
        }
    }
}
