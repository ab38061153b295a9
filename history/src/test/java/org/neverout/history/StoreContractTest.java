package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's contract, run unchanged on every database the store supports (H2 and a real
 * PostgreSQL): what is recorded is read back exactly, the chain verifies, and an edited field, a
 * deleted run or reordered runs are each detected and named.
 */
abstract class StoreContractTest {
    /** A fresh, empty store for one test. */
    abstract StoreLocation freshStore() throws Exception;

    /** Exports analysis_run as CSV with a header, the way docs/HISTORY.md tells an auditor to. */
    abstract void exportCsv(StoreLocation location, Path csv) throws Exception;

    static RunContent content(int n) {
        // newlines, quotes, non-ASCII and a large text: what the store must keep byte for byte
        String model = "name: net-" + n + "\nsites:\n  - id: s1 # Zürich ‘quoted’ \"x\"\n" + "x".repeat(70_000) + "\n";
        String results = "{\"model\": \"net-" + n + "\", \"summary\": {\"services_in_breach\": " + n
                + ", \"services_meeting\": 2, \"services_unverified\": 0},\n \"findings\": [{\"kind\": \"never-out\"}]}\n";
        return RunContent.of("2026-Q" + n, Instant.parse("2026-12-01T02:00:00.123456Z").plusSeconds(n),
                LocalDate.of(2026, 9, 30).plusDays(n), "net-" + n, model, results, "0.1.0-SNAPSHOT", "analyst");
    }

    static void sql(StoreLocation store, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(store.jdbcUrl(), store.user(), store.driverPassword());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    static HistoryStore storeWith(StoreLocation location, int runs) {
        HistoryStore store = HistoryStore.open(location);
        for (int i = 1; i <= runs; i++) {
            store.record(content(i));
        }
        return store;
    }

    @Test
    void recordedRunsReadBackExactlyOldestFirstAndChained() throws Exception {
        HistoryStore store = storeWith(freshStore(), 3);
        List<AnalysisRun> runs = store.runs();
        assertThat(runs).extracting(AnalysisRun::id).containsExactly(1L, 2L, 3L);
        for (int i = 0; i < 3; i++) {
            assertThat(runs.get(i).content()).isEqualTo(content(i + 1));
        }
        assertThat(runs.get(0).prevHash()).isEqualTo(LedgerHash.GENESIS);
        assertThat(runs.get(1).prevHash()).isEqualTo(runs.get(0).hash());
        assertThat(runs.get(2).prevHash()).isEqualTo(runs.get(1).hash());
        assertThat(store.head()).isEqualTo(new LedgerHead(3, runs.get(2).hash()));
        assertThat(store.verify()).isEqualTo(new LedgerCheck(3, true, null, null, null));
    }

    @Test
    void anEmptyStoreIsIntactAndReopeningDoesNotMigrateAgain() throws Exception {
        StoreLocation location = freshStore();
        assertThat(HistoryStore.open(location).verify().intact()).isTrue();
        HistoryStore again = storeWith(location, 1);
        assertThat(HistoryStore.open(location).runs()).hasSize(1);
        assertThat(again.verify().intact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "label = 'edited'",
        "results_json = '{}'",
        "model_text = 'name: other'",
        "model_sha256 = '0000000000000000000000000000000000000000000000000000000000000000'",
        "recorded_at = TIMESTAMP WITH TIME ZONE '2026-12-01 02:00:02.124+00:00'",
        "as_of = DATE '2020-01-01'",
        "recorded_by = 'mallory'",
        "neverout_version = '9.9'",
        "model_name = 'x'"})
    void anEditedFieldIsDetectedAndTheRunNamed(String assignment) throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        sql(location, "UPDATE analysis_run SET " + assignment + " WHERE id = 2");
        LedgerCheck check = store.verify();
        assertThat(check.intact()).as(assignment).isFalse();
        assertThat(check.brokenId()).isEqualTo(2L);
        assertThat(check.reason()).contains("edited");
    }

