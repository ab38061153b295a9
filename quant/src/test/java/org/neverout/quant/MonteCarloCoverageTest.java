package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Monte Carlo intervals cover the exact value at their stated confidence, counted over 100 seeds per
 * model (a 95 % interval may miss about 5 times in 100; more than 10 misses would have probability below
 * 1.2 % for a correct interval): both the cut-set control estimator (through the public API) and the
 * stratified estimator. Also: equal seeds give equal results for any thread count.
 */
class MonteCarloCoverageTest {
    private static final int SEEDS = 100;
    private static final int MAX_MISSES = 10;

    static Stream<Arguments> models() {
        return LongStream.of(3, 6, 9, 14).mapToObj(seed -> {
            TopologyZoo.Graph g = TopologyZoo.load(ExactVsBruteForceTest.TOPOLOGIES.get((int) (seed % 4)));
            return Arguments.of(seed, RandomModels.generate(g, RandomModels.Spec.quantifiable(12), 5000 + seed));
        });
    }

    @ParameterizedTest(name = "model {0}")
    @MethodSource("models")
    void controlEstimatorCoversTheExactValue(long modelSeed, Model model) {
        Map<String, Double> truth = new AvailabilityOracle(model).enumerate().unavailability();
        Map<String, Integer> misses = new HashMap<>();
        Map<String, Integer> checks = new HashMap<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults()
                    .withMethod(Method.MONTE_CARLO).withOrder(1).withSamples(400).withSeed(seed).withThreads(1));
            for (ServiceAvailability s : report.services()) {
                double exact = truth.get(s.id());
                assertThat(s.lower()).isLessThanOrEqualTo(exact);
                assertThat(s.upper()).isGreaterThanOrEqualTo(exact);
                if (s.method() == Method.MONTE_CARLO) {
                    checks.merge(s.id(), 1, Integer::sum);
                    if (exact < s.interval().lower() || exact > s.interval().upper()) {
                        misses.merge(s.id(), 1, Integer::sum);
                    }
                }
            }
        }
        misses.forEach((id, m) -> assertThat(m).as("misses of %s in %d seeds", id, SEEDS).isLessThanOrEqualTo(MAX_MISSES));
        System.out.printf("model %d: control estimator checks %s misses %s%n", modelSeed, checks, misses);
    }

    @ParameterizedTest(name = "model {0}")
    @MethodSource("models")
    void stratifiedEstimatorCoversTheExactValue(long modelSeed, Model model) {
        Map<String, Double> truth = new AvailabilityOracle(model).enumerate().unavailability();
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        boolean[] wanted = new NetworkState(compiled).serviceStates();
        int services = compiled.serviceCount();
        int[] roots = new int[services];
        Arrays.fill(roots, -1);
        int[] misses = new int[services];
        for (int order = 1; order <= 2; order++) {
            MonteCarloEstimator estimator = new MonteCarloEstimator(compiled, varEvent, varQ, order);
            Arrays.fill(misses, 0);
            for (int seed = 0; seed < SEEDS; seed++) {
                MonteCarloEstimator.Estimate[] e = estimator.estimate(wanted, new Bdd[services], roots,
                        new double[services], 300, seed, 1, 0.95);
                for (int s = 0; s < services; s++) {
                    if (wanted[s]) {
                        double exact = truth.get(compiled.serviceIds().get(s));
                        assertThat(e[s].lower()).isLessThanOrEqualTo(e[s].point());
                        assertThat(e[s].upper()).isGreaterThanOrEqualTo(e[s].point());
                        if (exact < e[s].lower() * (1 - 1e-12) || exact > e[s].upper() * (1 + 1e-12)) {
                            misses[s]++;
                        }
                    }
                }
            }
            for (int s = 0; s < services; s++) {
                assertThat(misses[s]).as("order %d misses of %s", order, compiled.serviceIds().get(s))
                        .isLessThanOrEqualTo(MAX_MISSES);
            }
            System.out.printf("model %d order %d: stratified misses %s%n", modelSeed, order, Arrays.toString(misses));
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Model model = RendererTest.golden();
        AvailabilityOptions options = AvailabilityOptions.defaults().withMethod(Method.MONTE_CARLO).withOrder(1)
                .withSamples(9000).withSeed(42);
        AvailabilityReport one = AvailabilityAnalysis.analyze(model, options.withThreads(1));
        AvailabilityReport two = AvailabilityAnalysis.analyze(model, options.withThreads(2));
        AvailabilityReport otherSeed = AvailabilityAnalysis.analyze(model, options.withSeed(43).withThreads(2));
        boolean anyDifferent = false;
        for (int s = 0; s < one.services().size(); s++) {
            assertThat(two.services().get(s).unavailability()).isEqualTo(one.services().get(s).unavailability());
            assertThat(two.services().get(s).interval()).isEqualTo(one.services().get(s).interval());
            anyDifferent |= otherSeed.services().get(s).unavailability() != one.services().get(s).unavailability();
        }
        assertThat(anyDifferent).as("another seed gives other samples").isTrue();
    }
}
