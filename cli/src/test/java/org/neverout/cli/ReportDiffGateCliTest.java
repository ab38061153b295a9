package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

class ReportDiffGateCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String semantics() {
        return Golden.path("semantics.yaml").toString();
    }

    @Test
    void htmlReportIsSelfContained() throws Exception {
        Path out = tmp.resolve("report.html");
        Cli c = Cli.run("report", Cli.example().toString(), "--out", out.toString(), "--title", "Periodic analysis 2026",
                "--as-of", "2026-11-28", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<svg", "Periodic analysis 2026", "2026-11-28", "emergency-112");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?https?:")
                .doesNotContainPattern("(?i)url\\(\\s*[\"']?https?:")
                .doesNotContainPattern("(?i)@import");
    }

    @Test
    void theSignOffNamesTheAnalystAndTheAppendixPrintsOnlyOnRequest() throws Exception {
        Path out = tmp.resolve("signed.html");
        Cli c = Cli.run("report", Cli.example().toString(), "--out", out.toString(), "--analyst", "J. de Vries",
                "--as-of", "2026-11-28", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<dt>Analyst</dt><dd>J. de Vries</dd>", "<dt>Ledger hash</dt><dd>not recorded</dd>",
                "No previous period recorded", "<section id=\"cut-sets\" class=\"card appendix\">");
        Path printed = tmp.resolve("appendix.html");
        assertThat(Cli.run("report", Cli.example().toString(), "--out", printed.toString(), "--appendix", "--quiet")
                .exitCode()).isZero();
        // without --analyst: the OS user
        assertThat(Files.readString(printed)).contains("<section id=\"cut-sets\" class=\"card appendix print\">",
                "<dt>Analyst</dt><dd>" + org.neverout.report.Html.escape(System.getProperty("user.name")) + "</dd>");
        Cli md = Cli.run("report", Cli.example().toString(), "--format", "markdown", "--analyst", "J. de Vries",
                "--quiet");
        assertThat(md.out()).contains("## Sign-off", "| Analyst | J\\. de Vries |");
    }

    @Test
    void otherReportFormats() throws Exception {
        Cli md = Cli.run("report", semantics(), "--format", "markdown", "--quiet");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).contains("# ", "| ");
        Cli json = Cli.run("report", semantics(), "--format", "json", "--quiet");
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("model").asText()).isEqualTo("golden-semantics");
        assertThat(root.get("services").get(0).has("cut_sets")).isTrue();
        Cli sarif = Cli.run("report", semantics(), "--format", "sarif", "--quiet");
        JsonNode s = JSON.readTree(sarif.out());
        assertThat(s.get("version").asText()).isEqualTo("2.1.0");
        JsonNode result = s.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).startsWith("NO-");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        assertThat(Cli.run("report", semantics(), "--format", "pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void theReportCarriesTheAnswerOfTheAttackCommand() throws Exception {
        // the report reuses its own cut sets for the adversary view; 'attack' enumerates the attackable kinds
        Cli report = Cli.run("report", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(report.exitCode()).as(report.err()).isZero();
        Cli attack = Cli.run("attack", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(attack.exitCode()).as(attack.err()).isZero();
        com.fasterxml.jackson.databind.node.ObjectNode section =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(report.out()).get("adversary");
        section.remove("headline");
        assertThat(section).isEqualTo(JSON.readTree(attack.out()));
    }

    @Test
    void theReportCarriesTheCapacityAnswerOfTheCapacityCommandWhenTheModelHasDemands() throws Exception {
        Cli report = Cli.run("report", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(report.exitCode()).as(report.err()).isZero();
        // the example has demands that require never-out 2: the report evaluates n-2 so their verdicts are decided
        Cli capacity = Cli.run("capacity", Cli.example().toString(), "--format", "json", "--threads", "1",
                "--scenarios", "n-2");
        assertThat(capacity.exitCode()).as(capacity.err()).isZero();
        JsonNode section = JSON.readTree(report.out()).get("capacity");
        assertThat(section).isNotNull();
        assertThat(section).isEqualTo(JSON.readTree(capacity.out()));
        assertThat(section.get("verdicts").findValuesAsText("verdict")).doesNotContain("unverified");
        Cli md = Cli.run("report", Cli.example().toString(), "--format", "markdown", "--quiet");
        assertThat(md.out()).contains("## Capacity under failure", "**Capacity under failure:** ",
                "## Adversary view: what a saboteur would hit first");
        // no demands: no section
        assertThat(JSON.readTree(Cli.run("report", semantics(), "--format", "json", "--quiet").out()).has("capacity"))
                .isFalse();
    }

    @Test
    void analyzeGate() throws Exception {
        // c2 has never_out 1 and single points of failure: the gate fails
        Cli fail = Cli.run("analyze", semantics(), "--fail-on", "never-out", "--quiet");
        assertThat(fail.exitCode()).isEqualTo(1);
        assertThat(fail.err()).contains("never-out");
        // without never_out requirements nothing violates
        Path relaxed = tmp.resolve("relaxed.yaml");
        Files.writeString(relaxed, Files.readString(Path.of(semantics())).replace("never_out: 1", "never_out: 0"));
        assertThat(Cli.run("analyze", relaxed.toString(), "--fail-on", "never-out", "--quiet").exitCode()).isZero();
        assertThat(Cli.run("analyze", semantics(), "--fail-on", "everything").exitCode()).isEqualTo(2);
    }

    @Test
    void diffShowsAddedAndRemovedCutSetsAndGatesOnNewViolationsOnly() throws Exception {
        String old = Files.readString(Path.of(semantics()));
        Path newer = tmp.resolve("newer.yaml");
        // dropping the direct hq-1 -- dc-2 link makes the relay a single point of failure of access
        Files.writeString(newer, old.replace("  - {id: l-hq-dc2, a: hq-1, b: dc-2}\n", ""));
        Cli diff = Cli.run("diff", semantics(), newer.toString(), "--format", "json", "--quiet");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        JsonNode access = service(JSON.readTree(diff.out()), "access");
        assertThat(access.get("added").toString()).contains("relay");
        assertThat(access.get("removed").toString()).contains("l-hq-dc2");
        Cli text = Cli.run("diff", semantics(), newer.toString(), "--quiet");
        assertThat(text.out()).contains("access");
        // c2 (never_out 1) gains new single points of failure: the gate fails on the new ones
        assertThat(Cli.run("diff", semantics(), newer.toString(), "--fail-on", "never-out", "--quiet").exitCode()).isEqualTo(1);
        // the same model twice introduces nothing, though it has violations
        assertThat(Cli.run("diff", semantics(), semantics(), "--fail-on", "never-out", "--quiet").exitCode()).isZero();
    }

    private static JsonNode service(JsonNode root, String id) {
        for (JsonNode s : root.get("services")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no service " + id + " in " + root);
    }

    @Test
    void availabilityReproducesTheGoldenValues() throws Exception {
        Cli c = Cli.run("availability", Golden.path("availability.yaml").toString(), "--method", "exact",
                "--format", "json");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        JsonNode want = JSON.readTree(Golden.read("availability.expected.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = service(root, e.getKey());
            assertThat(s.get("method").asText()).isEqualTo("exact");
            double expected = e.getValue().asDouble();
            assertThat(s.get("unavailability").asDouble()).isCloseTo(expected, within(1e-9 * Math.max(expected, 1e-300)));
            assertThat(s.get("lower").asDouble()).isLessThanOrEqualTo(s.get("unavailability").asDouble());
        }
        assertThat(Cli.run("availability", Cli.example().toString(), "--method", "quantum").exitCode()).isEqualTo(2);
    }

    @Test
    void availabilityOnTheExampleGivesEveryVitalServiceAVerdict() throws Exception {
        Cli c = Cli.run("availability", Cli.example().toString(), "--samples", "2000", "--format", "json");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        for (JsonNode s : root.get("services")) {
            assertThat(s.get("verdict").asText()).isNotBlank();
            assertThat(s.get("lower").asDouble()).isLessThanOrEqualTo(s.get("upper").asDouble());
        }
        assertThat(root.get("importance").size()).isPositive();
    }
}
