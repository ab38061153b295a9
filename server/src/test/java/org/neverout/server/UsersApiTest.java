package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.testtools.Response;

/** GET/POST /api/users and PATCH /api/users/{name}: validation, duplicates, role changes applied at once. */
class UsersApiTest {
    @TempDir
    Path dir;

    @Test
    void anAdminCreatesAUserWhoCanLogInWithTheirRoleAndTheHashIsArgon2id() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            Response created = c.call("POST", "/api/users", TestServer.json(Map.of("username", "ana.lyst",
                    "password", "a sentence of words", "role", "analyst")), admin);
            assertThat(created.code()).isEqualTo(201);
            assertThat(TestServer.node(created).get("role").asText()).isEqualTo("analyst");
            assertThat(created.body().string()).doesNotContain("argon2").doesNotContain("a sentence of words");
            String hash = t.context.users().find("ana.lyst").orElseThrow().passwordHash();
            assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("a sentence of words");
            Response login = c.login("ana.lyst", "a sentence of words");
            assertThat(login.code()).isEqualTo(200);
            assertThat(TestServer.node(login).get("role").asText()).isEqualTo("analyst");
            Response list = c.call("GET", "/api/users", null, admin);
            assertThat(list.code()).isEqualTo(200);
            assertThat(TestServer.node(list).get("users").findValuesAsText("username"))
                    .containsExactly("admin", "ana.lyst", "analyst", "viewer");
            assertThat(list.body().string()).doesNotContain("argon2");
        });
    }

    @Test
    void invalidUsersAre400WithAMessageAndDuplicates409() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            Map<Map<String, String>, String> cases = Map.of(
                    Map.of("username", "Upper", "password", "a-long-password", "role", "viewer"), "lower-case",
                    Map.of("username", "", "password", "a-long-password", "role", "viewer"), "username is missing",
                    Map.of("username", "x".repeat(65), "password", "a-long-password", "role", "viewer"), "1 to 64",
                    Map.of("username", "new", "password", "short", "role", "viewer"), "at least 12",
                    Map.of("username", "new", "password", "p".repeat(129), "role", "viewer"), "at most 128",
                    Map.of("username", "new", "password", "a-long-password", "role", "root"), "unknown role 'root'",
                    Map.of("username", "new", "password", "a-long-password", "role", ""), "role is missing",
                    Map.of("username", "<script>", "password", "a-long-password", "role", "viewer"), "lower-case");
            cases.forEach((body, message) -> {
                Response r = c.call("POST", "/api/users", TestServer.json(body), admin);
                assertThat(r.code()).as(body.toString()).isEqualTo(400);
                assertThat(TestServer.node(r).get("error").asText()).as(body.toString()).contains(message);
            });
            Response twice = c.call("POST", "/api/users", TestServer.json(Map.of("username", "viewer",
                    "password", "a-long-password", "role", "admin")), admin);
            assertThat(twice.code()).isEqualTo(409);
            assertThat(t.context.users().find("viewer").orElseThrow().role()).isEqualTo("viewer");
            assertThat(t.context.users().count()).isEqualTo(3);
        });
    }

    @Test
    void aRoleChangeOrADisabledAccountEndsThatUsersSessionsAtOnce() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            TestServer.Login viewer = c.as("viewer");
            Response promoted = c.call("PATCH", "/api/users/viewer", "{\"role\":\"analyst\"}", admin);
            assertThat(promoted.code()).isEqualTo(200);
            assertThat(c.call("GET", "/api/session", null, viewer).code()).isEqualTo(401);
            TestServer.Login again = c.as("viewer");
            assertThat(TestServer.node(again.response()).get("role").asText()).isEqualTo("analyst");

            assertThat(c.call("PATCH", "/api/users/viewer", "{\"disabled\":true}", admin).code()).isEqualTo(200);
            assertThat(c.call("GET", "/api/session", null, again).code()).isEqualTo(401);
            Response refused = c.login("viewer", TestServer.password("viewer"));
            assertThat(refused.code()).isEqualTo(401);
            assertThat(TestServer.node(refused).get("error").asText()).isEqualTo(Login.REFUSED);

            assertThat(c.call("PATCH", "/api/users/viewer", "{\"disabled\":false,\"password\":\"a-brand-new-password\"}",
                    admin).code()).isEqualTo(200);
            assertThat(c.login("viewer", TestServer.password("viewer")).code()).isEqualTo(401);
            assertThat(c.login("viewer", "a-brand-new-password").code()).isEqualTo(200);
        });
    }

    @Test
    void anAdminCannotDemoteOrDisableThemselfAndUnknownUsersAre404() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            assertThat(c.call("PATCH", "/api/users/admin", "{\"role\":\"viewer\"}", admin).code()).isEqualTo(400);
            assertThat(c.call("PATCH", "/api/users/admin", "{\"disabled\":true}", admin).code()).isEqualTo(400);
            assertThat(c.call("PATCH", "/api/users/nobody", "{\"role\":\"viewer\"}", admin).code()).isEqualTo(404);
            assertThat(c.call("PATCH", "/api/users/viewer", "{}", admin).code()).isEqualTo(400);
            assertThat(c.call("PATCH", "/api/users/viewer", "{\"disabled\":\"yes\"}", admin).code()).isEqualTo(400);
            assertThat(t.context.users().find("admin").orElseThrow().role()).isEqualTo("admin");
        });
    }
}
