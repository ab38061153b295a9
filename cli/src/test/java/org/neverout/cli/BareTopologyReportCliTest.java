package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare topology (GraphML, no services) is not "meeting never-out": every report format carries the
 * connectivity analysis analyze prints, under the run's limits, and says "no requirement declared".
 */
class BareTopologyReportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String abilene() {
        return Cli.resource("topologyzoo/Abilene.graphml").toString();
    }

    @Test
    void everyFormatCarriesTheConnectivityAnalysisOfAnalyze() throws Exception {
        Cli analyze = Cli.run("analyze", abilene(), "--format", "json", "--quiet");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        JsonNode splits = JSON.readTree(analyze.out()).at("/topology/splits");
        assertThat(splits.size()).isPositive();

        Cli json = Cli.run("report", abilene(), "--format", "json", "--quiet");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.at("/connectivity/splits")).isEqualTo(splits);
        assertThat(root.at("/connectivity/complete").asBoolean()).isTrue();
        assertThat(root.at("/summary/verdict").asText()).isEqualTo("none");

        String first = String.join(" + ", JSON.convertValue(splits.get(0).get("events"), String[].class));
        Cli md = Cli.run("report", abilene(), "--format", "markdown", "--quiet");
        assertThat(md.out()).contains("**Verdict: no requirement declared**", "## Connectivity",
                "Double failures that split it: " + splits.size(), first).doesNotContain("meets never-out");
        Cli html = Cli.run("report", abilene(), "--format", "html", "--quiet");
        assertThat(html.out()).contains("class=\"overall none\">No requirement declared<", "id=\"connectivity\"",
                first).doesNotContain("Meets never-out");
        Cli sarif = Cli.run("report", abilene(), "--format", "sarif", "--quiet");
        JsonNode properties = JSON.readTree(sarif.out()).at("/runs/0/properties");
        assertThat(properties.get("headline").asText()).isEqualTo("no requirement declared");
        assertThat(properties.at("/connectivity/splits")).isEqualTo(splits);
    }

    @Test
    void theConnectivityAnalysisHonoursTheLimitsAndSaysWhenItIsCutShort() throws Exception {
        StringBuilder yaml = new StringBuilder("name: dense\nnodes:\n");
        int n = 40;
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: n").append(i).append("}\n");
        }
        yaml.append("links:\n");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                yaml.append("  - {id: l").append(i).append('-').append(j).append(", a: n").append(i).append(", b: n")
                        .append(j).append("}\n");
            }
        }
        Path dense = tmp.resolve("dense.yaml");
        Files.writeString(dense, yaml);
        Cli report = Cli.run("report", dense.toString(), "--format", "json", "--order", "4", "--time-limit", "1ms",
                "--threads", "2", "--quiet");
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode c = JSON.readTree(report.out()).get("connectivity");
        assertThat(c.get("complete").asBoolean()).isFalse();
        assertThat(c.get("incomplete_reason").asText()).contains("time limit 1 ms");
        assertThat(report.err()).contains("connectivity analysis cut short");
        Cli text = Cli.run("analyze", dense.toString(), "--order", "4", "--time-limit", "1ms", "--quiet");
        assertThat(text.out()).contains("Cut short: time limit 1 ms");
        Cli analyzeJson = Cli.run("analyze", dense.toString(), "--order", "4", "--time-limit", "1ms", "--format",
                "json", "--quiet");
        assertThat(JSON.readTree(analyzeJson.out()).at("/topology/complete").asBoolean()).isFalse();

        // --max-cut-sets caps the splits listed (a ring of 6: every pair of links splits it)
        Path ring = tmp.resolve("ring.yaml");
        Files.writeString(ring, "name: ring\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e}, {id: f}]\n"
                + "links: [{id: ab, a: a, b: b}, {id: bc, a: b, b: c}, {id: cd, a: c, b: d}, {id: de, a: d, b: e},"
                + " {id: ef, a: e, b: f}, {id: fa, a: f, b: a}]\n");
        JsonNode all = JSON.readTree(Cli.run("report", ring.toString(), "--format", "json", "--quiet").out())
                .get("connectivity");
        assertThat(all.get("complete").asBoolean()).isTrue();
        assertThat(all.get("splits").size()).isGreaterThan(3);
        JsonNode capped = JSON.readTree(Cli.run("report", ring.toString(), "--format", "json", "--max-cut-sets", "3",
                "--quiet").out()).get("connectivity");
        assertThat(capped.get("complete").asBoolean()).isFalse();
        assertThat(capped.get("incomplete_reason").asText()).contains("max cut sets");
        assertThat(capped.get("splits").size()).isEqualTo(3);
    }

    @Test
    void aModelWithoutMeasuresHasOneDutyOfCareFinding() throws Exception {
        Cli json = Cli.run("report", abilene(), "--format", "json", "--quiet");
        JsonNode findings = JSON.readTree(json.out()).at("/compliance/findings");
        long dutyOfCare = 0;
        for (JsonNode f : findings) {
            if (f.get("rule").asText().startsWith("DC-")) {
                dutyOfCare++;
                assertThat(f.get("rule").asText()).isEqualTo("DC-06");
                assertThat(f.get("message").asText()).startsWith("no measures declared");
            }
        }
        assertThat(dutyOfCare).isEqualTo(1);
    }
}
