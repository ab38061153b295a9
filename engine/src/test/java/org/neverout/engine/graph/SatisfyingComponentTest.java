package org.neverout.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint test against its definition, label by label, on random labellings and entries. */
class SatisfyingComponentTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithTheDefinition(long seed) {
        Random random = new Random(seed);
        int nodes = 12;
        int labels = 5;
        SatisfyingComponent cover = new SatisfyingComponent(nodes);
        for (int round = 0; round < 2_000; round++) {
            int[] labelOf = new int[nodes];
            for (int x = 0; x < nodes; x++) {
                labelOf[x] = random.nextInt(labels + 1) - 1; // -1: not available
            }
            int[][] entries = new int[random.nextInt(4)][];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = random.ints(random.nextInt(4), 0, nodes).distinct().toArray();
            }
            int holding = 0;
            int only = SatisfyingComponent.NONE;
            for (int c = 0; c < labels; c++) {
                if (holdsAll(c, entries, labelOf)) {
                    holding++;
                    only = c;
                }
            }
            int expected = entries.length == 0 || holding > 1 ? SatisfyingComponent.SEVERAL
                    : holding == 1 ? only : SatisfyingComponent.NONE;
            assertThat(cover.find(entries, labelOf)).isEqualTo(expected);
            assertThat(cover.exists(entries, labelOf)).isEqualTo(entries.length == 0 || holding > 0);
        }
    }

    @Test
    void oneEntryWithAlternativesInOneComponentIsThatComponent() {
        SatisfyingComponent cover = new SatisfyingComponent(4);
        int[] labelOf = {3, 3, -1, 1};
        assertThat(cover.find(new int[][] {{0, 1, 2}}, labelOf)).isEqualTo(3);
        assertThat(cover.find(new int[][] {{2}}, labelOf)).isEqualTo(SatisfyingComponent.NONE);
        assertThat(cover.find(new int[][] {{0, 3}}, labelOf)).isEqualTo(SatisfyingComponent.SEVERAL);
    }

    private static boolean holdsAll(int c, int[][] entries, int[] labelOf) {
        for (int[] entry : entries) {
            boolean any = false;
            for (int x : entry) {
                any |= labelOf[x] == c;
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
