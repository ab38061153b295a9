package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.Golden;

/**
 * The MODEL.md 1.1 availability golden vector (../shared/golden/availability-v11): figures on software
 * versions, on a declared group through {@code defaults.group} and on a supplier, each an independent
 * basic event. Exact to 1e-9 relative, the oracle agreeing, bounds and Monte Carlo containing the values.
 */
class GoldenAvailabilityV11Test {
    private static Model model;
    private static Map<String, Double> expected;

    @BeforeAll
    static void load() throws Exception {
        model = ModelLoader.load(Golden.path("availability-v11.yaml"));
        expected = new ObjectMapper().readValue(
                Golden.read("availability-v11.expected.json"),
                new TypeReference<Map<String, Double>>() { });
    }

    @Test
    void exactReproducesTheGoldenValues() {
        AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults());
        assertThat(report.services()).extracting(ServiceAvailability::id)
                .containsExactlyElementsOf(expected.keySet());
        for (ServiceAvailability s : report.services()) {
            assertThat(s.method()).isEqualTo(Method.EXACT);
            ExactVsBruteForceTest.assertClose(s.unavailability(), expected.get(s.id()), s.id());
        }
    }

    @Test
    void theCommonModeEventsCount() {
        // without their figures the software, group and supplier events would add nothing: the values differ
        Map<String, Double> q = new AvailabilityOracle(model).failureCapableEvents();
        assertThat(q).containsKeys("software:tempus-4.0", "software:chrony-4.5", "duct-a", "supplier:telco")
                .doesNotContainKey("supplier:sub");
        Map<String, Double> truth = new AvailabilityOracle(model).enumerate().unavailability();
        expected.forEach((id, value) -> ExactVsBruteForceTest.assertClose(truth.get(id), value, id));
    }

    @Test
    void boundsAndMonteCarloContainTheGoldenValues() {
        for (Method method : new Method[] {Method.BOUNDS, Method.MONTE_CARLO}) {
            AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults()
                    .withMethod(method).withOrder(2).withSamples(20_000).withSeed(7).withThreads(2));
            for (ServiceAvailability s : report.services()) {
                double truth = expected.get(s.id());
                assertThat(s.lower()).as("%s %s", method, s.id()).isLessThanOrEqualTo(truth * (1 + 1e-12));
                assertThat(s.upper()).as("%s %s", method, s.id()).isGreaterThanOrEqualTo(truth * (1 - 1e-12));
            }
        }
    }
}
