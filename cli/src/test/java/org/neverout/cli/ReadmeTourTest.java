package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./neverout ...} line of README.md's shell blocks runs as written: in a copy of the bundled
 * {@code examples/} (so what the tour writes never lands in the work tree), each line in its own JVM
 * with the CLI's classpath, exit 0 (or 1 where the line asks for a gate with {@code --fail-on} or runs
 * {@code check}). The launcher script itself is covered by the first-run instructions and CI.
 */
class ReadmeTourTest {
    private static final Pattern COMMAND = Pattern.compile("^\\./neverout(\\s.*)?$");

    @TempDir
    Path work;

    @Test
    void everyTourCommandRunsAsWritten() throws Exception {
        Path root = repositoryRoot();
        List<String> lines = tourLines(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(lines).as("./neverout lines in README.md").hasSizeGreaterThan(10);
        copyTree(root.resolve("examples"), work.resolve("examples"));
        for (String line : lines) {
            List<String> args = new ArrayList<>(List.of(line.substring("./neverout".length()).trim().split("\\s+")));
            args.removeIf(String::isEmpty);
            Path stdout = work.resolve(".stdout");
            int redirect = args.indexOf(">");
            if (redirect >= 0) {
                stdout = work.resolve(args.get(redirect + 1));
                args = new ArrayList<>(args.subList(0, redirect));
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
            command.addAll(args);
            Process p = new ProcessBuilder(command).directory(work.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(work.resolve(".stderr").toFile()).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(line).isTrue();
            boolean gate = line.contains("--fail-on") || args.get(0).equals("check");
            assertThat(p.exitValue()).as("%s%n%s", line, Files.readString(work.resolve(".stderr")))
                    .isIn(gate ? List.of(0, 1) : List.of(0));
        }
    }

    /** The ./neverout lines of the ```sh blocks, without trailing comments. */
    static List<String> tourLines(String readme) {
        List<String> out = new ArrayList<>();
        boolean inShell = false;
        for (String raw : readme.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                inShell = !inShell && line.equals("```sh");
                continue;
            }
            if (!inShell) {
                continue;
            }
            int comment = line.indexOf(" #");
            String cmd = (comment >= 0 ? line.substring(0, comment) : line).strip();
            Matcher m = COMMAND.matcher(cmd);
            if (m.matches()) {
                out.add(cmd);
            }
        }
        return out;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md")) || dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString().replace(File.separatorChar, '/'));
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
