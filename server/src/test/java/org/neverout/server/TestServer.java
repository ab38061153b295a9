package org.neverout.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;
import org.neverout.history.UserAccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestConfig;

/**
 * A server over a fresh H2 store in a temporary directory, on 127.0.0.1 and a free port, with a
 * clock the test moves and three accounts: admin, analyst, viewer (password: NAME + "-password!").
 * The HTTP client keeps no cookies: each call says which session it sends.
 */
final class TestServer {
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final ServerContext context;
    final Javalin app;

    TestServer(Path dir) {
        this(dir, s -> s);
    }

    TestServer(Path dir, java.util.function.UnaryOperator<ServerSettings> tune) {
        this(new StoreLocation("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "", "--db"), tune);
    }

    TestServer(StoreLocation location, java.util.function.UnaryOperator<ServerSettings> tune) {
        ServerSettings settings = tune.apply(ServerSettings.defaults(Path.of("model.yaml")).withPort(0));
        context = ServerContext.of(settings, HistoryStore.open(location), clock);
        for (Role role : Role.values()) {
            context.users().insert(new UserAccount(role.id(), context.hasher().hash(password(role.id())), role.id(),
                    clock.instant(), false));
        }
        app = WebServer.create(context);
    }

    static String password(String user) {
        return user + "-password!";
    }

    /** Runs {@code test} against the started server. */
    void run(Consumer<Client> test) {
        JavalinTest.test(app, new TestConfig(false, false, java.net.http.HttpClient.newHttpClient()),
                (server, client) -> test.accept(new Client(client)));
    }

    /** A signed-in client's credentials. */
    record Login(String cookie, String csrf, Response response) {
        String sessionId() {
            return cookie.substring(cookie.indexOf('=') + 1);
        }
    }

    /** A thin HTTP client: method, path, JSON body, and the session (cookie and CSRF token) to send. */
    static final class Client {
        final HttpClient http;

        Client(HttpClient http) {
            this.http = http;
        }

        Response call(String method, String path, String body, Login login, Map<String, String> headers) {
            return http.request(path, b -> {
                if (login != null) {
                    b.header("Cookie", login.cookie());
                    if (login.csrf() != null) {
                        b.header(SecurityFilters.CSRF_HEADER, login.csrf());
                    }
                }
                if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                    b.header("Content-Type", "application/json");
                }
                headers.forEach(b::header);
                java.net.http.HttpRequest.BodyPublisher publisher = body == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body);
                switch (method) {
                    case "GET" -> b.get();
                    case "POST" -> b.post(publisher);
                    case "PUT" -> b.put(publisher);
                    case "PATCH" -> b.patch(publisher);
                    case "DELETE" -> b.delete(publisher);
                    default -> throw new IllegalArgumentException(method);
                }
            });
        }

        Response call(String method, String path, String body, Login login) {
            return call(method, path, body, login, Map.of());
        }

        Response login(String user, String password) {
            return call("POST", "/api/session", json(Map.of("username", user, "password", password)), null);
        }

        /** Logs in (must succeed) and answers the cookie and token. */
        Login as(String user) {
            Response r = login(user, password(user));
            if (r.code() != 200) {
                throw new AssertionError("login of " + user + ": " + r.code() + " " + r.body().string());
            }
            return new Login(sessionCookie(r), node(r).get("csrf").asText(), r);
        }
    }

    /** "neverout_session=ID" from the answer's Set-Cookie. */
    static String sessionCookie(Response r) {
        for (String header : setCookies(r)) {
            if (header.startsWith(SessionCookie.NAME + "=")) {
                return header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        throw new AssertionError("no session cookie in " + r.headers().get("Set-Cookie"));
    }

    static List<String> setCookies(Response r) {
        List<String> all = r.headers().get("Set-Cookie");
        return all == null ? List.of() : new ArrayList<>(all);
    }

    static JsonNode node(Response r) {
        try {
            return JSON.readTree(r.body().string());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body().string(), e);
        }
    }

    static String json(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(fields));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
