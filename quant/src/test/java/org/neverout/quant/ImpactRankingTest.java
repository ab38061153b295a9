package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.ImpactWeights;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The crown jewels are ranked by the impact-weighted risk: on seeded random models, with the built-in and
 * with overridden category weights, every jewel's Fussell-Vesely importance equals the one computed here
 * from testkit's brute-force {@link AvailabilityOracle} and weights computed here (users, at least 1, times
 * the category's weight), and overriding the weights changes the ranking on some models.
 */
class ImpactRankingTest {
    private static final AtomicInteger RANKING_CHANGED = new AtomicInteger();

    @AfterAll
    static void overridingChangedSomeRanking() {
        assertThat(RANKING_CHANGED.get()).as("models whose ranking changed with the weights").isPositive();
    }

    static Stream<Arguments> models() {
        return LongStream.range(0, 24).mapToObj(seed -> {
            TopologyZoo.Graph g = TopologyZoo.load(ExactVsBruteForceTest.TOPOLOGIES.get(
                    (int) (seed % ExactVsBruteForceTest.TOPOLOGIES.size())));
            return Arguments.of(seed, RandomModels.generate(g, RandomModels.Spec.quantifiable(13).withServices(3, 6), 7000 + seed));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void rankingFollowsTheWeights(long seed, Model model) {
        AvailabilityOracle.Exact truth = ExactVsBruteForceTest.truth(model);
        Map<String, Double> builtIn = Map.of("A", 10.0, "B", 3.0, "none", 1.0);
        Map<String, Double> override = Map.of("A", 1.0, "B", 1e6, "none", 1e-3);
        List<ImportanceMeasure> before = jewels(model);
        List<ImportanceMeasure> after = jewels(withWeights(model, override));
        assertFollows(model, truth, builtIn, before);
        assertFollows(model, truth, override, after);
        if (!before.stream().map(ImportanceMeasure::event).toList()
                .equals(after.stream().map(ImportanceMeasure::event).toList())) {
            RANKING_CHANGED.incrementAndGet();
        }
    }

    @Test
    void theModelFilesWeightsReachTheRanking() {
        String yaml = """
                name: impact
                nodes: [{id: a}, {id: b}, {id: c}]
                links:
                - {id: ab, a: a, b: b, mtbf_h: 1000, mttr_h: 10}
                - {id: ac, a: a, b: c, mtbf_h: 1000, mttr_h: 5}
                services:
                - {id: small-a, kind: vital, endpoints: [a, b], users: 100, category: A}
                - {id: large-b, kind: vital, endpoints: [a, c], users: 1000, category: B}
                """;
        // built-in: small-a weighs 100 x 10 = 1000 on q(ab) ~ 0.0099; large-b 1000 x 3 = 3000 on q(ac) ~ 0.005
        Model builtIn = ModelLoader.parse(yaml, "impact.yaml", Format.YAML);
        assertThat(jewels(builtIn).get(0).event()).isEqualTo("ac");
        Model overridden = ModelLoader.parse(yaml + "impact: {category_weights: {A: 100}}\n", "impact.yaml", Format.YAML);
        // A 100: small-a weighs 10,000 x 0.0099 against 3,000 x 0.005
        assertThat(jewels(overridden).get(0).event()).isEqualTo("ab");
        assertThat(AvailabilityAnalysis.analyze(overridden, AvailabilityOptions.defaults().withThreads(1))
                .importanceScope()).contains("A 100, B 3, none 1; from the model's impact.category_weights");
    }

    private static List<ImportanceMeasure> jewels(Model model) {
        return AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults().withMethod(Method.EXACT)
                .withThreads(1)).crownJewels();
    }

    private static Model withWeights(Model m, Map<String, Double> weights) {
        return m.withImpact(new ImpactWeights(weights));
    }

    /** FV of the weighted risk sum_s w_s P_s over the vital (else all) services that can be up, from the oracle. */
    private static void assertFollows(Model model, AvailabilityOracle.Exact truth, Map<String, Double> weights,
                                      List<ImportanceMeasure> jewels) {
        boolean anyVital = model.services().stream().anyMatch(s -> s.kind() == ServiceKind.VITAL);
        double risk = 0;
        Map<String, Double> riskIfUp = new HashMap<>();
        for (Service s : model.services()) {
            double p = truth.unavailability().get(s.id());
            if (anyVital && s.kind() != ServiceKind.VITAL || p >= 1.0) {
                continue;
            }
            double w = Math.max(1.0, s.users() == null ? 1.0 : s.users())
                    * weights.get(s.category() == null ? "none" : s.category());
            risk += w * p;
            for (Map.Entry<String, double[]> e : truth.conditional().get(s.id()).entrySet()) {
                riskIfUp.merge(e.getKey(), w * (p - e.getValue()[1]), Double::sum);
            }
        }
        for (ImportanceMeasure m : jewels) {
            double expected = risk > 0 ? riskIfUp.get(m.event()) / risk : 0;
            assertThat(Math.abs(m.fussellVesely() - expected)).as("FV of %s", m.event())
                    .isLessThanOrEqualTo(1e-9 * Math.max(1, expected) + 1e-12);
        }
        for (int i = 1; i < jewels.size(); i++) {
            assertThat(jewels.get(i - 1).fussellVesely()).isGreaterThanOrEqualTo(jewels.get(i).fussellVesely());
        }
    }
}
