package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** The public sampler entry point is the production estimator's stratified estimate, for any thread count. */
class MonteCarloSamplingTest {
    private static Model model(long seed) {
        return RandomModels.generate(TopologyZoo.load(seed % 2 == 0 ? "Geant2001" : "Janetbackbone"),
                RandomModels.Spec.quantifiable(60).withServices(5, 8), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43})
    void pointsAreTheEstimatorsForAnyThreadCount(long seed) {
        Model model = model(seed);
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        boolean[] wanted = new NetworkState(compiled).serviceStates();
        int[] noControl = new int[wanted.length];
        Arrays.fill(noControl, -1);
        // an odd sample count, so the last chunk of each stratum is partial
        MonteCarloEstimator.Estimate[] expected = new MonteCarloEstimator(compiled, varEvent, varQ, 2)
                .estimate(wanted, new Bdd[wanted.length], noControl, new double[wanted.length], 5_001, seed, 1, 0.95);
        double[] one = new MonteCarloSampling(model, 2, 1).sample(5_001, seed);
        double[] three = new MonteCarloSampling(model, 2, 3).sample(5_001, seed);
        assertThat(three).containsExactly(one);
        assertThat(new MonteCarloSampling(model, 2, 1).failureCapableEvents()).isEqualTo(varEvent.length);
        boolean anyPositive = false;
        for (int s = 0; s < wanted.length; s++) {
            assertThat(one[s]).isEqualTo(expected[s] == null ? 0 : expected[s].point());
            anyPositive |= one[s] > 0;
        }
        assertThat(anyPositive).as("some service goes down in the samples").isTrue();
        assertThat(new MonteCarloSampling(model, 2, 2).sample(5_001, seed + 1)).isNotEqualTo(one);
    }

    @Test
    void badArgumentsAreRefused() {
        Model model = model(41);
        assertThatThrownBy(() -> new MonteCarloSampling(model, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order");
        assertThatThrownBy(() -> new MonteCarloSampling(model, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> new MonteCarloSampling(model, 2, 1).sample(0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    }
}
