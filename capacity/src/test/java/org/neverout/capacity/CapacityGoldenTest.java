package org.neverout.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.Golden;

/**
 * The golden capacity vectors of the independent implementation: scenario count, base and worst
 * utilisation of every link, and the first scenario reaching the worst (one of {@code tied_scenarios},
 * the first of them: ties within 1e-9 come from floating-point sums), for n-1 and n-2 over node,link.
 */
class CapacityGoldenTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void reproducesTheGoldenFigures(int failures) throws Exception {
        Model model = ModelLoader.load(Golden.path("capacity.json"));
        JsonNode expected = new ObjectMapper().readTree(Golden.read("capacity.expected.json")).get("n-" + failures);
        for (int threads : new int[] {1, 3}) {
            CapacityResult r = CapacityAnalysis.analyze(model,
                    CapacityQuestion.defaults().withMaxFailures(failures).withThreads(threads));
            assertThat(r.scenarios()).isEqualTo(expected.get("scenarios").asLong());
            assertThat(r.evaluated()).isEqualTo(r.scenarios());
            assertThat(r.complete()).isTrue();
            assertThat(r.question().kindTokens()).isEqualTo(expected.get("events").asText());
            JsonNode links = expected.get("links");
            assertThat(r.links()).hasSize(links.size());
            for (int i = 0; i < links.size(); i++) {
                JsonNode e = links.get(i);
                LinkUtilisation l = r.links().get(i);
                assertThat(l.id()).isEqualTo(e.get("id").asText());
                assertThat(l.baseUtilisation()).as(l.id()).isCloseTo(e.get("base_utilisation").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(l.worstUtilisation()).as(l.id()).isCloseTo(e.get("worst_utilisation").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(l.worstScenario()).as(l.id()).isEqualTo(ids(e.get("tied_scenarios").get(0)));
                assertThat(l.worstScenario()).as(l.id()).isEqualTo(ids(e.get("worst_scenario")));
            }
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
