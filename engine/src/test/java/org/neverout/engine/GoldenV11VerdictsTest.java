package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.testkit.Golden;

/**
 * MODEL.md 1.1's golden answers for v11.json: verdicts, resilience and findings grouped per root cause.
 *
 * <p>The first test isolates the verdict and finding code: given the golden cut sets of each analysis, the
 * verdicts and findings must be the golden ones exactly. The second runs the engine on the model (its
 * cut sets; the CLI's VerdictsCliTest compares the whole JSON, verdicts and findings included).
 */
class GoldenV11VerdictsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void verdictsAndFindingsFromTheGoldenCutSetsAreTheGoldenOnes() throws Exception {
        Model model = golden();
        JsonNode want = JSON.readTree(Golden.read("v11.expected.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> analysis = it.next();
            JsonNode expected = analysis.getValue();
            int order = expected.get("order").asInt();
            List<ServiceResult> services = new ArrayList<>();
            for (JsonNode s : expected.get("services")) {
                List<List<String>> cuts = JSON.convertValue(s.get("cut_sets"),
                        JSON.getTypeFactory().constructCollectionType(List.class,
                                JSON.getTypeFactory().constructCollectionType(List.class, String.class)));
                services.add(new ServiceResult(s.get("id").asText(), !cuts.contains(List.of()), true, null, cuts));
            }
            AnalysisResult result = new AnalysisResult(model.name(), order, EnumSet.allOf(EventKind.class), services,
                    true, null, 0, Duration.ZERO);
            Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(model, result);
            for (JsonNode s : expected.get("services")) {
                NeverOutVerdict v = verdicts.get(s.get("id").asText());
                String what = analysis.getKey() + " " + v.service();
                assertThat(v.status().token()).as(what).isEqualTo(s.get("verdict").asText());
                assertThat(v.resilience()).as(what).isEqualTo(s.get("resilience").isNull() ? null
                        : s.get("resilience").asInt());
                assertThat(v.resilienceAtLeast()).as(what).isEqualTo(s.get("resilience_at_least").isNull() ? null
                        : s.get("resilience_at_least").asInt());
            }
            // compared as JSON text: the same number may be an int or a long node
            List<String> actual = new ArrayList<>();
            for (Finding f : NeverOutFindings.of(model, result)) {
                ObjectNode o = JSON.createObjectNode();
                o.put("kind", f.kind());
                o.set("cut_set", JSON.valueToTree(f.cutSet()));
                o.set("services", JSON.valueToTree(f.services()));
                o.put("vital", f.vital());
                o.put("users", f.users());
                o.put("severity", f.severity().token());
                actual.add(o.toString());
            }
            List<String> wanted = new ArrayList<>();
            expected.get("findings").forEach(f -> wanted.add(f.toString()));
            assertThat(actual).as(analysis.getKey()).isEqualTo(wanted);
        }
    }

    @Test
    void theWholeAnalysisReproducesTheGoldenAnswers() throws Exception {
        Model model = ModelLoader.load(Golden.path("v11.json"));
        JsonNode want = JSON.readTree(Golden.read("v11.expected.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            JsonNode expected = it.next().getValue();
            EnumSet<EventKind> kinds = EnumSet.allOf(EventKind.class);
            if (!expected.get("events").asText().equals("all")) {
                kinds = EnumSet.of(EventKind.NODE, EventKind.LINK);
            }
            AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                    new AnalysisQuestion(expected.get("order").asInt(), kinds, 1, 0, null), ProgressListener.NONE);
            for (JsonNode s : expected.get("services")) {
                JsonNode cuts = JSON.valueToTree(result.service(s.get("id").asText()).cutSets());
                assertThat(cuts).isEqualTo(s.get("cut_sets"));
            }
        }
    }

    private static Model golden() throws Exception {
        return ModelLoader.parse(Golden.read("v11.json"), "v11.json", Format.JSON);
    }
}
