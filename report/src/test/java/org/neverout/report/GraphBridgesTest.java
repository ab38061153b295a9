package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Link;
import org.neverout.model.Reliability;

class GraphBridgesTest {
    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(300);
    }

    /** Oracle: a link is a bridge iff removing it increases the number of connected components. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithRemovingEachLink(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(9);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add("n" + i);
        }
        List<Link> links = new ArrayList<>();
        int m = random.nextInt(2 * n + 1);
        for (int e = 0; e < m; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                links.add(link("l" + e, "n" + a, "n" + b));
            }
        }
        Set<String> expected = new HashSet<>();
        int base = components(nodes, links);
        for (Link l : links) {
            List<Link> without = new ArrayList<>(links);
            without.remove(l);
            if (components(nodes, without) > base) {
                expected.add(l.id());
            }
        }
        assertThat(GraphBridges.of(nodes, links)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static int components(List<String> nodes, List<Link> links) {
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link l : links) {
            int a = find(parent, nodes.indexOf(l.a()));
            int b = find(parent, nodes.indexOf(l.b()));
            parent[a] = b;
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < parent.length; i++) {
            roots.add(find(parent, i));
        }
        return roots.size();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    static Link link(String id, String a, String b) {
        return new Link(id, null, a, b, "defence", "defence", List.of(), null, null, null, null, null, null,
                Reliability.NONE);
    }
}
