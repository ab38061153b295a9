package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

/** GET /api/audit: what is recorded (logins, failures, logout, user changes), chained, and a tampered row shown. */
class AuditApiTest {
    @TempDir
    Path dir;

    @Test
    void loginsFailuresLogoutAndUserChangesAreRecordedWithWhoAndWhen() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            c.login("analyst", "wrong-password");
            c.login("ghost", "wrong-password");
            TestServer.Login viewer = c.as("viewer");
            c.call("DELETE", "/api/session", null, viewer);
            TestServer.Login admin = c.as("admin");
            c.call("POST", "/api/users", TestServer.json(Map.of("username", "new", "password", "a-long-password",
                    "role", "viewer")), admin);
            c.call("PATCH", "/api/users/new", "{\"role\":\"analyst\"}", admin);
            c.call("GET", "/api/users", null, c.as("analyst"));
            Response r = c.call("GET", "/api/audit", null, admin);
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = TestServer.node(r);
            assertThat(body.get("intact").asBoolean()).isTrue();
            List<String> lines = new java.util.ArrayList<>();
            for (JsonNode e : body.get("entries")) {
                lines.add(e.get("actor").asText() + " " + e.get("action").asText() + " " + e.get("detail").asText());
                assertThat(e.get("at").asText()).isEqualTo("2026-12-01T08:00:00Z");
                assertThat(e.get("hash").asText()).hasSize(64);
            }
            assertThat(lines).containsExactly(
                    "analyst login.failed from 127.0.0.1: wrong password",
                    "ghost login.failed from 127.0.0.1: unknown user",
                    "viewer login.ok from 127.0.0.1 as viewer",
                    "viewer logout from 127.0.0.1",
                    "admin login.ok from 127.0.0.1 as admin",
                    "admin user.create created user new with role viewer",
                    "admin user.change changed user new: role viewer -> analyst",
                    "analyst login.ok from 127.0.0.1 as analyst",
                    "analyst access.denied GET /api/users: this needs the admin role; analyst is analyst");
            JsonNode entries = body.get("entries");
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).get("prev_hash").asText()).isEqualTo(entries.get(i - 1).get("hash").asText());
                assertThat(entries.get(i).get("seq").asLong()).isEqualTo(i + 1);
            }
            assertThat(r.body().string()).doesNotContain("wrong-password").doesNotContain("a-long-password");
            Response last2 = c.call("GET", "/api/audit?limit=2", null, admin);
            assertThat(TestServer.node(last2).get("entries").findValuesAsText("action")).containsExactly("login.ok", "access.denied");
            assertThat(c.call("GET", "/api/audit?limit=0", null, admin).code()).isEqualTo(400);
            assertThat(c.call("GET", "/api/audit?limit=many", null, admin).code()).isEqualTo(400);
        });
    }

    @Test
    void aTamperedRowIsReportedByTheApi() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            c.login("analyst", "wrong-password");
            c.as("viewer");
            try (Connection conn = DriverManager.getConnection(t.context.store().location().jdbcUrl(), "sa", "");
                 Statement s = conn.createStatement()) {
                s.execute("UPDATE audit_entry SET detail = 'from 127.0.0.1: nothing to see' WHERE seq = 1");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            Response r = c.call("GET", "/api/audit", null, c.as("admin"));
            JsonNode body = TestServer.node(r);
            assertThat(body.get("intact").asBoolean()).isFalse();
            assertThat(body.get("broken_seq").asLong()).isEqualTo(1);
            assertThat(body.get("problem").asText()).contains("a stored field was edited");
        });
    }
}
