package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;

/** {@code neverout remediate}: the plan, the fixed model and the diff gate on it, bad input. */
class RemediateCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thePlanInJsonHasTheContractFields() throws Exception {
        Cli c = Cli.run("remediate", Cli.example().toString(), "--steps", "2", "--format", "json");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode plan = JSON.readTree(c.out());
        assertThat(plan.get("partial").asBoolean()).isFalse();
        assertThat(plan.get("plan")).hasSize(2);
        JsonNode first = plan.get("plan").get(0);
        for (String field : new String[] {"action", "description", "violations_before", "violations_after",
            "profile_before", "profile_after", "verdicts_changed", "cost"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("action").get("kind").asText()).isEqualTo("alternative-service");
        assertThat(first.get("violations_after").asLong()).isLessThan(first.get("violations_before").asLong());
        assertThat(plan.get("plan").get(1).get("violations_before")).isEqualTo(first.get("violations_after"));
        Cli text = Cli.run("remediate", Cli.example().toString(), "--steps", "1");
        assertThat(text.out()).contains("1. Add a second, diverse timesync", "never-out violations ->");
    }

    @Test
    void theFixedModelLoadsKeepsEveryElementAndPassesTheDiffGate() throws Exception {
        Path fixed = dir.resolve("fixed.yaml");
        Cli c = Cli.run("remediate", Cli.example().toString(), "--steps", "3", "--apply", "3", "--out",
                fixed.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        String yaml = Files.readString(fixed);
        assertThat(yaml).contains("# added by remediate", "# changed by remediate");
        Model original = ModelLoader.load(Cli.example());
        Model after = ModelLoader.load(fixed);
        assertThat(after.nodes().stream().map(n -> n.id()).toList())
                .containsAll(original.nodes().stream().map(n -> n.id()).toList());
        assertThat(after.links().stream().map(n -> n.id()).toList())
                .containsAll(original.links().stream().map(n -> n.id()).toList());
        assertThat(after.services().stream().map(n -> n.id()).toList())
                .containsAll(original.services().stream().map(n -> n.id()).toList());
        Cli gate = Cli.run("diff", Cli.example().toString(), fixed.toString(), "--fail-on", "never-out", "-q");
        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isZero();
        assertThat(gate.out()).contains("makes no service's never-out worse");
    }

    @Test
    void badCandidatesFilesAndOptionsExit2() throws Exception {
        Path cands = dir.resolve("cands.yaml");
        Files.writeString(cands, "candidates:\n  - name: x\n    patch:\n      links:\n"
                + "        - {id: l-x, a: ntp-1, b: nowhere}\n");
        Cli c = Cli.run("remediate", Cli.example().toString(), "--candidates", cands.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains(cands + ":5:", "nowhere");
        assertThat(Cli.run("remediate", Cli.example().toString(), "--apply", "1").exitCode()).isEqualTo(2);
        assertThat(Cli.run("remediate", Cli.example().toString(), "--steps", "0").exitCode()).isEqualTo(2);
        Path fixed = dir.resolve("never.yaml");
        Cli refused = Cli.run("remediate", Cli.example().toString(), "--candidates", cands.toString(),
                "--apply", "1", "--out", fixed.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(fixed).doesNotExist();
    }

    @Test
    void nothingToFixSaysSoAndExits0() throws Exception {
        Path fine = dir.resolve("fine.yaml");
        Files.writeString(fine, "name: fine\nnodes: [{id: a}, {id: b}, {id: c}]\nlinks:\n  - {id: ab, a: a, b: b}\n"
                + "  - {id: bc, a: b, b: c}\n  - {id: ca, a: c, b: a}\nservices:\n"
                + "  - {id: s, endpoints: [[a, b, c]], never_out: 2}\n");
        Cli c = Cli.run("remediate", fine.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("Nothing to fix");
        Cli json = Cli.run("remediate", fine.toString(), "--format", "json");
        assertThat(JSON.readTree(json.out()).get("plan")).isEmpty();
    }

    @Test
    void noViolationBelowTheRequiredOrderIsUnverifiedNeverNothingToFix() throws Exception {
        Path ring = dir.resolve("ring.yaml");
        Files.writeString(ring, "name: ring\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}]\nlinks:\n"
                + "  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c}\n  - {id: cd, a: c, b: d}\n"
                + "  - {id: da, a: d, b: a}\nservices:\n  - {id: s, endpoints: [[a, c], [b, d]], never_out: 3}\n");
        Cli c = Cli.run("remediate", ring.toString(), "--order", "1");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).doesNotContain("Nothing to fix").contains("UNVERIFIED", "unverified: s");
        Cli json = Cli.run("remediate", ring.toString(), "--order", "1", "--format", "json");
        assertThat(JSON.readTree(json.out()).get("unverified").toString()).isEqualTo("[\"s\"]");
        assertThat(JSON.readTree(json.out()).get("stopped_because").asText()).doesNotStartWith("nothing to fix");
    }

    @Test
    void theReportTakesItsActionsFromAPlanWhenAskedFor() throws Exception {
        Cli c = Cli.run("report", Cli.example().toString(), "--plan-steps", "1", "--format", "markdown", "-q");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("### Remediation plan", "Step 1 of the remediation plan");
        Cli plain = Cli.run("report", Cli.example().toString(), "--format", "markdown", "-q");
        assertThat(plain.out()).doesNotContain("Remediation plan");
        assertThat(Cli.run("report", Cli.example().toString(), "--plan-steps", "-1", "-q").exitCode()).isEqualTo(2);
    }
}
