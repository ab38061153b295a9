package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.testtools.Response;

/** POST/GET/DELETE /api/session: credentials, cookie attributes, rotation, logout, timeouts, rate limit. */
class SessionApiTest {
    @TempDir
    Path dir;

    @Test
    void loginAnswersTheCsrfTokenAndAStrictHttpOnlyCookieWithoutSecureOverHttp() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            Response r = c.login("analyst", TestServer.password("analyst"));
            assertThat(r.code()).isEqualTo(200);
            assertThat(TestServer.node(r).get("csrf").asText()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(TestServer.node(r).get("role").asText()).isEqualTo("analyst");
            String cookie = TestServer.setCookies(r).stream().filter(h -> h.startsWith("neverout_session=")).findFirst().orElseThrow();
            assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                    .containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Secure");
            TestServer.Login me = new TestServer.Login(TestServer.sessionCookie(r), null, r);
            Response who = c.call("GET", "/api/session", null, me);
            assertThat(who.code()).isEqualTo(200);
            assertThat(TestServer.node(who).get("username").asText()).isEqualTo("analyst");
        });
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            Response wrong = c.login("admin", "not-the-password");
            Response unknown = c.login("nobody", "not-the-password");
            Response disabledLike = c.login("x".repeat(500), "not-the-password");
            for (Response r : new Response[] {wrong, unknown, disabledLike}) {
                assertThat(r.code()).isEqualTo(401);
                assertThat(r.body().string()).isEqualTo("{\"error\":\"wrong user name or password\"}");
                assertThat(TestServer.setCookies(r)).isEmpty();
            }
        });
    }

    @Test
    void theSessionIdChangesAtLoginAndThePlantedOneIsNotSignedIn() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login first = c.as("viewer");
            // log in again while sending the first session's cookie: a new id, and the old one ends
            Response again = c.call("POST", "/api/session", TestServer.json(Map.of("username", "viewer",
                    "password", TestServer.password("viewer"))), new TestServer.Login(first.cookie(), null, null));
            assertThat(again.code()).isEqualTo(200);
            String second = TestServer.sessionCookie(again);
            assertThat(second).isNotEqualTo(first.cookie());
            assertThat(c.call("GET", "/api/session", null, first).code()).isEqualTo(401);
            assertThat(c.call("GET", "/api/session", null, new TestServer.Login(second, null, null)).code()).isEqualTo(200);
            // a made-up id is no session
            assertThat(c.call("GET", "/api/session", null, new TestServer.Login("neverout_session=made-up", null, null))
                    .code()).isEqualTo(401);
        });
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login me = c.as("viewer");
            Response out = c.call("DELETE", "/api/session", null, me);
            assertThat(out.code()).isEqualTo(200);
            assertThat(TestServer.setCookies(out)).anySatisfy(h -> assertThat(h).startsWith("neverout_session=;")
                    .containsIgnoringCase("Expires=Thu, 01 Jan 1970"));
            assertThat(c.call("GET", "/api/session", null, me).code()).isEqualTo(401);
            assertThat(c.call("DELETE", "/api/session", null, me).code()).isEqualTo(401);
        });
    }

    @Test
    void logoutNeedsTheCsrfToken() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login me = c.as("viewer");
            Response r = c.call("DELETE", "/api/session", null, new TestServer.Login(me.cookie(), null, null));
            assertThat(r.code()).isEqualTo(403);
            assertThat(TestServer.node(r).get("error").asText()).contains("X-CSRF-Token");
            assertThat(c.call("DELETE", "/api/session", null, new TestServer.Login(me.cookie(), "wrong", null)).code())
                    .isEqualTo(403);
            assertThat(c.call("GET", "/api/session", null, me).code()).isEqualTo(200);
        });
    }

    @Test
    void sessionsEndAfterTheIdleTimeAndAfterTheAbsoluteTime() {
        TestServer t = new TestServer(dir, s -> s.withSessionTimeouts(Duration.ofMinutes(30), Duration.ofHours(8)));
        t.run(c -> {
            TestServer.Login idle = c.as("viewer");
            t.clock.advance(Duration.ofMinutes(29));
            assertThat(c.call("GET", "/api/session", null, idle).code()).isEqualTo(200);
            t.clock.advance(Duration.ofMinutes(29));
            assertThat(c.call("GET", "/api/session", null, idle).code()).as("touched 29 min ago").isEqualTo(200);
            t.clock.advance(Duration.ofMinutes(30));
            assertThat(c.call("GET", "/api/session", null, idle).code()).as("idle 30 min").isEqualTo(401);

            TestServer.Login busy = c.as("viewer");
            for (int i = 0; i < 16; i++) {
                t.clock.advance(Duration.ofMinutes(29));
                assertThat(c.call("GET", "/api/session", null, busy).code()).as("after " + (i + 1) * 29 + " min").isEqualTo(200);
            }
            t.clock.advance(Duration.ofMinutes(29));
            assertThat(c.call("GET", "/api/session", null, busy).code()).as("8 h after login").isEqualTo(401);
        });
    }

    @Test
    void fiveFailuresForOneUserBlockItForFifteenMinutesWithRetryAfter() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(c.login("analyst", "wrong password " + i).code()).isEqualTo(401);
                t.clock.advance(Duration.ofMinutes(1));
            }
            Response blocked = c.login("analyst", TestServer.password("analyst"));
            assertThat(blocked.code()).as("even the right password, while blocked").isEqualTo(429);
            // the first failure was at 0 min, now is 5 min: 10 minutes left
            assertThat(blocked.headers().get("Retry-After")).containsExactly("600");
            assertThat(TestServer.node(blocked).get("error").asText()).contains("too many failed logins");
            t.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            assertThat(c.login("analyst", TestServer.password("analyst")).code()).isEqualTo(429);
            t.clock.advance(Duration.ofSeconds(1));
            assertThat(c.login("analyst", TestServer.password("analyst")).code()).isEqualTo(200);
        });
    }

    @Test
    void fiveFailuresFromOneAddressBlockEveryUserFromIt() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(c.login("user" + i, "wrong password").code()).isEqualTo(401);
            }
            assertThat(c.login("viewer", TestServer.password("viewer")).code()).isEqualTo(429);
            t.clock.advance(LoginThrottle.WINDOW);
            assertThat(c.login("viewer", TestServer.password("viewer")).code()).isEqualTo(200);
        });
    }

    @Test
    void aSuccessfulLoginForgetsTheUsersEarlierFailures() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
                assertThat(c.login("admin", "wrong").code()).isEqualTo(401);
            }
            assertThat(c.login("admin", TestServer.password("admin")).code()).isEqualTo(200);
            // the address still counts 4; one more failure by another name reaches its limit
            assertThat(c.login("admin", "wrong").code()).isEqualTo(401);
            assertThat(c.login("viewer", TestServer.password("viewer")).code()).isEqualTo(429);
        });
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndEverySessionEnds() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login elsewhere = c.as("viewer");
            TestServer.Login me = c.as("viewer");
            String current = TestServer.password("viewer");
            Response wrong = c.call("POST", "/api/session/password", TestServer.json(Map.of("current", "not-it",
                    "new", "a-brand-new-password")), me);
            assertThat(wrong.code()).isEqualTo(403);
            assertThat(c.call("POST", "/api/session/password", TestServer.json(Map.of("current", current,
                    "new", "short")), me).code()).isEqualTo(400);
            assertThat(c.call("POST", "/api/session/password", TestServer.json(Map.of("current", current,
                    "new", current)), me).code()).isEqualTo(400);
            assertThat(c.call("POST", "/api/session/password", TestServer.json(Map.of("current", current,
                    "new", "a-brand-new-password")), new TestServer.Login(me.cookie(), null, null)).code())
                    .as("no CSRF token").isEqualTo(403);

            Response ok = c.call("POST", "/api/session/password", TestServer.json(Map.of("current", current,
                    "new", "a-brand-new-password")), me);
            assertThat(ok.code()).isEqualTo(200);
            TestServer.Login renewed = new TestServer.Login(TestServer.sessionCookie(ok), TestServer.node(ok).get("csrf").asText(), ok);
            assertThat(renewed.cookie()).isNotEqualTo(me.cookie());
            assertThat(c.call("GET", "/api/session", null, me).code()).isEqualTo(401);
            assertThat(c.call("GET", "/api/session", null, elsewhere).code()).isEqualTo(401);
            assertThat(c.call("GET", "/api/session", null, renewed).code()).isEqualTo(200);
            assertThat(c.login("viewer", current).code()).isEqualTo(401);
            assertThat(c.login("viewer", "a-brand-new-password").code()).isEqualTo(200);
            assertThat(t.context.audit().log().entries()).extracting(e -> e.action())
                    .contains(Audit.PASSWORD_CHANGE_FAILED, Audit.PASSWORD_CHANGE);
        });
    }
}
