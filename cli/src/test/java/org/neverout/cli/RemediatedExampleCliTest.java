package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples tell the truth about themselves: the remediated network passes the diff gate
 * against the original with improvements and no regression, and its analysis shows services that meet
 * never-out beside services that still do not.
 */
class RemediatedExampleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path remediated() {
        return ReadmeTourTest.repositoryRoot().resolve("examples/nafin-remediated.yaml");
    }

    @Test
    void theAugust2024LessonsPassTheDiffGateAsImprovements() throws Exception {
        Path original = ReadmeTourTest.repositoryRoot().resolve("examples/nafin-example.yaml");
        Cli gate = Cli.run("diff", original.toString(), remediated().toString(), "--fail-on", "never-out", "-q");
        assertThat(gate.exitCode()).as(gate.err()).isZero();
        assertThat(gate.out()).contains("makes no service's never-out worse", "timesync: 1 single point -> 0",
                "access: 3 single points -> 0");
        Cli json = Cli.run("diff", original.toString(), remediated().toString(), "--format", "json", "-q");
        JsonNode d = JSON.readTree(json.out());
        assertThat(d.get("regressions")).isEmpty();
        assertThat(d.get("improvements").size()).isGreaterThanOrEqualTo(10);
        // and the way back is a regression for the same services
        Cli back = Cli.run("diff", remediated().toString(), original.toString(), "--fail-on", "never-out", "-q");
        assertThat(back.exitCode()).isEqualTo(1);
    }

    @Test
    void theRemediatedAnalysisHasServicesThatMeetBesideServicesThatDoNot() throws Exception {
        Cli c = Cli.run("analyze", remediated().toString(), "--format", "json", "-q");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode result = JSON.readTree(c.out());
        java.util.Map<String, String> verdicts = new java.util.TreeMap<>();
        result.get("services").forEach(s -> verdicts.put(s.get("id").asText(), s.get("verdict").asText()));
        assertThat(verdicts).containsEntry("dns", "meets").containsEntry("timesync-gnss", "meets")
                .containsEntry("digid", "violated").containsEntry("coastguard", "violated");
        Cli text = Cli.run("analyze", remediated().toString(), "-q");
        assertThat(text.out()).contains("survives 2", "VIOLATED: 1 failure", "VIOLATED: 2 failures");
    }
}
