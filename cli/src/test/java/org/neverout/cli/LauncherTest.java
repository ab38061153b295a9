package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./neverout} launcher's choice of JIT by job, read from the java command it would run
 * ({@code NEVEROUT_PRINT_COMMAND}), in a copy of the script beside a stand-in jar that is up to date.
 */
class LauncherTest {
    @TempDir
    Path root;

    @BeforeEach
    void copyLauncher() throws Exception {
        Path repo = Cli.example().getParent().getParent();
        Path launcher = root.resolve("neverout");
        Files.copy(repo.resolve("neverout"), launcher);
        launcher.toFile().setExecutable(true);
        Files.createDirectories(root.resolve("cli/target"));
        Files.writeString(root.resolve("cli/pom.xml"), "<project/>");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = root.resolve("cli/target/neverout.jar");
        Files.writeString(jar, "");
        jar.toFile().setLastModified(System.currentTimeMillis() + 60_000); // newer than the sources: no build
        Files.writeString(root.resolve("n2.yaml"), "services:\n  - id: a\n    never_out: 2\n");
        Files.writeString(root.resolve("n3.yaml"), "services:\n  - id: a\n    never_out: 3\n");
        Files.writeString(root.resolve("n3-commented.yaml"), "services:\n  - id: a  # never_out: 3 later\n");
    }

    private String command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("neverout").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("NEVEROUT_PRINT_COMMAND", "1");
        pb.environment().remove("NEVEROUT_JIT");
        pb.environment().remove("NEVEROUT_JAVA_OPTS");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("java ").endsWith("-jar " + root.resolve("cli/target/neverout.jar") + " "
                + String.join(" ", args));
        return out;
    }

    private boolean c1(String... args) throws Exception {
        return command(args).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void shortJobsRunOnC1AndLongOnesKeepTieredCompilation() throws Exception {
        assertThat(c1("analyze", "n2.yaml")).isTrue();
        assertThat(c1("analyze", "n2.yaml", "--events", "node,link", "--order", "2")).isTrue();
        assertThat(c1("analyze", "--order=1", "n2.yaml")).isTrue();
        assertThat(c1("validate", "n3.yaml")).isTrue();
        assertThat(c1("analyze", "n3-commented.yaml")).isTrue();

        assertThat(c1("analyze", "n2.yaml", "--order", "3")).isFalse();
        assertThat(c1("analyze", "n2.yaml", "-k", "4")).isFalse();
        assertThat(c1("analyze", "n2.yaml", "-k3")).isFalse();
        assertThat(c1("analyze", "n3.yaml")).isFalse(); // the default order is the model's largest never_out
        assertThat(c1("attack", "--events", "node,link", "n3.yaml")).isFalse();
        assertThat(c1("report", "n2.yaml")).isFalse();
        assertThat(c1("availability", "n2.yaml")).isFalse();
        Files.writeString(root.resolve("large.yaml"), "services: []\n" + "#".repeat(300_000) + "\n");
        assertThat(c1("analyze", "large.yaml", "--order", "2")).isFalse(); // thousands of events: long at order 2
        assertThat(c1("analyze", "n2.yaml", "--order", "1")).isTrue();
    }
}
