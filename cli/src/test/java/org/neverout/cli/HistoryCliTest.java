package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.history.HistoryStore;
import org.neverout.history.LedgerHash;
import org.neverout.history.StoreLocation;

/**
 * record, history and verify-history on an H2 file store, in-process and, where the environment, a
 * second process or a kill matter, in their own JVMs: the recorded results are the JSON report of the
 * same assessment, the ledger verifies, tampering exits 1 naming the run, and every unusable store is
 * exit 2 with a plain message.
 */
class HistoryCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("store/neverout").toAbsolutePath();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(db(), "sa", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private void record(String label, String asOf) {
        Cli r = Cli.run("record", Cli.example().toString(), "--db", db(), "--label", label, "--as-of", asOf, "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void recordStoresTheReportsJsonAndHistoryListsRunsOldestFirstWithHeadlines() throws Exception {
        record("2026-Q3", "2026-09-30");
        record("2026-Q4", "2026-12-31");
        Cli list = Cli.run("history", "--db", db(), "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode runs = JSON.readTree(list.out()).get("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(runs.get(0).get("label").asText()).isEqualTo("2026-Q3");
        assertThat(runs.get(0).get("as_of").asText()).isEqualTo("2026-09-30");
        assertThat(runs.get(0).get("prev_hash").asText()).isEqualTo(LedgerHash.GENESIS);
        assertThat(runs.get(1).get("prev_hash").asText()).isEqualTo(runs.get(0).get("hash").asText());
        for (String field : List.of("recorded_at", "model_sha256", "hash", "recorded_by", "neverout_version")) {
            assertThat(runs.get(1).hasNonNull(field)).as(field).isTrue();
        }

        // the headline is the report's own summary of the same model and date
        Cli report = Cli.run("report", Cli.example().toString(), "--format", "json", "--as-of", "2026-09-30", "-q");
        JsonNode expected = JSON.readTree(report.out());
        JsonNode headline = runs.get(0).get("headline");
        assertThat(headline.get("services_violated").asInt()).isEqualTo(expected.at("/summary/services_in_breach").asInt());
        assertThat(headline.get("services_met").asInt()).isEqualTo(expected.at("/summary/services_meeting").asInt());
        long rootCauses = 0;
        for (JsonNode f : expected.get("findings")) {
            rootCauses += f.get("kind").asText().equals("never-out") ? 1 : 0;
        }
        assertThat(headline.get("root_causes").asLong()).isEqualTo(rootCauses).isPositive();
        double worst = 0;
        for (JsonNode s : expected.at("/availability/services")) {
            worst = Math.max(worst, s.get("unavailability").asDouble());
        }
        assertThat(headline.at("/worst_availability/unavailability").asDouble()).isEqualTo(worst).isPositive();

        // results_json is that report document (only generated_at and elapsed_ms differ between runs)
        HistoryStore store = HistoryStore.open(StoreLocation.resolve(db(), Map.of(), dir));
        JsonNode stored = JSON.readTree(store.runs().get(0).content().resultsJson());
        for (JsonNode doc : List.of(stored, expected)) {
            ((ObjectNode) doc.get("report")).remove(List.of("generated_at", "elapsed_ms"));
        }
        assertThat(stored).isEqualTo(expected);
        assertThat(store.runs().get(0).content().modelText()).startsWith("name: ");

        Cli text = Cli.run("history", "--db", db());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("2 runs in " + db() + ", oldest first", "#1  2026-Q3  as of 2026-09-30",
                "#2  2026-Q4", headline.get("services_violated").asInt() + " violated, ", rootCauses + " root causes",
                "worst availability ");
        assertThat(text.out().indexOf("#1 ")).isLessThan(text.out().indexOf("#2 "));

        Cli verify = Cli.run("verify-history", "--db", db());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("intact: 2 runs");
    }

    @Test
    void theLabelDefaultsToTheAsOfDate() {
        Cli r = Cli.run("record", Cli.example().toString(), "--db", db(), "--as-of", "2026-06-30", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("recorded run 1 '2026-06-30' (as of 2026-06-30)");
    }

    @Test
    void anEditedRunExitsOneNamingIt() throws Exception {
        record("2026-Q3", "2026-09-30");
        record("2026-Q4", "2026-12-31");
        sql("UPDATE analysis_run SET results_json = REPLACE(results_json, '\"verdict\" : \"violated\"', "
                + "'\"verdict\" : \"meets\"') WHERE id = 1");
        Cli verify = Cli.run("verify-history", "--db", db());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("BROKEN: run 1 '2026-Q3'").contains("edited");
    }

    @Test
    void aDeletedRunExitsOneNamingTheRunAfterIt() throws Exception {
        record("2026-Q2", "2026-06-30");
        record("2026-Q3", "2026-09-30");
        record("2026-Q4", "2026-12-31");
        sql("DELETE FROM analysis_run WHERE id = 2");
        Cli verify = Cli.run("verify-history", "--db", db());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("BROKEN: run 3 '2026-Q4'").contains("deleted");
        // and the last one too, caught by the ledger head
        sql("DELETE FROM analysis_run WHERE id = 3");
        Cli again = Cli.run("verify-history", "--db", db());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).startsWith("BROKEN: after the last run").contains("deleted");
    }

    @Test
    void reorderedRunsExitOne() throws Exception {
        record("2026-Q3", "2026-09-30");
        record("2026-Q4", "2026-12-31");
        sql("UPDATE analysis_run SET id = 99 WHERE id = 1", "UPDATE analysis_run SET id = 1 WHERE id = 2",
                "UPDATE analysis_run SET id = 2 WHERE id = 99");
        Cli verify = Cli.run("verify-history", "--db", db());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("BROKEN: run 1 '2026-Q4'").contains("reordered");
    }

    @Test
    void anUnreachableDatabaseIsExitTwoInPlainWords() {
        for (String command : List.of("history", "verify-history")) {
            Cli r = Cli.run(command, "--db", "jdbc:postgresql://127.0.0.1:1/neverout");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).startsWith("neverout: cannot reach the history store jdbc:postgresql://127.0.0.1:1/neverout")
                    .doesNotContain("\tat ", "Exception");
        }
        Cli r = Cli.run("record", Cli.example().toString(), "--db", "jdbc:postgresql://127.0.0.1:1/neverout", "-q");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("neverout: cannot reach the history store").doesNotContain("\tat ");
    }

    @Test
    void anUnsupportedOrUnusableUrlIsExitTwo() {
        Cli other = Cli.run("history", "--db", "jdbc:mysql://localhost/neverout");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("unsupported history store URL 'jdbc:mysql://localhost/neverout'");
        Cli unwritable = Cli.run("verify-history", "--db", "jdbc:h2:file:/proc/no-such-dir/neverout");
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.err()).startsWith("neverout: cannot open the history store jdbc:h2:file:/proc/no-such-dir")
                .doesNotContain("\tat ");
    }

    @Test
    void aStoreOfANewerSchemaIsExitTwo() throws Exception {
        record("2026-Q3", "2026-09-30");
        sql("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'someone', 1, TRUE)");
        for (String[] args : List.of(new String[] {"history", "--db", db()}, new String[] {"verify-history", "--db", db()},
                new String[] {"record", Cli.example().toString(), "--db", db(), "-q"})) {
            Cli r = Cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("has schema version 99, newer than this NeverOut knows (2)");
        }
    }

    @Test
    void badLabelsAndFormatsAreUsageErrors() {
        assertThat(Cli.run("record", Cli.example().toString(), "--db", db(), "--label", " ").exitCode()).isEqualTo(2);
        assertThat(Cli.run("record", Cli.example().toString(), "--db", db(), "--label", "x".repeat(201)).exitCode())
                .isEqualTo(2);
        Cli format = Cli.run("history", "--db", db(), "--format", "yaml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
        Cli model = Cli.run("record", dir.resolve("missing.yaml").toString(), "--db", db());
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(Cli.run("history", "--db", db()).out()).startsWith("0 runs in ");
    }

    // ---- in their own JVMs: environment, default store, concurrency, kill

    private record Run(int exit, String out, String err) {
    }

    private Process start(Map<String, String> env, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.environment().remove("NEVEROUT_DB_USER");
        pb.environment().remove("NEVEROUT_DB_PASSWORD");
        pb.environment().putAll(env);
        return pb.start();
    }

    private Run run(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        Process p = start(env, jvm, args);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theStoreComesFromNeverOutDbElseAFileUnderTheHomeDirectory() throws Exception {
        Run viaEnv = run(Map.of("NEVEROUT_DB", db()), List.of(), "record", Cli.example().toString(), "-q");
        assertThat(viaEnv.exit()).as(viaEnv.err()).isZero();
        assertThat(viaEnv.out()).contains("in " + db());
        Path home = dir.resolve("home");
        Run byDefault = run(Map.of(), List.of("-Duser.home=" + home), "history");
        assertThat(byDefault.exit()).as(byDefault.err()).isZero();
        assertThat(byDefault.out()).startsWith("0 runs in jdbc:h2:file:" + home.resolve(".neverout/history"));
        assertThat(home.resolve(".neverout/history.mv.db")).exists();
    }

    @Test
    void aWrongPasswordIsExitTwoInPlainWords() throws Exception {
        Run create = run(Map.of("NEVEROUT_DB_PASSWORD", "right"), List.of(), "history", "--db", db());
        assertThat(create.exit()).as(create.err()).isZero();
        for (String command : List.of("history", "verify-history")) {
            Run wrong = run(Map.of("NEVEROUT_DB_PASSWORD", "wrong-one"), List.of(), command, "--db", db());
            assertThat(wrong.exit()).isEqualTo(2);
            assertThat(wrong.err().strip()).isEqualTo("neverout: the history store " + db()
                    + " refused user 'sa': wrong user name or password (set NEVEROUT_DB_USER and NEVEROUT_DB_PASSWORD)");
        }
    }

    @Test
    void twoRecordsAtOnceBothChain() throws Exception {
        record("2026-Q2", "2026-06-30");
        // the first holds the ledger lock for two seconds before its commit; the second must wait for it
        Process first = start(Map.of(), List.of("-D" + HistoryStore.PAUSE_BEFORE_COMMIT + "=2000"), "record",
                Cli.example().toString(), "--db", db(), "--label", "first", "-q");
        Process second = start(Map.of(), List.of(), "record", Cli.example().toString(), "--db", db(), "--label", "second",
                "-q");
        for (Process p : List.of(first, second)) {
            p.getOutputStream().close();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(err).isZero();
        }
        JsonNode runs = JSON.readTree(Cli.run("history", "--db", db(), "--format", "json").out()).get("runs");
        assertThat(runs).hasSize(3);
        List<String> labels = new ArrayList<>();
        runs.forEach(r -> labels.add(r.get("label").asText()));
        assertThat(labels.subList(1, 3)).containsExactlyInAnyOrder("first", "second");
        assertThat(Cli.run("verify-history", "--db", db()).exitCode()).isZero();
    }

    @Test
    void aRecordKilledHalfWayLeavesNoHalfRun() throws Exception {
        record("2026-Q3", "2026-09-30");
        Process p = start(Map.of(), List.of("-D" + HistoryStore.PAUSE_BEFORE_COMMIT + "=600000"), "record",
                Cli.example().toString(), "--db", db(), "--label", "killed", "-q");
        p.getOutputStream().close();
        // wait until the run is inserted (not committed), then kill the JVM outright
        StringBuilder err = new StringBuilder();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            err.append(line).append('\n');
            if (line.contains("test hook: run 2 inserted")) {
                break;
            }
        }
        assertThat(err.toString()).contains("test hook: run 2 inserted");
        p.destroyForcibly();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

        Cli verify = Cli.run("verify-history", "--db", db());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("intact: 1 run ");
        Cli list = Cli.run("history", "--db", db());
        assertThat(list.out()).contains("1 run in", "#1  2026-Q3").doesNotContain("killed");
        // and the next record takes the place the killed one never had
        record("2026-Q4", "2026-12-31");
        assertThat(Cli.run("verify-history", "--db", db()).out()).startsWith("intact: 2 runs");
        assertThat(Files.exists(dir.resolve("store/neverout.mv.db"))).isTrue();
    }
}
