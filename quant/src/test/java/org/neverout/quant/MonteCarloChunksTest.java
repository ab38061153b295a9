package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Monte Carlo chunks counted elsewhere in ranges ({@link AvailabilityAnalysis#countChunks}, as a cluster's
 * executors do) and summed give the report of the single-machine run with the same seed, for any split.
 */
class MonteCarloChunksTest {
    static Stream<Arguments> models() {
        return LongStream.of(2, 5, 8).mapToObj(seed -> Arguments.of(seed, RandomModels.generate(
                TopologyZoo.load(seed % 2 == 0 ? "Geant2001" : "Abilene"),
                RandomModels.Spec.quantifiable(40).withServices(3, 6), 700 + seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void rangesCountedApartGiveTheSameReport(long seed, Model model) {
        AvailabilityOptions options = AvailabilityOptions.defaults().withMethod(Method.MONTE_CARLO).withOrder(2)
                .withSamples(5_000 + seed).withSeed(seed).withThreads(2);
        AvailabilityReport local = AvailabilityAnalysis.analyze(model, options);
        List<long[]> ranges = new ArrayList<>();
        AvailabilityReport split = AvailabilityAnalysis.analyze(model, options, (chunks, plan, here) -> {
            long[][] sum = null;
            long step = Math.max(1, chunks / 3 + 1);
            for (long from = 0; from < chunks; from += step) {
                long to = Math.min(chunks, from + step);
                ranges.add(new long[] {from, to});
                long[][] part = AvailabilityAnalysis.countChunks(model, options.withThreads(1), from, to, plan);
                if (sum == null) {
                    sum = part;
                } else {
                    for (int t = 0; t < sum.length; t++) {
                        for (int s = 0; s < sum[t].length; s++) {
                            sum[t][s] += part[t][s];
                        }
                    }
                }
            }
            return sum;
        });
        assertThat(ranges).as("the plan was split").hasSizeGreaterThan(1);
        assertThat(local.services()).as("something was sampled").anyMatch(s -> s.method() == Method.MONTE_CARLO);
        assertThat(split.services()).isEqualTo(local.services());
        assertThat(split.crownJewels()).isEqualTo(local.crownJewels());
        assertThat(split.notes()).isEqualTo(local.notes());
    }

    @Test
    void aCounterWithAnotherPlanRefusesToCount() {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.quantifiable(30), 705);
        AvailabilityOptions options = AvailabilityOptions.defaults().withMethod(Method.MONTE_CARLO).withOrder(2)
                .withSamples(3_000).withThreads(1);
        assertThatThrownBy(() -> AvailabilityAnalysis.countChunks(model, options, 0, 1, "another plan"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("differs from the driver's");
    }
}
