package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.IdentifyingStrings;

/**
 * A classified model from the command line: the marking on the first line of every text output and first in
 * every JSON output, every file written 0600 whatever was there before (checked with
 * {@code Files.getPosixFilePermissions}, so the umask of the test run plays no part), the history store's H2
 * files private and AES-encrypted with a key file (its bytes hold none of the model's ids or names; a missing
 * or wrong key is exit 2 with a plain message), the report for publication holding nothing identifying, and
 * --debug's warning.
 */
class ClassifiedModelCliTest {
    private static final String MARK = "DEPARTEMENTAAL VERTROUWELIJK";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path model;

    @BeforeEach
    void classifiedExample() throws IOException {
        String text = Files.readString(Cli.example(), StandardCharsets.UTF_8);
        assertThat(text).contains("\nname: nafin-example\n");
        model = dir.resolve("classified.yaml");
        Files.writeString(model, text.replace("\nname: nafin-example\n", "\nclassification: " + MARK
                + "\nname: nafin-example\n"), StandardCharsets.UTF_8);
    }

    private String m() {
        return model.toString();
    }

    /** A small classified model, for the store tests (a record of the example takes long on a busy machine). */
    private String small() throws IOException {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, String.join("\n", "classification: " + MARK, "name: harbour-network",
                "sites:",
                "  - {id: KNB-North, name: Kanaalbasis Noord, lat: 52.4732, lon: 4.6018}",
                "  - {id: KNB-South, name: Kanaalbasis Zuid, lat: 52.4411, lon: 4.6207}",
                "nodes:",
                "  - {id: harbour-core-a, name: Harbour router Alpha, site: KNB-North, operator: seaside-telecom}",
                "  - {id: harbour-core-b, name: Harbour router Bravo, site: KNB-South}",
                "  - {id: pier-access-c, site: KNB-South}",
                "links:",
                "  - {id: quay-fibre-ab, a: harbour-core-a, b: harbour-core-b}",
                "  - {id: quay-fibre-bc, a: harbour-core-b, b: pier-access-c}",
                "  - {id: quay-fibre-ca, a: pier-access-c, b: harbour-core-a}",
                "suppliers:",
                "  - {id: seaside-telecom, name: Seaside Telecom Holding}",
                "services:",
                "  - {id: pilotage-radio, name: Pilotage radio, kind: vital, category: A, never_out: 1,",
                "     endpoints: [harbour-core-a, pier-access-c]}", ""), StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void everyTextOutputStartsWithTheMarkingAndEveryJsonOutputCarriesItFirst() throws Exception {
        List<String[]> text = List.of(new String[] {"analyze", m(), "-q"}, new String[] {"validate", m()},
                new String[] {"show", m(), "--as-of", "2026-12-01"}, new String[] {"lint", m()},
                new String[] {"attack", m(), "-q"}, new String[] {"sectors", m(), "-q"},
                new String[] {"availability", m()}, new String[] {"capacity", m()},
                new String[] {"remediate", m(), "--steps", "1"},
                new String[] {"check", m(), "--as-of", "2026-12-01"},
                new String[] {"simulate", m(), "--incident", "../examples/incidents/2024-08-timesync.yaml"},
                new String[] {"diff", Cli.example().toString(), m(), "-q"},
                new String[] {"export", m(), "--format", "dot"});
        for (String[] args : text) {
            Cli c = Cli.run(args);
            assertThat(c.exitCode()).as(String.join(" ", args) + "\n" + c.err()).isIn(0, 1);
            assertThat(c.out()).as(args[0]).startsWith((args[0].equals("export") ? "// " : "") + MARK + "\n");
        }
        List<String[]> json = List.of(new String[] {"analyze", m(), "-q", "--format", "json"},
                new String[] {"lint", m(), "--format", "json"}, new String[] {"attack", m(), "-q", "--format", "json"},
                new String[] {"sectors", m(), "-q", "--format", "json"},
                new String[] {"availability", m(), "--format", "json"},
                new String[] {"capacity", m(), "--format", "json"},
                new String[] {"remediate", m(), "--steps", "1", "--format", "json"},
                new String[] {"check", m(), "--as-of", "2026-12-01", "--format", "json"},
                new String[] {"simulate", m(), "--incident", "../examples/incidents/2024-08-timesync.yaml", "--format", "json"},
                new String[] {"diff", Cli.example().toString(), m(), "-q", "--format", "json"},
                new String[] {"report", m(), "-q", "--format", "json"}, new String[] {"export", m(), "--format", "json"});
        for (String[] args : json) {
            Cli c = Cli.run(args);
            assertThat(c.exitCode()).as(String.join(" ", args) + "\n" + c.err()).isIn(0, 1);
            JsonNode root = JSON.readTree(c.out());
            assertThat(root.fieldNames().next()).as(args[0]).isEqualTo("classification");
            assertThat(root.get("classification").asText()).isEqualTo(MARK);
        }
        JsonNode sarif = JSON.readTree(Cli.run("report", m(), "-q", "--format", "sarif").out());
        assertThat(sarif.get("runs").get(0).get("properties").get("classification").asText()).isEqualTo(MARK);
        assertThat(Cli.run("report", m(), "-q", "--format", "markdown").out()).startsWith("**" + MARK + "**");
        for (String page : List.of("report", "attack", "sectors", "capacity")) {
            String html = (page.equals("capacity") ? Cli.run(page, m(), "--format", "html")
                    : Cli.run(page, m(), "-q", "--format", "html")).out();
            assertThat(html).as(page).contains("<div class=\"classification top\" role=\"note\">" + MARK)
                    .contains("<div class=\"classification bottom\"");
        }
        // the unclassified example stays as it was
        Cli plain = Cli.run("analyze", Cli.example().toString(), "-q", "--format", "json");
        assertThat(JSON.readTree(plain.out()).has("classification")).isFalse();
        assertThat(Cli.run("analyze", Cli.example().toString(), "-q").out()).startsWith("NeverOut");
    }

    @Test
    void everyFileWrittenForAClassifiedModelIsPrivateWhateverWasThereBefore() throws Exception {
        List<String[]> writes = new ArrayList<>();
        for (String[] args : List.of(new String[] {"analyze", m(), "-q"}, new String[] {"report", m(), "-q"},
                new String[] {"report", m(), "-q", "--redact"}, new String[] {"export", m(), "--format", "yaml"},
                new String[] {"attack", m(), "-q", "--format", "html"}, new String[] {"show", m()},
                new String[] {"check", m(), "--format", "sarif"})) {
            writes.add(args);
        }
        int i = 0;
        for (String[] args : writes) {
            Path out = dir.resolve("out-" + i++);
            Files.writeString(out, "old");
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));
            List<String> withOut = new ArrayList<>(List.of(args));
            withOut.addAll(List.of("--out", out.toString()));
            Cli c = Cli.run(withOut.toArray(String[]::new));
            assertThat(c.exitCode()).as(String.join(" ", withOut) + "\n" + c.err()).isIn(0, 1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).as(args[0])
                    .isEqualTo("rw-------");
            assertThat(Files.readString(out)).isNotEqualTo("old");
        }
        Path fixed = dir.resolve("fixed.yaml");
        assertThat(Cli.run("remediate", m(), "--steps", "1", "--apply", "1", "--out", fixed.toString())
                .exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fixed))).isEqualTo("rw-------");
        assertThat(Files.readString(fixed)).contains("\nclassification: " + MARK + "\n");
        // no temporary file left behind, and an unclassified model keeps the usual mode
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Path plain = dir.resolve("plain.json");
        assertThat(Cli.run("analyze", Cli.example().toString(), "-q", "--out", plain.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain))).isEqualTo("rw-r--r--");
    }

    @Test
    void theEncryptedStoreHoldsNoIdOrNameItsFilesArePrivateAndItOpensOnlyWithItsKey() throws Exception {
        Path key = dir.resolve("store.key");
        Files.writeString(key, "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c\n");
        String db = "jdbc:h2:file:" + dir.resolve("store/runs").toAbsolutePath();
        String small = small();
        Cli record = Cli.run("record", small, "--db", db, "--db-key-file", key.toString(), "--label", "2026-Q4",
                "--as-of", "2026-12-01", "-q");
        assertThat(record.exitCode()).as(record.err()).isZero();
        assertThat(record.out()).startsWith(MARK + "\n");
        assertThat(record.err()).doesNotContain("unencrypted");
        Path file = dir.resolve("store/runs.mv.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("store/runs.neverout-lock"))))
                .isEqualTo("rw-------");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Model loaded = ModelLoader.load(Path.of(small));
        List<String> found = IdentifyingStrings.words(loaded).stream().filter(bytes::contains).toList();
        assertThat(found).as("model strings in the encrypted file").isEmpty();
        assertThat(IdentifyingStrings.words(loaded)).contains("harbour-core-a", "Seaside Telecom Holding",
                "Kanaalbasis Noord");
        assertThat(bytes).doesNotContain(MARK).doesNotContain("analysis_run");

        Cli history = Cli.run("history", "--db", db, "--db-key-file", key.toString());
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).startsWith(MARK + "\n").contains("2026-Q4");
        assertThat(JSON.readTree(Cli.run("history", "--db", db, "--db-key-file", key.toString(), "--format", "json")
                .out()).get("runs").get(0).get("classification").asText()).isEqualTo(MARK);
        Cli verify = Cli.run("verify-history", "--db", db, "--db-key-file", key.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith(MARK + "\nintact");

        Cli noKey = Cli.run("history", "--db", db);
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("is encrypted").contains("--db-key-file").doesNotContain("\tat ")
                .doesNotContain("Exception");
        Path wrong = dir.resolve("wrong.key");
        Files.writeString(wrong, "00000000000000000000000000000000");
        Cli wrongKey = Cli.run("verify-history", "--db", db, "--db-key-file", wrong.toString());
        assertThat(wrongKey.exitCode()).isEqualTo(2);
        assertThat(wrongKey.err()).contains("cannot be decrypted with this key").doesNotContain("\tat ");
        Cli missing = Cli.run("history", "--db", db, "--db-key-file", dir.resolve("nope.key").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.key").contains("no such file");
        Files.writeString(wrong, "short");
        assertThat(Cli.run("history", "--db", db, "--db-key-file", wrong.toString()).err()).contains("at least 16");
        Cli report = Cli.run("report", small, "-q", "--format", "json", "--db", db, "--db-key-file", key.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(JSON.readTree(report.out()).get("classification").asText()).isEqualTo(MARK);

        // an unencrypted store: record says so
        String plainDb = "jdbc:h2:file:" + dir.resolve("plain/runs").toAbsolutePath();
        Cli unencrypted = Cli.run("record", small, "--db", plainDb, "-q");
        assertThat(unencrypted.exitCode()).isZero();
        assertThat(unencrypted.err()).contains("unencrypted store");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("plain/runs.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theKeyFileFromTheEnvironment() throws Exception {
        Path key = dir.resolve("env.key");
        Files.writeString(key, "c0ffeec0ffeec0ffeec0ffeec0ffee00");
        String db = "jdbc:h2:file:" + dir.resolve("env/runs").toAbsolutePath();
        assertThat(neverout(Map.of("NEVEROUT_DB_FILE_KEY_FILE", key.toString()), "record", small(), "--db", db, "-q")
                .exit()).isZero();
        Run without = neverout(Map.of(), "history", "--db", db);
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("is encrypted");
        Run with = neverout(Map.of("NEVEROUT_DB_FILE_KEY_FILE", key.toString()), "history", "--db", db);
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).startsWith(MARK);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run neverout(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.environment().remove("NEVEROUT_DB_FILE_KEY_FILE");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theRedactedReportFromTheCommandLineHoldsNoIdNameOrCoordinate() throws Exception {
        Path key = dir.resolve("pseudonyms.key");
        Files.writeString(key, "5e1d0a9c7b3f2e8d6a4c1b0f9e7d5c3a\n");
        Model loaded = ModelLoader.load(model);
        String first = null;
        for (String format : List.of("html", "markdown", "json")) {
            Cli c = Cli.run("report", m(), "-q", "--redact", "--redact-key-file", key.toString(), "--format", format,
                    "--redact-classification", "PUBLIEK");
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(IdentifyingStrings.foundIn(loaded, c.out())).as(format).isEmpty();
            assertThat(c.out()).doesNotContain(MARK).contains("PUBLIEK");
            if (format.equals("json")) {
                first = c.out();
            }
        }
        // the same key: the same pseudonyms in a second run
        Cli again = Cli.run("report", m(), "-q", "--redact", "--redact-key-file", key.toString(), "--format", "json",
                "--redact-classification", "PUBLIEK");
        assertThat(JSON.readTree(again.out()).get("services")).isEqualTo(JSON.readTree(first).get("services"));

        assertThat(Cli.run("report", m(), "--redact", "--format", "sarif").err()).contains("not sarif");
        assertThat(Cli.run("report", m(), "--redact-key-file", key.toString()).err()).contains("--redact only");
        Cli noKey = Cli.run("report", m(), "--redact", "--redact-key-file", dir.resolve("none").toString());
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("no such file");
    }

    @Test
    void debugSaysItsOutputMayHoldClassifiedData() {
        Cli c = Cli.run("validate", m(), "--debug");
        assertThat(c.exitCode()).isZero();
        assertThat(c.err()).contains("--debug: this output may contain classified data");
        assertThat(Cli.run("validate", m()).err()).doesNotContain("classified");
    }
}
