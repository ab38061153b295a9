package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.testtools.Response;

/** The platform's pages: the login form, redirects to /login, the users page, logout; no inline script. */
class PagesTest {
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @TempDir
    Path dir;

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void pagesRedirectToLoginWithoutASession() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            Response r = c.call("GET", "/users", null, null, Map.of("Accept", "text/html"));
            assertThat(r.code()).isEqualTo(303);
            assertThat(r.headers().get("Location")).containsExactly("/login");
            Response signedIn = c.call("GET", "/login", null, c.as("viewer"));
            assertThat(signedIn.code()).as("signed in already").isEqualTo(303);
            Response login = c.call("GET", "/login", null, null);
            assertThat(login.code()).isEqualTo(200);
            assertThat(login.headers().get("Content-Type").get(0).replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8");
            assertThat(login.body().string()).contains("<form method=\"post\" action=\"/login\">")
                    .contains("autocomplete=\"current-password\"").doesNotContain("<script>").doesNotContain("onclick")
                    .doesNotContain("http://").doesNotContain("https://");
        });
    }

    @Test
    void theLoginFormSignsInAndRedirectsAndAWrongPasswordShowsAnError() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            Response wrong = c.call("POST", "/login", form(Map.of("username", "admin", "password", "nope")), null, FORM);
            assertThat(wrong.code()).isEqualTo(401);
            assertThat(wrong.body().string()).contains("Wrong user name or password.").contains("value=\"admin\"");
            assertThat(TestServer.setCookies(wrong)).isEmpty();

            Response ok = c.call("POST", "/login", form(Map.of("username", "admin", "password", TestServer.password("admin"))),
                    null, FORM);
            assertThat(ok.code()).isEqualTo(303);
            assertThat(ok.headers().get("Location")).containsExactly("/");
            TestServer.Login admin = new TestServer.Login(TestServer.sessionCookie(ok), null, ok);
            Response users = c.call("GET", "/users", null, admin);
            assertThat(users.code()).isEqualTo(200);
            String html = users.body().string();
            assertThat(html).contains("<a class=\"user\" href=\"/account\">admin</a>").contains(">Log out</button>")
                    .contains("href=\"/map\"").contains("href=\"/users\" aria-current=\"page\"")
                    .contains("<td>analyst</td>").contains("<meta name=\"csrf-token\"")
                    .doesNotContain("<script>").doesNotContain("argon2");
        });
    }

    @Test
    void theUsersPageIsForAdminsAndItsFormCreatesAUserWithTheCsrfField() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login viewer = c.as("viewer");
            Response forbidden = c.call("GET", "/users", null, viewer, Map.of("Accept", "text/html"));
            assertThat(forbidden.code()).isEqualTo(403);
            assertThat(forbidden.body().string()).contains("admin role");
            assertThat(c.call("GET", "/users", null, c.as("analyst")).body().string()).doesNotContain("href=\"/users\"");

            TestServer.Login admin = c.as("admin");
            TestServer.Login cookieOnly = new TestServer.Login(admin.cookie(), null, null);
            Map<String, String> user = Map.of("username", "page.user", "password", "twelve chars!", "role", "analyst");
            assertThat(c.call("POST", "/users", form(user), cookieOnly, FORM).code()).as("no csrf field").isEqualTo(403);
            assertThat(t.context.users().find("page.user")).isEmpty();

            Map<String, String> withToken = new java.util.HashMap<>(user);
            withToken.put("csrf", admin.csrf());
            Response created = c.call("POST", "/users", form(withToken), cookieOnly, FORM);
            assertThat(created.code()).isEqualTo(200);
            assertThat(created.body().string()).contains("Created page.user (analyst).");
            assertThat(t.context.users().find("page.user").orElseThrow().role()).isEqualTo("analyst");

            Response duplicate = c.call("POST", "/users", form(withToken), cookieOnly, FORM);
            assertThat(duplicate.code()).isEqualTo(409);
            assertThat(duplicate.body().string()).contains("exists already");
            withToken.put("username", "x2");
            withToken.put("password", "short");
            Response weak = c.call("POST", "/users", form(withToken), cookieOnly, FORM);
            assertThat(weak.code()).isEqualTo(400);
            assertThat(weak.body().string()).contains("at least 12 are required");
        });
    }

    @Test
    void theLogoutFormEndsTheSession() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            TestServer.Login admin = c.as("admin");
            TestServer.Login cookieOnly = new TestServer.Login(admin.cookie(), null, null);
            assertThat(c.call("POST", "/logout", "", cookieOnly, FORM).code()).isEqualTo(403);
            Response out = c.call("POST", "/logout", form(Map.of("csrf", admin.csrf())), cookieOnly, FORM);
            assertThat(out.code()).isEqualTo(303);
            assertThat(out.headers().get("Location")).containsExactly("/login");
            assertThat(c.call("GET", "/api/session", null, admin).code()).isEqualTo(401);
        });
    }

    @Test
    void fiveFailedFormLoginsBlockTheNextWith429() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                c.call("POST", "/login", form(Map.of("username", "viewer", "password", "nope" + i)), null, FORM);
            }
            Response blocked = c.call("POST", "/login", form(Map.of("username", "viewer", "password",
                    TestServer.password("viewer"))), null, FORM);
            assertThat(blocked.code()).isEqualTo(429);
            assertThat(blocked.headers().get("Retry-After")).containsExactly("900");
            assertThat(blocked.body().string()).contains("too many failed logins");
        });
    }

    @Test
    void theAccountPageChangesOnesOwnPassword() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            assertThat(c.call("GET", "/account", null, null, Map.of("Accept", "text/html")).code()).isEqualTo(303);
            TestServer.Login viewer = c.as("viewer");
            Response page = c.call("GET", "/account", null, viewer);
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body().string()).contains("Signed in as <strong>viewer</strong>")
                    .contains("name=\"csrf\" value=\"" + viewer.csrf() + "\"");
            TestServer.Login cookieOnly = new TestServer.Login(viewer.cookie(), null, null);
            String current = TestServer.password("viewer");
            Response differ = c.call("POST", "/account", form(Map.of("csrf", viewer.csrf(), "current", current,
                    "new", "a-brand-new-password", "confirm", "another-new-password")), cookieOnly, FORM);
            assertThat(differ.code()).isEqualTo(400);
            assertThat(differ.body().string()).contains("differ");
            Response wrong = c.call("POST", "/account", form(Map.of("csrf", viewer.csrf(), "current", "not-it",
                    "new", "a-brand-new-password", "confirm", "a-brand-new-password")), cookieOnly, FORM);
            assertThat(wrong.code()).isEqualTo(403);
            assertThat(wrong.body().string()).contains("the current password is wrong");
            Response ok = c.call("POST", "/account", form(Map.of("csrf", viewer.csrf(), "current", current,
                    "new", "a-brand-new-password", "confirm", "a-brand-new-password")), cookieOnly, FORM);
            assertThat(ok.code()).isEqualTo(200);
            assertThat(ok.body().string()).contains("Password changed");
            assertThat(c.call("GET", "/api/session", null, viewer).code()).isEqualTo(401);
            assertThat(c.call("GET", "/api/session", null, new TestServer.Login(TestServer.sessionCookie(ok), null, null))
                    .code()).isEqualTo(200);
            assertThat(c.login("viewer", "a-brand-new-password").code()).isEqualTo(200);
        });
    }
}
