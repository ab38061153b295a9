package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.neverout.testkit.Golden;

class SimulateCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reproducesEveryGoldenScenario() throws Exception {
        JsonNode cases = JSON.readTree(Golden.read("semantics.simulate.expected.json"));
        assertThat(cases.size()).isPositive();
        for (JsonNode scenario : cases) {
            StringBuilder ids = new StringBuilder();
            scenario.get("fail").forEach(id -> ids.append(ids.length() == 0 ? "" : ",").append(id.asText()));
            Cli c = Cli.run("simulate", Golden.path("semantics.yaml").toString(), "--fail", ids.toString(),
                    "--format", "json");
            assertThat(c.exitCode()).as(c.err()).isZero();
            Map<String, Boolean> actual = new HashMap<>();
            JSON.readTree(c.out()).get("services").forEach(s -> actual.put(s.get("id").asText(), s.get("up").asBoolean()));
            Map<String, Boolean> expected = new HashMap<>();
            scenario.get("up").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asBoolean()));
            assertThat(actual).as("fail " + ids).isEqualTo(expected);
        }
    }

    @Test
    void replaysAugust2024OnTheExample() throws Exception {
        Path incident = Path.of("..", "examples", "incidents", "2024-08-timesync.yaml");
        Cli json = Cli.run("simulate", Cli.example().toString(), "--incident", incident.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = JSON.readTree(json.out());
        Map<String, Boolean> up = new HashMap<>();
        root.get("services").forEach(s -> up.put(s.get("id").asText(), s.get("up").asBoolean()));
        assertThat(up).containsEntry("emergency-112", true)
                .containsEntry("air-traffic-eindhoven", false)
                .containsEntry("coastguard", false)
                .containsEntry("military-police", false);
        long vitalDown = java.util.stream.Stream.of("air-traffic-eindhoven", "coastguard", "military-police", "c2000-core",
                "digid", "haagse-ring", "ncsc-datacenter", "intel-sharing", "nato-link", "c2-north", "c2-south",
                "c2-maritime", "emergency-112").filter(id -> !up.get(id)).count();
        assertThat(vitalDown).isGreaterThanOrEqualTo(5);
        assertThat(root.at("/impact/user_hours").asDouble()).isGreaterThan(1_000_000);

        Cli text = Cli.run("simulate", Cli.example().toString(), "--incident", incident.toString());
        String out = text.out();
        // the story is told in causal order
        assertThat(out.indexOf("timesync")).isLessThan(out.indexOf("access"));
        assertThat(out.indexOf("access")).isLessThan(out.indexOf("air-traffic-eindhoven"));
        assertThat(out).contains("Significant incident");
    }

    @Test
    void unknownEventIsBadInputNamingIt() {
        Cli c = Cli.run("simulate", Cli.example().toString(), "--fail", "timesink");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("timesink", "timesync");
        assertThat(Cli.run("simulate", Cli.example().toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("simulate", Cli.example().toString(), "--fail", "timesync", "--duration-h", "-3").exitCode())
                .isEqualTo(2);
    }

    @Test
    void eventsWithNoEffectAreValid() throws Exception {
        Cli c = Cli.run("simulate", Golden.path("semantics.yaml").toString(), "--fail", "supplier:idle,unused-group",
                "--format", "json");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(JSON.readTree(c.out()).at("/impact/user_hours").asDouble()).isZero();
    }
}
