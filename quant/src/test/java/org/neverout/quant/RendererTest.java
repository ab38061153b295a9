package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neverout.testkit.Golden;

/** The JSON contract fields and the text report on the golden model. */
class RendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Model golden() throws Exception {
        return ModelLoader.load(Golden.path("availability.yaml"));
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        for (Method method : Method.values()) {
            AvailabilityReport report = AvailabilityAnalysis.analyze(golden(),
                    AvailabilityOptions.defaults().withMethod(method).withOrder(1).withSamples(5000));
            JsonNode root = MAPPER.readTree(MAPPER.writeValueAsString(AvailabilityRenderer.toJson(report)));
            assertThat(root.get("model").asText()).isEqualTo("golden-availability");
            assertThat(root.get("services")).hasSize(6);
            for (JsonNode s : root.get("services")) {
                for (String field : List.of("id", "unavailability", "availability", "downtime_min_per_year", "method",
                        "lower", "upper", "target", "verdict", "importance")) {
                    assertThat(s.has(field)).as("%s has %s", s.get("id"), field).isTrue();
                }
                assertThat(s.get("method").asText()).isIn("exact", "bounds", "monte-carlo");
                assertThat(s.get("verdict").asText()).isIn("met", "not met", "undecided", "no target");
                double u = s.get("unavailability").asDouble();
                assertThat(s.get("lower").asDouble()).isLessThanOrEqualTo(u);
                assertThat(s.get("upper").asDouble()).isGreaterThanOrEqualTo(u);
                assertThat(s.get("availability").asDouble()).isEqualTo(1 - u);
                assertThat(s.get("downtime_min_per_year").asDouble()).isEqualTo(u * 525_600);
                if (s.get("method").asText().equals("exact")) {
                    assertThat(s.get("lower").asDouble()).isEqualTo(u);
                    assertThat(s.get("upper").asDouble()).isEqualTo(u);
                }
                assertThat(s.has("confidence_interval")).isEqualTo(s.get("method").asText().equals("monte-carlo"));
                for (JsonNode i : s.get("importance")) {
                    assertThat(fieldNames(i)).containsExactly("event", "birnbaum", "fussell_vesely", "raw", "rrw");
                }
            }
            assertThat(root.get("importance")).isNotEmpty();
            for (JsonNode i : root.get("importance")) {
                assertThat(fieldNames(i)).containsExactly("event", "birnbaum", "fussell_vesely", "raw", "rrw", "threatens");
            }
        }
    }

    @Test
    void autoIsExactOnTheGoldenModel() throws Exception {
        Map<String, Object> json = AvailabilityRenderer.toJson(AvailabilityAnalysis.analyze(golden(),
                AvailabilityOptions.defaults()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) json.get("services");
        assertThat(services).allSatisfy(s -> assertThat(s.get("method")).isEqualTo("exact"));
    }

    @Test
    void textShowsEveryServiceAndTheCrownJewels() throws Exception {
        AvailabilityReport report = AvailabilityAnalysis.analyze(golden(), AvailabilityOptions.defaults());
        String text = AvailabilityRenderer.toText(report);
        for (ServiceAvailability s : report.services()) {
            assertThat(text).contains(s.id());
        }
        assertThat(text).contains("Crown jewels (vital services").contains(report.crownJewels().get(0).event())
                .contains("8760 h/yr").contains("weighted by impact = users (at least 1) x national-impact category"
                        + " weight (A 10, B 3, none 1; built-in)");
    }

    /** Text shows each figure as the one helper does (three significant digits); JSON keeps every bit. */
    @Test
    void textHasThreeSignificantDigitsAndJsonFullPrecision() throws Exception {
        AvailabilityReport report = AvailabilityAnalysis.analyze(golden(), AvailabilityOptions.defaults());
        String text = AvailabilityRenderer.toText(report);
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(AvailabilityRenderer.toJson(report)));
        for (int i = 0; i < report.services().size(); i++) {
            ServiceAvailability s = report.services().get(i);
            String row = text.lines().filter(l -> l.startsWith("  " + s.id() + " ")).findFirst().orElseThrow();
            assertThat(row).contains(org.neverout.engine.Figures.probability(s.unavailability()))
                    .contains(org.neverout.engine.Figures.availabilityPercent(s.unavailability()))
                    .contains(org.neverout.engine.Figures.number(s.downtimeMinutesPerYear()))
                    .doesNotContain(String.format(java.util.Locale.ROOT, "%.6f", s.availability()));
            assertThat(json.get("services").get(i).get("unavailability").asDouble()).isEqualTo(s.unavailability());
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
