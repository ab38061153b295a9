package org.neverout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;

/** The benchmark inputs are valid models, deterministic per seed, and the graph helpers match brute force. */
class BenchmarkModelsTest {
    private static final BenchmarkModels.Topology KDL = BenchmarkModels.topology("Kdl");

    private static Model controlModel(long seed) {
        return BenchmarkModels.withSuppliers(BenchmarkModels.withVitalServices(
                BenchmarkModels.withReliabilityDefaults(BenchmarkModels.withServices(KDL, 1000, seed)), 0.2, seed),
                0.1, seed);
    }

    @Test
    void generatedModelsAreDeterministicPerSeed() {
        assertThat(controlModel(42)).isEqualTo(controlModel(42));
        assertThat(controlModel(42)).isNotEqualTo(controlModel(43));
    }

    @Test
    void generatedModelLoadsBackThroughTheStrictLoader() {
        Model model = controlModel(42);
        Model loaded = ModelLoader.parse(ModelWriter.toYaml(model), "kdl.yaml", Format.YAML);
        assertThat(loaded.nodes()).hasSize(754);
        assertThat(loaded.links()).hasSize(899);
        assertThat(loaded.services()).hasSize(1000);
        assertThat(loaded.suppliers()).hasSize(6);
        assertThat(loaded.defaults()).containsOnlyKeys("node", "link");
    }

    @Test
    void sharesAreExact() {
        Model model = controlModel(7);
        assertThat(model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.operator())).count()).isEqualTo(75);
        assertThat(model.links().stream().filter(l -> !Model.DEFENCE.equals(l.operator())).count()).isEqualTo(90);
        long vital = model.services().stream().filter(s -> s.kind() == ServiceKind.VITAL).count();
        assertThat(vital).isBetween(150L, 250L);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 5", "0, 25", "17, 5", "408, 40", "3, 754", "99, 2000"})
    void ballIsABreadthFirstPrefix(int root, int size) {
        List<Integer> ball = BenchmarkModels.ballNodes(KDL, root, size);
        int[] distance = distances(KDL, root);
        long reachable = Arrays.stream(distance).filter(d -> d >= 0).count();
        assertThat(ball).hasSize((int) Math.min(size, reachable)).doesNotHaveDuplicates().startsWith(root);
        Set<Integer> inside = new HashSet<>(ball);
        int farthestInside = ball.stream().mapToInt(n -> distance[n]).max().orElseThrow();
        for (int n = 0; n < KDL.nodes(); n++) {
            if (!inside.contains(n) && distance[n] >= 0) {
                assertThat(distance[n]).as("node %d outside the ball", n).isGreaterThanOrEqualTo(farthestInside);
            }
        }
        if (root == 0) {
            BenchmarkModels.Topology t = BenchmarkModels.ball(KDL, size);
            long edgesInside = KDL.edges().stream().filter(e -> inside.contains(e[0]) && inside.contains(e[1])).count();
            assertThat(t.nodes()).isEqualTo(ball.size());
            assertThat(t.edges()).hasSize((int) edgesInside);
            assertThat(Arrays.stream(distances(t, 0)).allMatch(d -> d >= 0)).as("connected").isTrue();
        }
    }

    @Test
    void highestDegreeNodeMatchesBruteForce() {
        for (BenchmarkModels.Topology t : List.of(KDL, BenchmarkModels.topology("Colt"))) {
            int[] degree = new int[t.nodes()];
            t.edges().forEach(e -> {
                degree[e[0]]++;
                degree[e[1]]++;
            });
            int max = Arrays.stream(degree).max().orElseThrow();
            int first = 0;
            while (degree[first] != max) {
                first++;
            }
            assertThat(BenchmarkModels.highestDegreeNode(t)).isEqualTo(first);
        }
    }

    /** Hop distance from root by a plain BFS; -1 when unreachable. */
    private static int[] distances(BenchmarkModels.Topology t, int root) {
        int[] d = new int[t.nodes()];
        Arrays.fill(d, -1);
        d[root] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            int n = queue.poll();
            for (int[] e : t.edges()) {
                int m = e[0] == n ? e[1] : e[1] == n ? e[0] : -1;
                if (m >= 0 && d[m] < 0) {
                    d[m] = d[n] + 1;
                    queue.add(m);
                }
            }
        }
        return d;
    }
}
