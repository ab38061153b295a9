package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Cli o = Cli.run("validate", "--bogus", Cli.resource("golden/semantics.yaml").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--bogus");
    }

    @Test
    void validateAcceptsGoldenModelsAndTheExample() {
        assertThat(Cli.run("validate", Cli.resource("golden/semantics.yaml").toString()).exitCode()).isZero();
        assertThat(Cli.run("validate", Cli.resource("golden/abilene.json").toString()).exitCode()).isZero();
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
    void missingFileIsBadInput() {
        Cli c = Cli.run("show", tmp.resolve("nope.yaml").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("nope.yaml", "no such file");
    }

    @Test
    void showSummarisesSuppliersServicesAndWarnings() {
        Cli c = Cli.run("show", Cli.resource("golden/semantics.yaml").toString());
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
        Cli ok = Cli.run("show", Cli.resource("golden/semantics.yaml").toString(), "--out", out.toString());
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
