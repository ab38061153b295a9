package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

/** {@code neverout capacity}: the contract JSON on the golden model, text, HTML, no demands, bad input. */
class CapacityCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHasTheContractFieldsOfTheGoldenVectors() throws Exception {
        for (String set : new String[] {"n-1", "n-2"}) {
            Cli c = Cli.run("capacity", Golden.path("capacity.json").toString(), "--events", "node,link",
                    "--scenarios", set, "--format", "json", "--threads", "2");
            assertThat(c.exitCode()).as(c.err()).isZero();
            JsonNode actual = JSON.readTree(c.out());
            JsonNode expected = JSON.readTree(Golden.read("capacity.expected.json")).get(set);
            assertThat(actual.get("scenarios").asLong()).isEqualTo(expected.get("scenarios").asLong());
            assertThat(actual.get("complete").asBoolean()).isTrue();
            assertThat(actual.get("unit").asText()).isEqualTo("Gbit/s");
            for (int i = 0; i < expected.get("links").size(); i++) {
                JsonNode e = expected.get("links").get(i);
                JsonNode a = actual.get("links").get(i);
                assertThat(a.get("id")).isEqualTo(e.get("id"));
                assertThat(a.get("worst_utilisation").asDouble())
                        .isCloseTo(e.get("worst_utilisation").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(a.get("worst_scenario")).isEqualTo(e.get("worst_scenario"));
            }
            // unroutable: one entry per scenario with a lost demand, in scenario order, services sorted
            JsonNode first = actual.get("unroutable").get(0);
            assertThat(first.get("scenario").get(0).asText()).isEqualTo("n0");
            assertThat(first.get("services").toString()).isEqualTo("[\"d13\",\"d3\",\"d4\",\"d8\"]");
        }
    }

    @Test
    void textListsTheWorstLinksAndHtmlDrawsTheMap(@TempDir Path dir) throws Exception {
        Cli text = Cli.run("capacity", Golden.path("capacity.json").toString(), "--scenarios", "n-2");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Worst links").contains("L10").contains("in L4 + L7")
                .contains("300 scenarios");
        Path html = dir.resolve("capacity.html");
        Cli h = Cli.run("capacity", Cli.example().toString(), "--format", "html", "--out", html.toString());
        assertThat(h.exitCode()).as(h.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<svg id=\"capacity-map\"").contains("class=\"link cap-").contains("Capacity under failure");
    }

    @Test
    void aModelWithoutDemandsSaysSoAndSuggestsAnImport(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, "name: plain\nnodes: [{id: a}, {id: b}]\nlinks: [{id: l, a: a, b: b}]\n"
                + "services: [{id: s, endpoints: [a, b]}]\n");
        Cli c = Cli.run("capacity", plain.toString());
        assertThat(c.exitCode()).isZero();
        assertThat(c.err()).contains("no demands").contains("import");
        assertThat(c.out()).contains("no demands");
    }

    @Test
    void badInputIsExitTwo(@TempDir Path dir) throws Exception {
        assertThat(Cli.run("capacity", Cli.example().toString(), "--scenarios", "n-3").exitCode()).isEqualTo(2);
        assertThat(Cli.run("capacity", Cli.example().toString(), "--threshold", "-1").exitCode()).isEqualTo(2);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nnodes: [{id: a}, {id: b}]\nlinks:\n  - {id: l, a: a, b: b, cost: 0}\n");
        Cli c = Cli.run("capacity", bad.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("bad.yaml:4:").contains("positive integer");
        assertThat(c.out()).isEmpty();
    }
}
