package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neverout.testkit.AvailabilityOracle;
import org.neverout.testkit.Golden;

/**
 * The golden availability vectors (../shared/golden, an independent implementation): exact unavailability
 * of every service to 1e-9 relative, and the other methods consistent with them.
 */
class GoldenAvailabilityTest {
    private static Model model;
    private static Map<String, Double> expected;

    @BeforeAll
    static void load() throws Exception {
        model = ModelLoader.load(Golden.path("availability.yaml"));
        expected = new ObjectMapper().readValue(Golden.read("availability.expected.json"),
                new TypeReference<Map<String, Double>>() { });
    }


    @Test
    void autoIsExactAndReproducesTheGoldenValues() {
        AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults());
        assertThat(report.services()).extracting(ServiceAvailability::id)
                .containsExactlyElementsOf(expected.keySet());
        for (ServiceAvailability s : report.services()) {
            assertThat(s.method()).isEqualTo(Method.EXACT);
            ExactVsBruteForceTest.assertClose(s.unavailability(), expected.get(s.id()), s.id());
            assertThat(s.lower()).isEqualTo(s.upper()).isEqualTo(s.unavailability());
            assertThat(s.downtimeMinutesPerYear()).isEqualTo(s.unavailability() * 525_600.0);
        }
    }

    @Test
    void bruteForceOracleAgreesWithTheGoldenValues() {
        Map<String, Double> truth = new AvailabilityOracle(model).enumerate().unavailability();
        expected.forEach((id, value) -> ExactVsBruteForceTest.assertClose(truth.get(id), value, id));
    }

    @Test
    void boundsAndMonteCarloContainTheGoldenValues() {
        for (Method method : new Method[] {Method.BOUNDS, Method.MONTE_CARLO}) {
            for (int order = 1; order <= 2; order++) {
                AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults()
                        .withMethod(method).withOrder(order).withSamples(20_000).withSeed(7).withThreads(2));
                for (ServiceAvailability s : report.services()) {
                    double truth = expected.get(s.id());
                    assertThat(s.lower()).as("%s %s order %d", method, s.id(), order).isLessThanOrEqualTo(truth * (1 + 1e-12));
                    assertThat(s.upper()).as("%s %s order %d", method, s.id(), order).isGreaterThanOrEqualTo(truth * (1 - 1e-12));
                    if (s.method() == Method.MONTE_CARLO) {
                        assertThat(s.interval()).isNotNull();
                        assertThat(s.interval().lower()).isGreaterThanOrEqualTo(s.lower());
                        assertThat(s.interval().upper()).isLessThanOrEqualTo(s.upper());
                        assertThat(s.unavailability()).isBetween(s.interval().lower(), s.interval().upper());
                    }
                }
            }
        }
    }

    @Test
    void downWithNoFailureIsCertainAndVitalServicesGetVerdicts() {
        AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults());
        // cut-off: 'lonely' has no links, so the service is down with no failure (1 up to rounding of the golden file)
        assertThat(report.service("cut-off").unavailability()).isEqualTo(1.0);
        assertThat(report.service("cut-off").importance()).isEmpty();
        assertThat(report.crownJewels()).isNotEmpty();
        assertThat(report.importanceScope()).startsWith("vital services");
        assertThat(report.crownJewels().get(0).threatens()).isNotEmpty();
    }
}
