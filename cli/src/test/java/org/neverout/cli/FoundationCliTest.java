package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

class FoundationCliTest {

    @TempDir
    Path tmp;

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("NeverOut ");
        Cli h = Cli.run("help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("validate", "show", "Exit codes");
        for (String cmd : new String[] {"validate", "show"}) {
            Cli c = Cli.run(cmd, "--help");
            assertThat(c.exitCode()).as(cmd).isZero();
            assertThat(c.out()).as(cmd).contains("Usage: neverout " + cmd, "MODEL");
        }
    }

    @Test
    void unknownCommandOrOptionIsUsageError() {
        Cli c = Cli.run("frobnicate");
        assertThat(c.exitCode()).isEqualTo(2);
        Cli o = Cli.run("validate", "--bogus", Golden.path("semantics.yaml").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--bogus");
    }

    @Test
    void validateAcceptsGoldenModelsAndTheExample() {
        assertThat(Cli.run("validate", Golden.path("semantics.yaml").toString()).exitCode()).isZero();
        assertThat(Cli.run("validate", Golden.path("abilene.json").toString()).exitCode()).isZero();
        Cli ex = Cli.run("validate", Cli.example().toString());
        assertThat(ex.exitCode()).as(ex.err()).isZero();
        assertThat(ex.out()).contains("valid");
    }

    @Test
    void validateReportsEveryProblemLocatedWithExitTwo() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "nodes:",
                "  - id: a",
                "    sight: HQ",
                "links:",
                "  - {id: l1, a: a, b: zz}",
                ""));
        Cli c = Cli.run("validate", bad.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains(bad + ":4:5:", "sight", bad + ":6:", "zz", "2 problems");
        assertThat(c.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void neverOutAboveEightIsBadInputAndNothingIsWritten() throws Exception {
        Path bad = tmp.resolve("nine.yaml");
        Files.writeString(bad, String.join("\n", "name: nine", "services:",
                "  - {id: s, endpoints: [], never_out: 9}", ""));
        Path out = tmp.resolve("never.json");
        Cli c = Cli.run("analyze", bad.toString(), "--format", "json", "--out", out.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains(bad + ":3:39:", "never_out", "from 0 to 8, not 9");
        assertThat(out).doesNotExist();
    }

    @Test
    void showListsSoftwareVersionsWithTheirFiguresAndWarnsOfUnusedOnes() throws Exception {
        Path model = tmp.resolve("sw.yaml");
        Files.writeString(model, String.join("\n", "name: sw",
                "defaults: {supplier: {mtbf_h: 175200, mttr_h: 72}}",
                "software_versions:",
                "  - {id: tempus-4.0, vendor: tempus, mtbf_h: 43800, mttr_h: 19}",
                "  - {id: chrony-4.5, vendor: chrony}",
                "suppliers: [{id: telco}]",
                "nodes: [{id: ntp-1, software: tempus-4.0}, {id: ntp-2, software: ntp-x}]", ""));
        Cli c = Cli.run("show", model.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("software versions         3",
                "tempus-4.0 (tempus): run by 1 node; mtbf 43800 h, mttr 19 h",
                "chrony-4.5 (chrony): run by 0 nodes; no figures", "ntp-x: run by 1 node; no figures",
                "telco: operates 0 nodes, 0 links; owns 0 nodes, 0 links; mtbf 175200 h, mttr 72 h (defaults)");
        assertThat(c.err()).contains(model + ":5:10: software version 'chrony-4.5' is declared but no node runs it");
    }

    @Test
    void missingFileIsBadInput() {
        Cli c = Cli.run("show", tmp.resolve("nope.yaml").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("nope.yaml", "no such file");
    }

    @Test
    void showSummarisesSuppliersServicesAndWarnings() {
        Cli c = Cli.run("show", Golden.path("semantics.yaml").toString());
        assertThat(c.exitCode()).isZero();
        assertThat(c.out())
                .contains("nodes                     7")
                .contains("telco (Telco)")
                .contains("└─ sub (Subcontractor)")
                .contains("isolated node(s) with no link: lonely")
                .contains("without a never_out requirement")
                .contains("basic events             35");
    }

    @Test
    void outWritesAFileAndNothingOnError() throws Exception {
        Path out = tmp.resolve("summary.txt");
        Cli ok = Cli.run("show", Golden.path("semantics.yaml").toString(), "--out", out.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).isEmpty();
        assertThat(Files.readString(out)).contains("golden-semantics");

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"nodes\": [{\"id\": 1}]");
        Path out2 = tmp.resolve("never.txt");
        Cli err = Cli.run("show", bad.toString(), "--out", out2.toString());
        assertThat(err.exitCode()).isEqualTo(2);
        assertThat(out2).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void completionScriptIsGenerated() {
        Cli c = Cli.run("generate-completion");
        assertThat(c.exitCode()).isZero();
        assertThat(c.out()).contains("complete -F", "neverout");
    }
}
