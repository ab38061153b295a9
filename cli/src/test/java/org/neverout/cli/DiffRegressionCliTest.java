package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --fail-on never-out} fails on regressions of the never-out profile (MODEL.md 1.1), not on added cut sets. */
class DiffRegressionCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NTP_2 = "id: ntp-2, name: \"Time server Ede\", site: EDE, role: server, vendor: tempus, "
            + "software: tempus-ntp-4.0,";

    @TempDir
    Path tmp;

    private Path exampleWith(String name, String from, String to) throws Exception {
        String text = Files.readString(Cli.example());
        assertThat(text).as("the example still has: " + from).contains(from);
        Path out = tmp.resolve(name);
        Files.writeString(out, text.replace(from, to));
        return out;
    }

    /** The August-2024 fix: the second time server on diverse software passes the gate and shows improvements. */
    @Test
    void diverseTimeServerSoftwarePassesTheGate() throws Exception {
        Path fixed = exampleWith("fixed.yaml", NTP_2, NTP_2.replace("vendor: tempus, software: tempus-ntp-4.0",
                "vendor: chrony, software: chrony-4.5"));
        Cli text = Cli.run("diff", Cli.example().toString(), fixed.toString(), "--fail-on", "never-out", "--quiet");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).contains("never-out improvements", "timesync: 1 single point -> 0")
                .doesNotContain("never-out regressions");
        assertThat(text.err()).contains("gate passed: no never-out regressions");

        Cli json = Cli.run("diff", Cli.example().toString(), fixed.toString(), "--format", "json", "--quiet");
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("order").asInt()).isEqualTo(2);
        assertThat(root.get("regressions").size()).isZero();
        assertThat(root.get("improvements").size()).isGreaterThanOrEqualTo(15);
        JsonNode timesync = root.get("improvements").findParents("service").stream()
                .filter(n -> n.get("service").asText().equals("timesync")).findFirst().orElseThrow();
        assertThat(timesync.get("before").get(1).asInt()).isEqualTo(timesync.get("after").get(1).asInt() + 1);
    }

    /** Removing the satellite backup of the NATO link: new single points and more pairs, the gate fails. */
    @Test
    void removingARedundantLinkFailsTheGate() throws Exception {
        String backup = "  - {id: l-sat-bsm, a: bsm-gw-1, b: brm-sat-1,";
        String text = Files.readString(Cli.example());
        int start = text.indexOf(backup);
        assertThat(start).isNotNegative();
        Path cut = tmp.resolve("no-backup.yaml");
        Files.writeString(cut, text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1));
        Cli c = Cli.run("diff", Cli.example().toString(), cut.toString(), "--fail-on", "never-out", "--quiet");
        assertThat(c.exitCode()).as(c.out() + c.err()).isEqualTo(1);
        assertThat(c.out()).contains("never-out regressions", "nato-link: 10 single points -> 12");
        assertThat(c.err()).contains("gate failed: 3 never-out regressions");
        Cli json = Cli.run("diff", Cli.example().toString(), cut.toString(), "--format", "json", "--quiet");
        JsonNode first = JSON.readTree(json.out()).get("regressions").get(0);
        assertThat(first.get("service").asText()).isEqualTo("c2-south"); // sorted by service id
        assertThat(first.get("before").size()).isEqualTo(3); // never_out 2: n_0, n_1, n_2
    }

    /** never_out 3 analysed at --order 2 is unverified: the gate fails unless --allow-unverified. */
    @Test
    void unverifiedVerdictsFailTheGateUnlessAllowed() throws Exception {
        String yaml = "name: u\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}]\n"
                + "links: [{id: ab, a: a, b: b}, {id: bc, a: b, b: c}, {id: ca, a: c, b: a}]\n"
                + "services:\n  - {id: s, kind: vital, endpoints: [[a, b, c, d]], never_out: %d}\n";
        Path older = tmp.resolve("old.yaml");
        Path newer = tmp.resolve("new.yaml");
        Files.writeString(older, String.format(yaml, 3));
        Files.writeString(newer, String.format(yaml, 3));
        Cli strict = Cli.run("diff", older.toString(), newer.toString(), "--order", "2", "--fail-on", "never-out",
                "--quiet");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
        assertThat(strict.out()).contains("never-out 3 unverified (order 2 < 3)").doesNotContain("meets never-out");
        assertThat(strict.err()).contains("1 unverified never-out verdict");
        Cli allowed = Cli.run("diff", older.toString(), newer.toString(), "--order", "2", "--fail-on", "never-out",
                "--allow-unverified", "--quiet");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        // without --order the default is max(2, the largest never_out): 3, and the verdict is known
        Cli byDefault = Cli.run("diff", older.toString(), newer.toString(), "--format", "json", "--fail-on",
                "never-out", "--quiet");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        JsonNode root = JSON.readTree(byDefault.out());
        assertThat(root.get("order").asInt()).isEqualTo(3);
        assertThat(root.get("unverified").size()).isZero();
        assertThat(root.get("services").get(0).get("verdict_after").asText()).isEqualTo("meets");
    }

    /**
     * A limit that truncates the enumeration makes the profiles lower bounds: a violated (not unverified)
     * service whose regression check was cut short fails the gate unless --allow-unverified, never "no
     * regression" unchecked.
     */
    @Test
    void aRegressionCheckCutShortFailsTheGateUnlessAllowed() throws Exception {
        Path model = tmp.resolve("chain.yaml");
        Files.writeString(model, "name: chain\nnodes: [{id: a}, {id: b}, {id: c}]\n"
                + "links: [{id: ab, a: a, b: b}, {id: bc, a: b, b: c}]\n"
                + "services:\n  - {id: s, kind: vital, endpoints: [a, c], never_out: 2}\n");
        Cli cut = Cli.run("diff", model.toString(), model.toString(), "--max-cut-sets", "1", "--fail-on", "never-out",
                "--quiet");
        assertThat(cut.exitCode()).as(cut.out() + cut.err()).isEqualTo(1);
        assertThat(cut.out()).contains("regression check cut short by a limit", "s");
        assertThat(cut.err()).contains("1 regression check cut short");
        Cli allowed = Cli.run("diff", model.toString(), model.toString(), "--max-cut-sets", "1", "--fail-on",
                "never-out", "--allow-unverified", "--quiet");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        Cli full = Cli.run("diff", model.toString(), model.toString(), "--fail-on", "never-out", "--quiet");
        assertThat(full.exitCode()).as(full.err()).isZero();
        JsonNode json = JSON.readTree(Cli.run("diff", model.toString(), model.toString(), "--max-cut-sets", "1",
                "--format", "json", "--quiet").out());
        assertThat(json.get("regression_check_cut_short").get(0).asText()).isEqualTo("s");
    }

    /** Orders above 8 are refused with a message (exit 2), never an overflow or a stack trace. */
    @Test
    void ordersAboveEightAreRefused() {
        String example = Cli.example().toString();
        Cli analyze = Cli.run("analyze", example, "--order", "9");
        assertThat(analyze.exitCode()).isEqualTo(2);
        assertThat(analyze.err()).contains("--order must be from 1 to 8, got 9").doesNotContain("Exception");
        Cli diff = Cli.run("diff", example, example, "--order", "2147483647");
        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err()).contains("--order must be from 1 to 8");
    }
}
