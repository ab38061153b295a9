package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Cycles} against a brute-force reachability oracle on seeded random digraphs. */
class CyclesTest {

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneRealShortestCyclePerCyclicComponent(int seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(9);
        double p = random.nextDouble() * 0.35;
        List<String> vertices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vertices.add("v" + i);
        }
        Map<String, List<String>> edges = new HashMap<>();
        for (String v : vertices) {
            List<String> out = new ArrayList<>();
            for (String w : vertices) {
                if (random.nextDouble() < p) {
                    out.add(w);
                }
            }
            if (random.nextInt(5) == 0) {
                out.add("unknown"); // an unresolved reference: ignored
            }
            edges.put(v, out);
        }
        boolean[][] reach = closure(vertices, edges);

        List<List<String>> cycles = Cycles.find(vertices, edges::get);

        // oracle: the cyclic components are the classes of mutually reachable self-reaching vertices
        Set<Set<String>> cyclicComponents = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (reach[i][i]) {
                Set<String> c = new HashSet<>();
                for (int j = 0; j < n; j++) {
                    if (reach[i][j] && reach[j][i]) {
                        c.add(vertices.get(j));
                    }
                }
                cyclicComponents.add(c);
            }
        }
        assertThat(cycles).hasSize(cyclicComponents.size());
        Set<Set<String>> covered = new HashSet<>();
        for (List<String> cycle : cycles) {
            assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
            for (int k = 0; k + 1 < cycle.size(); k++) {
                assertThat(edges.get(cycle.get(k))).contains(cycle.get(k + 1));
            }
            Set<String> component = cyclicComponents.stream().filter(c -> c.contains(cycle.get(0)))
                    .findFirst().orElseThrow();
            assertThat(component).containsAll(cycle);
            // starts at the component's first vertex and is a shortest cycle through it
            String first = vertices.stream().filter(component::contains).findFirst().orElseThrow();
            assertThat(cycle.get(0)).isEqualTo(first);
            assertThat(cycle.size() - 1).isEqualTo(shortestCycleLength(first, edges, vertices));
            covered.add(component);
        }
        assertThat(covered).isEqualTo(cyclicComponents);
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        List<String> vertices = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            vertices.add("s" + i);
        }
        List<List<String>> cycles = Cycles.find(vertices,
                v -> v.equals("s29999") ? List.of("s0") : List.of("s" + (Integer.parseInt(v.substring(1)) + 1)));
        assertThat(cycles.size()).isEqualTo(1);
        assertThat(cycles.get(0).size()).isEqualTo(30_001);
    }

    /** Transitive closure by Floyd–Warshall: reach[i][j] iff a path of length >= 1 leads from i to j. */
    private static boolean[][] closure(List<String> vertices, Map<String, List<String>> edges) {
        int n = vertices.size();
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (String w : edges.get(vertices.get(i))) {
                int j = vertices.indexOf(w);
                if (j >= 0) {
                    r[i][j] = true;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] |= r[i][k] && r[k][j];
                }
            }
        }
        return r;
    }

    /** Brute force: the smallest L such that a walk of exactly L edges leads from v back to v. */
    private static int shortestCycleLength(String v, Map<String, List<String>> edges, List<String> vertices) {
        Set<String> frontier = Set.of(v);
        for (int length = 1; length <= vertices.size(); length++) {
            Set<String> next = new HashSet<>();
            for (String u : frontier) {
                for (String w : edges.get(u)) {
                    if (vertices.contains(w)) {
                        next.add(w);
                    }
                }
            }
            if (next.contains(v)) {
                return length;
            }
            frontier = next;
        }
        throw new AssertionError("no cycle through " + v);
    }
}
