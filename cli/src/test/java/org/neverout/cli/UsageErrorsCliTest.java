package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

/** Usage and I/O errors: exit 2 with a plain message that names what is wrong, no stack trace. */
class UsageErrorsCliTest {

    @TempDir
    Path tmp;

    @Test
    void bareCommandPrintsUsageToStandardErrorAndExitsTwo() {
        Cli c = Cli.run();
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("Usage: neverout", "Exit codes");
        assertThat(c.out()).isEmpty();
    }

    @Test
    void anOutputThatIsADirectoryIsRefusedBeforeTheAnalysisWithoutTemporaryNames() {
        Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--out", tmp.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().strip()).isEqualTo("neverout: cannot write " + tmp + ": is a directory");
        assertThat(c.out()).isEmpty();
        Cli missing = Cli.run("show", Golden.path("semantics.yaml").toString(), "--out",
                tmp.resolve("no/such/dir/x.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot write " + tmp.resolve("no/such/dir/x.txt"), "does not exist")
                .doesNotContain(".tmp");
    }

    @Test
    void anOutputInAReadOnlyDirectoryIsPermissionDenied() throws Exception {
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        assertThat(ro.toFile().setWritable(false, false)).isTrue();
        try {
            // root may write anyway: then the run succeeds, which is right too
            if (Files.isWritable(ro)) {
                return;
            }
            Cli c = Cli.run("analyze", Golden.path("semantics.yaml").toString(), "--out",
                    ro.resolve("cuts.json").toString());
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err().strip()).isEqualTo("neverout: cannot write " + ro.resolve("cuts.json") + ": permission denied");
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void anImpossibleDateNamesTheValueAndTheExpectedForm() {
        Cli c = Cli.run("check", Golden.path("semantics.yaml").toString(), "--as-of", "2026-13-01");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("'--as-of'", "'2026-13-01' is not a valid date: expected YYYY-MM-DD")
                .doesNotContain("java.time", "class ");
    }

    @Test
    void fileLevelProblemsHaveNoZeroLineAndValidateDoesNotTalkAboutWriting() {
        Path none = tmp.resolve("none.yaml");
        Cli c = Cli.run("validate", none.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains(none + ": no such file").doesNotContain(":0:0").doesNotContain("written");
        Cli a = Cli.run("analyze", none.toString(), "--out", tmp.resolve("x.json").toString());
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("nothing was written");
        assertThat(tmp.resolve("x.json")).doesNotExist();
    }

    @Test
    void showJudgesAuthorisationsAsOfTheGivenDate() throws Exception {
        Path m = tmp.resolve("m.yaml");
        Files.writeString(m, String.join("\n",
                "name: m",
                "suppliers:",
                "  - id: s",
                "    authorisations: [{scope: rooms, valid_until: 2025-06-30}]",
                ""));
        assertThat(Cli.run("show", m.toString(), "--as-of", "2025-06-30").out()).doesNotContain("EXPIRED");
        assertThat(Cli.run("show", m.toString(), "--as-of", "2025-07-01").out()).contains("EXPIRED");
    }
}
