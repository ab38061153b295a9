package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

class CheckControlCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void checkFindsTheExamplesWeaknessesAndGatesBySeverity() throws Exception {
        Cli c = Cli.run("check", Cli.example().toString(), "--as-of", "2026-11-28", "--format", "json");
        assertThat(c.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(c.out());
        assertThat(root.get("findings").toString())
                .contains("\"rule\":\"CC-01\"", "\"subject\":\"nato\"")       // single-homed party
                .contains("\"rule\":\"SC-01\"", "\"subject\":\"vezelwerk\"")  // expired subcontractor authorisation
                .contains("\"rule\":\"PS-02\"", "\"subject\":\"NML\"");       // alarm not monitored
        // only critical findings fail the gate at critical; the example has none
        Cli critical = Cli.run("check", Cli.example().toString(), "--as-of", "2026-11-28", "--fail-severity", "critical");
        assertThat(critical.exitCode()).isZero();
        assertThat(Cli.run("check", Cli.example().toString(), "--fail-severity", "severe").exitCode()).isEqualTo(2);
    }

    @Test
    void userRulesAndTheirErrors() throws Exception {
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, String.join("\n",
                "rules:",
                "  - id: USR-01",
                "    title: Security patches within 7 days",
                "    applies_to: external_party",
                "    require: \"evidence.patch_days <= 7\"",
                "    severity: critical",
                ""));
        Cli c = Cli.run("check", Cli.example().toString(), "--rules", rules.toString(), "--as-of", "2026-11-28",
                "--fail-severity", "critical", "--format", "json");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).contains("USR-01");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "rules:",
                "  - id: USR-02",
                "    title: Broken",
                "    applies_to: external_party",
                "    require: \"evidence.patch_days <= \"",
                "    severity: high",
                ""));
        Cli err = Cli.run("check", Cli.example().toString(), "--rules", bad.toString());
        assertThat(err.exitCode()).isEqualTo(2);
        assertThat(err.err()).contains("bad.yaml:", "USR-02");
    }

    @Test
    void checkSarifPointsAtTheModelFile() throws Exception {
        Cli c = Cli.run("check", Cli.example().toString(), "--as-of", "2026-11-28", "--format", "sarif");
        JsonNode run = JSON.readTree(c.out()).get("runs").get(0);
        assertThat(run.get("results").size()).isPositive();
        for (JsonNode r : run.get("results")) {
            assertThat(r.get("ruleId").asText()).matches("(CC|PS|SC|DC)-\\d+");
        }
    }

    @Test
    void analyzeReportsControlledPerServiceAsTheGoldenFile() throws Exception {
        Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--format", "json", "--quiet");
        JsonNode root = JSON.readTree(c.out());
        Map<String, Boolean> actual = new HashMap<>();
        root.get("services").forEach(s -> actual.put(s.get("id").asText(), s.get("controlled").asBoolean()));
        Map<String, Boolean> expected = new HashMap<>();
        JSON.readTree(Golden.read("semantics.controlled.expected.json"))
                .fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asBoolean()));
        assertThat(actual).isEqualTo(expected);
        Cli text = Cli.run("analyze", Cli.example().toString(), "--quiet");
        assertThat(text.out()).contains("Control (military owned and controlled)", "telco-nl");
        // the control gate: the example has vital services that need suppliers
        assertThat(Cli.run("analyze", Cli.example().toString(), "--fail-on", "control", "--quiet").exitCode()).isEqualTo(1);
    }
}
