package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.testkit.Golden;

class AnalyzeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"semantics.yaml, semantics.expected.json, 3", "abilene.json, abilene.expected.json, 2"})
    void jsonReproducesTheGoldenContractFields(String model, String expected, int order) throws Exception {
        Cli c = Cli.run("analyze", Golden.path(model).toString(), "--order", String.valueOf(order),
                "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode actual = JSON.readTree(c.out());
        JsonNode want = JSON.readTree(Golden.read(expected));
        assertThat(actual.get("model")).isEqualTo(want.get("model"));
        assertThat(actual.get("order")).isEqualTo(want.get("order"));
        assertThat(contract(actual)).isEqualTo(contract(want));
    }

    /** Only the contract fields of each service, so added fields beside them don't matter. */
    private static List<String> contract(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : root.get("services")) {
            out.add(s.get("id").asText() + " up=" + s.get("up") + " complete=" + s.get("complete") + " " + s.get("cut_sets"));
        }
        return out;
    }

    @Test
    void textShowsTableVerdictsAndFindings() {
        Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--quiet");
        assertThat(c.exitCode()).isZero();
        assertThat(c.out()).contains("SERVICE", "CUTS 1/2", "NEVER-OUT", "c2", "VIOLATED: 1 failure", "Findings: fewest failures first",
                "cut-off", "DOWN");
    }

    @Test
    void exampleShowsItsDeliberateWeaknesses() {
        Cli c = Cli.run("analyze", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("\"id\" : \"emergency-112\"", "\"cut_sets\"", "software:");
    }

    @Test
    void eventKindsNarrowTheEnumeration() throws Exception {
        Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--events", "node,link",
                "--format", "json", "--quiet");
        assertThat(c.exitCode()).isZero();
        JsonNode root = JSON.readTree(c.out());
        for (JsonNode s : root.get("services")) {
            for (JsonNode cut : s.get("cut_sets")) {
                for (JsonNode e : cut) {
                    assertThat(e.asText()).doesNotContain(":").isNotIn("HQ", "DC", "BASE", "timesync", "duct-a");
                }
            }
        }
    }

    @Test
    void limitsAreNeverSilent() throws Exception {
        Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--order", "3",
                "--max-cut-sets", "2", "--format", "json", "--quiet");
        assertThat(c.exitCode()).isZero();
        JsonNode root = JSON.readTree(c.out());
        assertThat(root.get("complete").asBoolean()).isFalse();
        assertThat(root.get("incomplete_reason").asText()).isNotBlank();
        assertThat(c.err()).contains("incomplete");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String model = Golden.path("semantics.yaml").toString();
        assertThat(Cli.run("analyze", model, "--order", "0").exitCode()).isEqualTo(2);
        Cli kinds = Cli.run("analyze", model, "--events", "node,bogus");
        assertThat(kinds.exitCode()).isEqualTo(2);
        assertThat(kinds.err()).contains("bogus");
        assertThat(Cli.run("analyze", model, "--time-limit", "soon").exitCode()).isEqualTo(2);
        assertThat(Cli.run("analyze", model, "--format", "xml").exitCode()).isEqualTo(2);
    }
}
