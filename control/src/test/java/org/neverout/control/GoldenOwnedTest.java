package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.testkit.Golden;

/**
 * MODEL.md 1.1's golden {@code owned} of v11.json. Its alternatives in depends_on need the wt-model
 * loader; until then the services that depend on nothing are checked on the model without depends_on
 * (their state does not depend on it), and the whole comparison waits.
 */
class GoldenOwnedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Test
    void servicesThatDependOnNothingHaveTheGoldenOwned() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Golden.read("v11.json"));
        root.remove(List.of("software_versions", "adversary", "include", "assign"));
        if (root.has("defaults")) {
            ((ObjectNode) root.get("defaults")).remove(List.of("group", "software", "supplier"));
        }
        List<String> independent = new java.util.ArrayList<>();
        for (JsonNode s : root.get("services")) {
            if (!s.has("depends_on") || s.get("depends_on").isEmpty()) {
                independent.add(s.get("id").asText());
            }
            ((ObjectNode) s).remove(List.of("depends_on", "sector", "organisation", "attack_cost"));
        }
        Model model = ModelLoader.parse(JSON.writeValueAsString(root), "v11.json", Format.JSON);
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        Map<String, Boolean> actual = new LinkedHashMap<>();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (JsonNode s : golden().get("order2_all").get("services")) {
            String id = s.get("id").asText();
            if (independent.contains(id)) {
                expected.put(id, s.get("owned").asBoolean());
                actual.put(id, report.service(id).owned());
            }
        }
        assertThat(expected).containsValues(true, false);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyServiceHasTheGoldenOwned() throws Exception {
        Model model = ModelLoader.load(Golden.path("v11.json"));
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        for (JsonNode s : golden().get("order2_all").get("services")) {
            assertThat(report.service(s.get("id").asText()).owned()).as(s.get("id").asText())
                    .isEqualTo(s.get("owned").asBoolean());
        }
    }

    private static JsonNode golden() throws Exception {
        return JSON.readTree(Golden.read("v11.expected.json"));
    }
}
