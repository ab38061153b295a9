package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Golden;

/**
 * The MODEL.md 1.1 golden vector (../shared/golden/v11, an independent implementation): a model with
 * alternatives in depends_on; every service's {@code cut_sets} in each of its three analyses, exactly
 * (verdicts, owned and findings of that file are checked where they are computed).
 */
class GoldenV11CutSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} threads {1}")
    @CsvSource({"order2_all, 1", "order2_all, 2", "'order1_node,link', 1", "'order2_node,link', 1",
            "'order2_node,link', 2"})
    void cutSetsMatchTheGoldenAnswers(String analysis, int threads) throws Exception {
        Model model = ModelLoader.load(Golden.path("v11.json"));
        JsonNode expected = JSON.readTree(Golden.read("v11.expected.json")).get(analysis);
        int order = expected.get("order").asInt();
        Set<EventKind> kinds = kinds(expected.get("events").asText());
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(order, kinds, threads, 0, null), ProgressListener.NONE);
        assertThat(result.complete()).isTrue();
        Map<String, List<List<String>>> golden = golden(expected);
        assertThat(result.services()).extracting(ServiceResult::id).containsExactlyElementsOf(golden.keySet());
        for (ServiceResult s : result.services()) {
            assertThat(s.cutSets()).as("%s: cut sets of %s", analysis, s.id()).isEqualTo(golden.get(s.id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"order2_all", "'order1_node,link'", "'order2_node,link'"})
    void theOracleAgreesWithTheGoldenAnswersToo(String analysis) throws Exception {
        Model model = ModelLoader.load(Golden.path("v11.json"));
        JsonNode expected = JSON.readTree(Golden.read("v11.expected.json")).get(analysis);
        Set<String> kinds = kinds(expected.get("events").asText()).stream().map(EventKind::token)
                .collect(Collectors.toSet());
        assertThat(new BruteForceOracle(model).minimalCutSets(expected.get("order").asInt(), kinds))
                .isEqualTo(golden(expected));
    }

    private static Set<EventKind> kinds(String events) {
        if (events.equals("all")) {
            return EnumSet.allOf(EventKind.class);
        }
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String token : events.split(",")) {
            kinds.add(EventKind.parse(token));
        }
        return kinds;
    }

    private static Map<String, List<List<String>>> golden(JsonNode expected) {
        Map<String, List<List<String>>> golden = new LinkedHashMap<>();
        for (JsonNode s : expected.get("services")) {
            List<List<String>> sets = new ArrayList<>();
            for (JsonNode set : s.get("cut_sets")) {
                List<String> ids = new ArrayList<>();
                set.forEach(id -> ids.add(id.asText()));
                sets.add(ids);
            }
            golden.put(s.get("id").asText(), sets);
        }
        return golden;
    }
}
