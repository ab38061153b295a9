package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Golden;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

class NetworkStateTest {
    /** Random failure sets applied and undone in random order agree with the oracle's literal evaluation. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void applyAndUndoAgreeWithTheOracle(long seed) {
        Model model = RandomModels.generate(TopologyZoo.load(seed % 2 == 0 ? "Bics" : "Geant2001"),
                RandomModels.Spec.everyEventKind(), seed);
        CompiledModel m = CompiledModel.compile(model);
        BruteForceOracle oracle = new BruteForceOracle(model);
        NetworkState state = new NetworkState(m);
        Random random = new Random(seed);
        boolean[] initial = state.serviceStates();
        boolean[] reused = new boolean[m.serviceCount()];
        Arrays.fill(reused, round0(seed));
        for (int round = 0; round < 40; round++) {
            List<String> failed = new ArrayList<>();
            List<Integer> applied = new ArrayList<>();
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                int e = random.nextInt(m.events().size());
                failed.add(m.events().get(e).id());
                applied.add(e);
                state.apply(e);
            }
            Map<String, Boolean> expected = oracle.evaluate(Set.copyOf(failed));
            boolean[] up = state.serviceStates();
            for (int s = 0; s < m.serviceCount(); s++) {
                assertThat(up[s]).as("%s after %s", m.serviceIds().get(s), failed)
                        .isEqualTo(expected.get(m.serviceIds().get(s)));
            }
            assertThat(NetworkState.evaluate(m, failed)).isEqualTo(up);
            // one service alone (its dependencies and only the components its endpoints lie in)
            for (int s = 0; s < m.serviceCount(); s++) {
                assertThat(state.isServiceUp(s)).as("%s alone after %s", m.serviceIds().get(s), failed)
                        .isEqualTo(expected.get(m.serviceIds().get(s)));
            }
            // the non-allocating variant overwrites whatever the previous state left in its array
            assertThat(state.serviceStates(reused)).isSameAs(reused).isEqualTo(up);
            java.util.Collections.shuffle(applied, random);
            applied.forEach(state::undo);
            assertThat(state.serviceStates()).isEqualTo(initial);
        }
    }

    /** The first contents of the reused array: all up for odd seeds, all down for even ones. */
    private static boolean round0(long seed) {
        return seed % 2 == 1;
    }

    @Test
    void aServiceStateArrayOfTheWrongLengthIsRefused() throws Exception {
        CompiledModel m = CompiledModel.compile(ModelLoader.load(Golden.path("semantics.yaml")));
        NetworkState state = new NetworkState(m);
        assertThatThrownBy(() -> state.serviceStates(new boolean[m.serviceCount() + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("services");
    }

    @Test
    void anUnknownEventIdIsNamed() throws Exception {
        CompiledModel m = CompiledModel.compile(ModelLoader.load(Golden.path("semantics.yaml")));
        assertThatThrownBy(() -> NetworkState.evaluate(m, List.of("hq-1", "software:os-9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'software:os-9'");
        assertThat(NetworkState.evaluate(m, List.of("supplier:idle", "unused-group")))
                .isEqualTo(NetworkState.evaluate(m, List.of()));
        assertThat(Arrays.toString(NetworkState.evaluate(m, List.of()))).isEqualTo("[true, true, true, true, true, false]");
    }
}
