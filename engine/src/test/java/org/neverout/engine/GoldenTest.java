package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Golden;

/** The golden vectors of an independent implementation of MODEL.md, reproduced exactly. */
class GoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} threads {1}")
    @CsvSource({"semantics.yaml, semantics.expected.json, 1", "semantics.yaml, semantics.expected.json, 2",
            "abilene.json, abilene.expected.json, 1", "abilene.json, abilene.expected.json, 2"})
    void cutSetsMatchTheGoldenAnswers(String modelFile, String expectedFile, int threads) throws Exception {
        Model model = ModelLoader.load(Golden.path(modelFile));
        JsonNode expected = read(expectedFile);
        int order = expected.get("order").asInt();
        AnalysisQuestion question = new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), threads, 0, null);
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model), question, ProgressListener.NONE);

        assertThat(result.model()).isEqualTo(expected.get("model").asText());
        assertThat(result.order()).isEqualTo(order);
        assertThat(result.complete()).isTrue();
        List<String> ids = new ArrayList<>();
        expected.get("services").forEach(s -> ids.add(s.get("id").asText()));
        assertThat(result.services()).extracting(ServiceResult::id).containsExactlyElementsOf(ids);
        for (JsonNode s : expected.get("services")) {
            ServiceResult actual = result.service(s.get("id").asText());
            assertThat(actual.up()).as("up of %s", actual.id()).isEqualTo(s.get("up").asBoolean());
            assertThat(actual.complete()).isEqualTo(s.get("complete").asBoolean());
            assertThat(actual.cutSets()).as("cut sets of %s", actual.id()).isEqualTo(cutSets(s.get("cut_sets")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"semantics.yaml, semantics.expected.json", "abilene.json, abilene.expected.json"})
    void theOracleAgreesWithTheGoldenAnswersToo(String modelFile, String expectedFile) throws Exception {
        Model model = ModelLoader.load(Golden.path(modelFile));
        JsonNode expected = read(expectedFile);
        Set<String> all = EnumSet.allOf(EventKind.class).stream().map(EventKind::token).collect(Collectors.toSet());
        Map<String, List<List<String>>> oracle = new BruteForceOracle(model)
                .minimalCutSets(expected.get("order").asInt(), all);
        Map<String, List<List<String>>> golden = new LinkedHashMap<>();
        expected.get("services").forEach(s -> golden.put(s.get("id").asText(), cutSets(s.get("cut_sets"))));
        assertThat(oracle).isEqualTo(golden);
    }

    @Test
    void simulatedStatesMatchTheGoldenAnswers() throws Exception {
        CompiledModel model = CompiledModel.compile(ModelLoader.load(Golden.path("semantics.yaml")));
        JsonNode cases = read("semantics.simulate.expected.json");
        assertThat(cases.size()).isGreaterThan(0);
        for (JsonNode c : cases) {
            List<String> fail = new ArrayList<>();
            c.get("fail").forEach(f -> fail.add(f.asText()));
            boolean[] up = NetworkState.evaluate(model, fail);
            Map<String, Boolean> actual = new LinkedHashMap<>();
            for (int s = 0; s < model.serviceCount(); s++) {
                actual.put(model.serviceIds().get(s), up[s]);
            }
            Map<String, Boolean> expected = new LinkedHashMap<>();
            c.get("up").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asBoolean()));
            assertThat(actual).as("after %s", fail).isEqualTo(expected);
        }
    }

    private static List<List<String>> cutSets(JsonNode array) {
        List<List<String>> sets = new ArrayList<>();
        for (JsonNode set : array) {
            List<String> ids = new ArrayList<>();
            set.forEach(id -> ids.add(id.asText()));
            sets.add(ids);
        }
        return sets;
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(Golden.read(name));
    }
}
