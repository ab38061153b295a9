package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Model;
import org.neverout.model.Severity;

/** Validates the SARIF 2.1.0 structure code-scanning tools require (the OASIS schema is not bundled). */
class SarifReportWriterTest {
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    @Test
    void everyFindingIsAResultWithARuleALevelAndTheModelLineOfItsElement() throws Exception {
        String yaml = RealisticModel.yaml();
        Model model = TestModels.parse(yaml, "models/realistic.yaml");
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        SarifReportWriter writer = new SarifReportWriter(Path.of("").toAbsolutePath());
        JsonNode sarif = RandomModelTrees.JSON.readTree(writer.render(input));

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("NeverOut");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-test");
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            assertThat(ruleIds.add(rule.get("id").asText())).as("unique rule id").isTrue();
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(LEVELS).contains(rule.get("defaultConfiguration").get("level").asText());
        }
        assertThat(ruleIds).contains("NO-DOWN", "NO-SPOF", "NO-ORDER2", "CTL-UNCONTROLLED", "AV-TARGET", "CC-01");

        List<String> lines = yaml.lines().toList();
        int expected = input.findings().size() + ReportFacts.of(input).uncontrolledCriticalServices().size()
                + input.compliance().findings().size() + (int) input.availability().services().stream()
                .filter(a -> a.verdict() == TargetVerdict.NOT_MET).count();
        assertThat(run.get("results")).hasSize(expected);
        for (JsonNode result : run.get("results")) {
            String rule = result.get("ruleId").asText();
            assertThat(ruleIds).contains(rule);
            assertThat(driver.get("rules").get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(rule);
            assertThat(LEVELS).contains(result.get("level").asText());
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            assertThat(result.get("partialFingerprints").get("neverout/v1").asText()).hasSize(32);
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("models/realistic.yaml");
            assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            int line = physical.get("region").get("startLine").asInt();
            int column = physical.get("region").get("startColumn").asInt();
            assertThat(line).isBetween(1, lines.size());
            assertThat(column).isGreaterThanOrEqualTo(1);
            // the line names the element concerned: the first cut set event (or its first user), or the subject
            String text = lines.get(line - 1);
            JsonNode cut = result.get("properties").get("cutSet");
            String subject = result.get("properties").get("subject").asText();
            String first = cut != null && cut.size() > 0 ? cut.get(0).asText() : subject;
            String expectedName = first.startsWith("software:") ? first.substring(9)
                    : first.startsWith("supplier:") ? first.substring(9) : first;
            assertThat(text).as("line %d for %s", line, first).contains(expectedName);
        }
        assertThat(run.get("artifacts").get(0).get("hashes").get("sha-256").asText())
                .isEqualTo(model.source().sha256());
    }

    @Test
    void levelsFollowSeverity() {
        assertThat(SarifReportWriter.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifReportWriter.level(Severity.HIGH)).isEqualTo("error");
        assertThat(SarifReportWriter.level(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(SarifReportWriter.level(Severity.LOW)).isEqualTo("note");
    }

    @Test
    void modelFilesOutsideTheBaseGetAnAbsoluteFileUri() {
        SarifReportWriter writer = new SarifReportWriter(Path.of("/repo"));
        assertThat(writer.artifactUri("/repo/nets/a b.yaml")).isEqualTo("nets/a%20b.yaml");
        assertThat(writer.artifactUri("/elsewhere/m.yaml")).isEqualTo("file:///elsewhere/m.yaml");
    }
}