    @Test
    void anEditedHashIsDetected() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        sql(location, "UPDATE analysis_run SET hash = '" + "1".repeat(64) + "' WHERE id = 3");
        assertThat(store.verify()).extracting(LedgerCheck::intact, LedgerCheck::brokenId).containsExactly(false, 3L);
    }

    @Test
    void aDeletedRunIsDetectedAndTheRunAfterItNamed() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 4);
        sql(location, "DELETE FROM analysis_run WHERE id = 2");
        LedgerCheck check = store.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenId()).isEqualTo(3L);
        assertThat(check.brokenLabel()).isEqualTo("2026-Q3");
        assertThat(check.reason()).contains("deleted");
    }

    @Test
    void aDeletedRunWithItsIdsRenumberedIsDetected() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        sql(location, "DELETE FROM analysis_run WHERE id = 2", "UPDATE analysis_run SET id = 2 WHERE id = 3",
                "UPDATE ledger_head SET last_run_id = 2");
        assertThat(store.verify()).extracting(LedgerCheck::intact, LedgerCheck::brokenId).containsExactly(false, 2L);
    }

    @Test
    void aDeletedLastRunIsDetectedByTheLedgerHead() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        sql(location, "DELETE FROM analysis_run WHERE id = 3");
        LedgerCheck check = store.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.reason()).contains("run(s) after 2 deleted");
    }

    @Test
    void reorderedRunsAreDetected() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        sql(location, "UPDATE analysis_run SET id = 99 WHERE id = 1", "UPDATE analysis_run SET id = 1 WHERE id = 2",
                "UPDATE analysis_run SET id = 2 WHERE id = 99");
        LedgerCheck check = store.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenId()).isEqualTo(1L);
        assertThat(check.brokenLabel()).isEqualTo("2026-Q2");
        assertThat(check.reason()).contains("reordered");
    }

    @Test
    void concurrentRecordsNeverBreakTheChain() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore.open(location);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AnalysisRun>> tasks = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                int n = i;
                // each thread opens its own store, as concurrent processes do
                tasks.add(() -> HistoryStore.open(location).record(content(n)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<AnalysisRun> f : pool.invokeAll(tasks)) {
                ids.add(f.get().id());
            }
            assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        } finally {
            pool.shutdownNow();
        }
        HistoryStore store = HistoryStore.open(location);
        assertThat(store.runs()).hasSize(12);
        assertThat(store.verify().intact()).isTrue();
    }

    @Test
    void aStoreOfANewerSchemaIsRefused() throws Exception {
        StoreLocation location = freshStore();
        storeWith(location, 1);
        // Flyway's own table: quoted lower-case names on H2, as Flyway creates it there (the same on PostgreSQL)
        sql(location, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'someone', 1, TRUE)");
        assertThatThrownBy(() -> HistoryStore.open(location)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("schema version 99, newer than this NeverOut knows (2)");
    }

    @Test
    void aWrongPasswordIsRefusedInPlainWords() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore.open(location);
        StoreLocation wrong = new StoreLocation(location.url(), location.user(), "wrong-" + location.password(),
                location.source(), location.fileKey());
        assertThatThrownBy(() -> HistoryStore.open(wrong)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("wrong user name or password").hasMessageNotContaining("wrong-");
    }

    @Test
    void theRecipeRecomputedIndependentlyMatchesEveryStoredHash() throws Exception {
        StoreLocation location = freshStore();
        storeWith(location, 3);
        assertThat(IndependentLedgerCheck.check(location)).isEqualTo(3);
    }

    @Test
    void theAuditorsScriptRecomputesTheLedgerFromACsvExport(@TempDir Path dir) throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = storeWith(location, 3);
        Path csv = dir.resolve("runs.csv");
        exportCsv(location, csv);
        assertThat(auditScript(csv, "--last-hash", store.head().lastHash())).startsWith("0 intact: 3 runs");
        assertThat(auditScript(csv, "--last-hash", LedgerHash.GENESIS)).startsWith("1 BROKEN: the last run");

        sql(location, "UPDATE analysis_run SET results_json = '{}' WHERE id = 2");
        exportCsv(location, csv);
        assertThat(auditScript(csv)).startsWith("1 BROKEN: run 2 (2026-Q2)").contains("edited");
        sql(location, "DELETE FROM analysis_run WHERE id = 1");
        exportCsv(location, csv);
        assertThat(auditScript(csv)).startsWith("1 BROKEN: run 2 (2026-Q2): expected id 1");
    }

    /** Runs tools/verify_history.py; returns its exit code, a space and its output. */
    static String auditScript(Path csv, String... args) throws Exception {
        Path script = Path.of("..", "tools", "verify_history.py").toAbsolutePath().normalize();
        boolean python = false;
        try {
            python = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            // no python3 here: the Java re-implementation of the recipe still runs
        }
        Assumptions.assumeTrue(python, "python3 is not installed");
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), csv.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + " " + out;
    }
}
