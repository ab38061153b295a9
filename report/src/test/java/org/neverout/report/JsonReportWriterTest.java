package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;

class JsonReportWriterTest {
    static Stream<Long> seeds() {
        return Stream.iterate(500L, s -> s + 1).limit(40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void carriesTheAnalysisContractExactly(long seed) throws Exception {
        Model model = RandomModelTrees.load(RandomModelTrees.generate(seed), "m.json");
        ReportInput input = TestModels.input(model, 1 + (int) (seed % 3));
        JsonNode json = RandomModelTrees.JSON.readTree(new JsonReportWriter().render(input));
        assertThat(json.get("model").asText()).isEqualTo(model.name());
        assertThat(json.get("order").asInt()).isEqualTo(input.analysis().order());
        assertThat(json.get("services")).hasSize(input.analysis().services().size());
        for (int i = 0; i < input.analysis().services().size(); i++) {
            ServiceResult r = input.analysis().services().get(i);
            JsonNode s = json.get("services").get(i);
            assertThat(s.get("id").asText()).isEqualTo(r.id());
            assertThat(s.get("up").asBoolean()).isEqualTo(r.up());
            assertThat(s.get("complete").asBoolean()).isEqualTo(r.complete());
            List<List<String>> sets = new ArrayList<>();
            s.get("cut_sets").forEach(c -> {
                List<String> ids = new ArrayList<>();
                c.forEach(id -> ids.add(id.asText()));
                sets.add(ids);
            });
            assertThat(sets).isEqualTo(r.cutSets());
        }
        assertThat(json.get("findings")).hasSize(input.findings().size());
        assertThat(json.has("control")).isFalse();
        assertThat(json.has("availability")).isFalse();
        assertThat(json.has("compliance")).isFalse();
        assertThat(json.get("report").get("model_sha256").asText()).hasSize(64);
    }

    @Test
    void optionalSectionsAppearWhenPresent() throws Exception {
        Model model = TestModels.parse(RealisticModel.yaml(), "realistic.yaml");
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        JsonNode json = RandomModelTrees.JSON.readTree(new JsonReportWriter().render(input));
        assertThat(json.get("control").get("services")).hasSize(input.control().services().size());
        assertThat(json.get("availability").get("services").get(0).has("downtime_min_per_year")).isTrue();
        assertThat(json.get("compliance").get("findings")).hasSize(input.compliance().findings().size());
        assertThat(json.get("summary").get("verdict").asText()).isEqualTo("fail");
        assertThat(json.get("summary").get("weak_links").size()).isEqualTo(ReportFacts.of(input).weakLinks().size());
    }
}
