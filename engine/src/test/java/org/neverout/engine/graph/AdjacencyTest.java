package org.neverout.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdjacencyTest {
    @Test
    void everyLinkAppearsAtBothEndsInLinkOrderAndUnresolvedLinksAreLeftOut() {
        // links: 0 = 0-1, 1 = 1-2, 2 = unresolved, 3 = 1-1 (self-loop), 4 = 0-1 (parallel)
        Adjacency g = Adjacency.of(3, new int[] {0, 1, -1, 1, 0}, new int[] {1, 2, 2, 1, 1});
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.ends()).isEqualTo(8);
        assertThat(ends(g, 0)).containsExactly("1 via 0", "1 via 4");
        assertThat(ends(g, 1)).containsExactly("0 via 0", "2 via 1", "1 via 3", "1 via 3", "0 via 4");
        assertThat(ends(g, 2)).containsExactly("1 via 1");
    }

    @Test
    void refusesEndsBeyondTheNodes() {
        assertThatThrownBy(() -> Adjacency.of(2, new int[] {0}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link 0 ends at node 2");
        assertThatThrownBy(() -> Adjacency.of(2, new int[] {0}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> ends(Adjacency g, int n) {
        List<String> out = new ArrayList<>();
        for (int i = g.start(n); i < g.end(n); i++) {
            out.add(g.neighbour(i) + " via " + g.link(i));
        }
        return out;
    }
}
