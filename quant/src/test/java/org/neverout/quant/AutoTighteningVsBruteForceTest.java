package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Model;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * {@code auto} with the exact method made infeasible (budget 1) and a starting order of 1, so that it has to
 * tighten loose or undecided bounds by raising the order and then run Monte Carlo, against each service's
 * exact unavailability from testkit's brute-force {@link AvailabilityOracle} on seeded random models over
 * real topologies: the tightened bounds still contain the exact value, are no wider than the order-1 bounds,
 * the verdict on the rigorous bounds agrees with the exact verdict whenever it decides, the reported verdict
 * says what decided it (or why nothing did), and the Monte Carlo interval lies inside the bounds.
 */
class AutoTighteningVsBruteForceTest {
    private static final AtomicInteger RAISED = new AtomicInteger();
    private static final AtomicInteger DECIDED_BY_MONTE_CARLO = new AtomicInteger();
    private static final AtomicInteger DECIDED_BY_BOUNDS = new AtomicInteger();
    /** Monte Carlo decisions that disagree with the exact verdict (allowed at the 95 % level). */
    private static final AtomicInteger WRONG_BY_MONTE_CARLO = new AtomicInteger();

    @AfterAll
    static void everyPathWasTaken() {
        assertThat(RAISED.get()).as("models where auto raised the order").isPositive();
        assertThat(DECIDED_BY_BOUNDS.get()).as("verdicts decided by the bounds").isPositive();
        assertThat(DECIDED_BY_MONTE_CARLO.get()).as("verdicts decided by Monte Carlo").isPositive();
        // each Monte Carlo decision holds at 95 %: at most 5 % of them (plus one) may be wrong
        assertThat(WRONG_BY_MONTE_CARLO.get()).as("Monte Carlo decisions contradicting the exact value of %d",
                DECIDED_BY_MONTE_CARLO.get()).isLessThanOrEqualTo(DECIDED_BY_MONTE_CARLO.get() / 20 + 1);
    }

    static Stream<Arguments> models() {
        return LongStream.range(0, 40).mapToObj(seed -> {
            TopologyZoo.Graph g = TopologyZoo.load(ExactVsBruteForceTest.TOPOLOGIES.get(
                    (int) (seed % ExactVsBruteForceTest.TOPOLOGIES.size())));
            return Arguments.of(seed, RandomModels.generate(g, RandomModels.Spec.quantifiable(13), 5000 + seed));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void tightenedBoundsContainTheExactValue(long seed, Model model) {
        Map<String, Double> truth = ExactVsBruteForceTest.truth(model).unavailability();
        AvailabilityOptions start = AvailabilityOptions.defaults().withOrder(1).withThreads(1).withExactBudget(1)
                .withSamples(4000).withSeed(seed);
        AvailabilityReport auto = AvailabilityAnalysis.analyze(model, start);
        AvailabilityReport orderOne = AvailabilityAnalysis.analyze(model, start.withMethod(Method.BOUNDS));
        // monte-carlo at order 1 never raises the order, so its interval is what decides loose bounds
        AvailabilityReport sampled = AvailabilityAnalysis.analyze(model, start.withMethod(Method.MONTE_CARLO));
        assertThat(sampled.order()).isEqualTo(1);
        check(model, truth, sampled, orderOne);
        assertThat(auto.order()).isBetween(1, BoundsTightening.MAX_ORDER);
        if (auto.order() > 1) {
            RAISED.incrementAndGet();
            assertThat(auto.notes()).anyMatch(n -> n.startsWith("auto raised the cut-set order from 1 to "));
        }
        check(model, truth, auto, orderOne);
    }

    private static void check(Model model, Map<String, Double> truth, AvailabilityReport report,
                              AvailabilityReport orderOne) {
        for (ServiceAvailability s : report.services()) {
            double exact = truth.get(s.id());
            double slack = 1e-9 * exact + 1e-15;
            ServiceAvailability one = orderOne.service(s.id());
            assertThat(s.lower()).as("lower of %s", s.id()).isLessThanOrEqualTo(exact + slack);
            assertThat(s.upper()).as("upper of %s", s.id()).isGreaterThanOrEqualTo(exact - slack);
            assertThat(s.upper()).as("tightened upper of %s", s.id()).isLessThanOrEqualTo(one.upper());
            assertThat(s.lower()).as("tightened lower of %s", s.id()).isGreaterThanOrEqualTo(one.lower() * (1 - 1e-9));
            if (s.interval() != null) {
                assertThat(s.interval().lower()).isGreaterThanOrEqualTo(s.lower());
                assertThat(s.interval().upper()).isLessThanOrEqualTo(s.upper());
            }
            TargetVerdict truthVerdict = s.target() == null ? TargetVerdict.NO_TARGET
                    : 1 - exact >= s.target() ? TargetVerdict.MET : TargetVerdict.NOT_MET;
            if (s.verdictOnBounds() != TargetVerdict.UNDECIDED) {
                assertThat(s.verdictOnBounds()).as("rigorous verdict of %s", s.id()).isEqualTo(truthVerdict);
            }
            if (s.verdict() == TargetVerdict.MET || s.verdict() == TargetVerdict.NOT_MET) {
                assertThat(s.decidedBy()).isNotNull();
                assertThat(s.undecidedBecause()).isNull();
                if (s.decidedBy().startsWith("monte-carlo")) {
                    DECIDED_BY_MONTE_CARLO.incrementAndGet();
                    assertThat(s.verdictOnBounds()).isEqualTo(TargetVerdict.UNDECIDED);
                    assertThat(s.decidedBy()).isEqualTo("monte-carlo at 95% confidence");
                    if (s.verdict() != truthVerdict) {
                        WRONG_BY_MONTE_CARLO.incrementAndGet();
                    }
                } else {
                    DECIDED_BY_BOUNDS.incrementAndGet();
                    assertThat(s.verdict()).isEqualTo(truthVerdict);
                }
            } else if (s.verdict() == TargetVerdict.UNDECIDED) {
                assertThat(s.decidedBy()).isNull();
                assertThat(s.undecidedBecause()).contains("lies between the bounds");
            }
            // the reported verdict is the one on the reported interval
            assertThat(s.verdict()).isEqualTo(TargetVerdict.of(s.target(), s.reportedLower(), s.reportedUpper()));
        }
    }
}
