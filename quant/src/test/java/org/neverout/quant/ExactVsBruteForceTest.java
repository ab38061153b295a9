package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The exact method against brute-force enumeration of all 2^n states of the failure-capable events with
 * the test's own evaluator, on seeded random models over real topologies: unavailability and every
 * importance measure to 1e-9 relative; and the bounds of every order contain the exact value.
 */
class ExactVsBruteForceTest {
    static final List<String> TOPOLOGIES = List.of("Epoch", "Getnet", "Nordu2005", "Abilene");

    /** Brute force is the slow part: each model is enumerated once for both tests. */
    private static final Map<String, AvailabilityOracle.Exact> TRUTH = new java.util.concurrent.ConcurrentHashMap<>();

    static AvailabilityOracle.Exact truth(Model model) {
        return TRUTH.computeIfAbsent(model.name(), k -> new AvailabilityOracle(model).enumerate());
    }

    /** Importance measures of common-mode events (groups, software versions, suppliers) seen: MODEL.md 1.1. */
    private static final AtomicInteger COMMON_MODE = new AtomicInteger();
    /** Services with alternatives in depends_on seen. */
    private static final AtomicInteger ALTERNATIVES = new AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void theModelsCoverVersionOnePointOne() {
        assertThat(COMMON_MODE.get()).as("importance of group, software and supplier events compared").isPositive();
        assertThat(ALTERNATIVES.get()).as("services with alternatives in depends_on compared").isPositive();
    }

    static Stream<Arguments> models() {
        return LongStream.range(0, 48).mapToObj(seed -> {
            TopologyZoo.Graph g = TopologyZoo.load(TOPOLOGIES.get((int) (seed % TOPOLOGIES.size())));
            return Arguments.of(seed, RandomModels.generate(g, RandomModels.Spec.quantifiable(13), 1000 + seed));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void exactEqualsEnumeration(long seed, Model model) {
        AvailabilityOracle.Exact truth = truth(model);
        AvailabilityReport report = AvailabilityAnalysis.analyze(model,
                AvailabilityOptions.defaults().withMethod(Method.EXACT).withThreads(1));
        for (ServiceAvailability s : report.services()) {
            double expected = truth.unavailability().get(s.id());
            assertThat(s.method()).isEqualTo(Method.EXACT);
            assertClose(s.unavailability(), expected, s.id());
            assertThat(s.lower()).isEqualTo(s.unavailability());
            assertThat(s.upper()).isEqualTo(s.unavailability());
            model.services().stream().filter(x -> x.id().equals(s.id()))
                    .filter(x -> x.dependsOn().stream().anyMatch(e -> e.stream().distinct().count() > 1))
                    .forEach(x -> ALTERNATIVES.incrementAndGet());
            for (ImportanceMeasure m : s.importance()) {
                if (m.event().startsWith("software:") || m.event().startsWith("supplier:")
                        || model.groups().stream().anyMatch(g -> g.id().equals(m.event()))) {
                    COMMON_MODE.incrementAndGet();
                }
                double[] c = truth.conditional().get(s.id()).get(m.event());
                assertThat(c).as("event %s of %s must be failure-capable", m.event(), s.id()).isNotNull();
                double down = c[0];
                double up = c[1];
                assertClose(m.birnbaum(), down - up, s.id() + " birnbaum " + m.event());
                assertClose(m.fussellVesely(), (expected - up) / expected, s.id() + " FV " + m.event());
                assertClose(m.raw(), down / expected, s.id() + " RAW " + m.event());
                if (up > 1e-300) {
                    assertClose(m.rrw(), expected / up, s.id() + " RRW " + m.event());
                } else {
                    assertThat(m.rrw()).isNull();
                }
            }
            // every event that changes the service's probability is listed
            long influential = truth.conditional().get(s.id()).values().stream()
                    .filter(c -> c[0] - c[1] > 1e-12 * Math.max(expected, 1e-300)).count();
            assertThat((long) s.importance().size()).as("importance list of %s", s.id()).isEqualTo(influential);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void boundsContainExactAtEveryOrder(long seed, Model model) {
        Map<String, Double> truth = truth(model).unavailability();
        for (int order = 1; order <= 3; order++) {
            AvailabilityReport report = AvailabilityAnalysis.analyze(model,
                    AvailabilityOptions.defaults().withMethod(Method.BOUNDS).withOrder(order).withThreads(1));
            for (ServiceAvailability s : report.services()) {
                double expected = truth.get(s.id());
                if (s.method() == Method.EXACT) {
                    assertClose(s.unavailability(), expected, s.id() + " order " + order);
                } else {
                    assertThat(s.method()).isEqualTo(Method.BOUNDS);
                    assertThat(s.lower()).as("lower of %s at order %d", s.id(), order).isLessThanOrEqualTo(expected);
                    assertThat(s.upper()).as("upper of %s at order %d", s.id(), order).isGreaterThanOrEqualTo(expected);
                    assertThat(s.unavailability()).isEqualTo(s.upper());
                }
            }
        }
    }

    static void assertClose(Double actual, double expected, String what) {
        assertThat(actual).as(what).isNotNull();
        double tolerance = 1e-9 * Math.abs(expected) + 1e-15;
        assertThat(Math.abs(actual - expected)).as("%s: %s vs expected %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }
}
