package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.testtools.Response;

/** Every refusal of the platform's routes: no session, no CSRF token, wrong role, bad JSON, oversize, errors. */
class AccessTest {
    /** The platform's API routes that need a session, with a body that would be accepted. */
    static final List<String[]> SESSION_ROUTES = List.of(
            new String[] {"GET", "/api/session", null},
            new String[] {"DELETE", "/api/session", null},
            new String[] {"POST", "/api/session/password", "{\"current\":\"x\",\"new\":\"a-long-password\"}"},
            new String[] {"GET", "/api/users", null},
            new String[] {"POST", "/api/users", "{\"username\":\"new\",\"password\":\"a-long-password\",\"role\":\"viewer\"}"},
            new String[] {"PATCH", "/api/users/viewer", "{\"role\":\"analyst\"}"},
            new String[] {"GET", "/api/audit", null},
            new String[] {"GET", "/api/openapi.json", null});

    @TempDir
    Path dir;

    @Test
    void everyRouteButTheLoginAnswers401WithoutASession() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (String[] route : SESSION_ROUTES) {
                Response r = c.call(route[0], route[1], route[2], null);
                assertThat(r.code()).as(route[0] + " " + route[1]).isEqualTo(401);
                assertThat(TestServer.node(r).get("error").asText()).as(route[1]).isNotBlank();
            }
            assertThat(c.call("GET", "/health", null, null).code()).isEqualTo(200);
        });
    }

    @Test
    void everyStateChangingRouteAnswers403WithoutTheCsrfToken() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            TestServer.Login noToken = new TestServer.Login(admin.cookie(), null, null);
            TestServer.Login badToken = new TestServer.Login(admin.cookie(), admin.csrf() + "x", null);
            TestServer.Login otherSessionsToken = new TestServer.Login(admin.cookie(), c.as("analyst").csrf(), null);
            for (String[] route : SESSION_ROUTES) {
                if (route[0].equals("GET")) {
                    continue;
                }
                for (TestServer.Login who : List.of(noToken, badToken, otherSessionsToken)) {
                    assertThat(c.call(route[0], route[1], route[2], who).code()).as(route[0] + " " + route[1]).isEqualTo(403);
                }
            }
            // nothing changed
            assertThat(t.context.users().find("new")).isEmpty();
            assertThat(t.context.users().find("viewer").orElseThrow().role()).isEqualTo("viewer");
        });
    }

    @Test
    void adminRoutesAnswer403ToAnalystsAndViewers() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (String user : List.of("viewer", "analyst")) {
                TestServer.Login who = c.as(user);
                for (String[] route : SESSION_ROUTES) {
                    if (!route[1].startsWith("/api/users") && !route[1].equals("/api/audit")) {
                        continue;
                    }
                    Response r = c.call(route[0], route[1], route[2], who);
                    assertThat(r.code()).as(user + " " + route[0] + " " + route[1]).isEqualTo(403);
                    assertThat(TestServer.node(r).get("error").asText()).contains("admin role");
                }
                assertThat(c.call("GET", "/api/openapi.json", null, who).code()).isEqualTo(200);
            }
        });
    }

    @Test
    void badJsonIs400WithAMessageAndNoStackTrace() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            Map<String, String> bodies = Map.of(
                    "{\"username\": \"x\", ", "not valid JSON",
                    "[1, 2]", "must be a JSON object",
                    "", "empty",
                    "{\"username\":\"a\",\"password\":\"b\"} trailing", "not valid JSON",
                    "{\"username\":\"a\",\"username\":\"b\",\"password\":\"c\",\"role\":\"viewer\"}", "not valid JSON",
                    "{\"username\":7,\"password\":\"a-long-password\",\"role\":\"viewer\"}", "'username' must be a string",
                    "{\"username\":\"ok\",\"password\":\"a-long-password\",\"role\":\"viewer\",\"extra\":1}", "unknown field(s) extra");
            bodies.forEach((body, message) -> {
                Response r = c.call("POST", "/api/users", body, admin);
                assertThat(r.code()).as(body).isEqualTo(400);
                assertThat(TestServer.node(r).get("error").asText()).as(body).contains(message);
                assertThat(r.body().string()).doesNotContain("\tat ").doesNotContain("Exception");
            });
            Response form = c.call("POST", "/api/users", "username=x&password=a-long-password&role=viewer", admin,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(form.code()).isEqualTo(415);
            assertThat(TestServer.node(form).get("error").asText()).contains("Content-Type: application/json");
            Response login = c.call("POST", "/api/session", "{not json", null);
            assertThat(login.code()).isEqualTo(400);
            assertThat(c.call("POST", "/api/session", "{\"username\":\"admin\"}", null).code()).isEqualTo(400);
        });
    }

    @Test
    void aBodyOverTheLimitIs413() {
        TestServer t = new TestServer(dir, s -> s.withMaxRequestBytes(4096));
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            String big = "{\"username\":\"big\",\"password\":\"" + "p".repeat(5000) + "\",\"role\":\"viewer\"}";
            Response r = c.call("POST", "/api/users", big, admin);
            assertThat(r.code()).isEqualTo(413);
            assertThat(TestServer.node(r).get("error").asText()).isNotBlank();
            assertThat(c.call("POST", "/api/session", big, null).code()).isEqualTo(413);
            assertThat(t.context.users().find("big")).isEmpty();
        });
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndUnknownRoutesAreJson404() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (String path : List.of("/health", "/login", "/api/users", "/api/nothing-here", "/static/app.css",
                    "/webjars/leaflet/1.9.4/dist/leaflet.js")) {
                Response r = c.call("GET", path, null, null);
                assertThat(r.headers().get("Content-Security-Policy")).as(path).singleElement().asString()
                        .startsWith("default-src 'self'").contains("frame-ancestors 'none'");
                assertThat(r.headers().get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
                assertThat(r.headers().get("Referrer-Policy")).as(path).containsExactly("same-origin");
                assertThat(r.headers().get("Strict-Transport-Security")).as(path + ": plain HTTP").isNull();
                assertThat(r.headers().get("Server")).as(path).isNull();
            }
            Response missing = c.call("GET", "/api/nothing-here", null, c.as("viewer"));
            assertThat(missing.code()).isEqualTo(404);
            assertThat(TestServer.node(missing).get("error").asText()).contains("/api/nothing-here");
        });
    }

    @Test
    void aCrossOriginStateChangeIsRefusedEvenWithTheToken() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            String body = "{\"username\":\"evil\",\"password\":\"a-long-password\",\"role\":\"admin\"}";
            Response r = c.call("POST", "/api/users", body, admin, Map.of("Origin", "https://evil.example"));
            assertThat(r.code()).isEqualTo(403);
            assertThat(c.call("POST", "/api/session", "{\"username\":\"admin\",\"password\":\"x\"}", null,
                    Map.of("Origin", "https://evil.example")).code()).isEqualTo(403);
            assertThat(t.context.users().find("evil")).isEmpty();
        });
    }
}
