package org.neverout.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;

import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;
import org.neverout.history.UserAccount;
import org.neverout.io.ModelFiles;
import org.neverout.server.twin.LiveModel;
import org.neverout.server.twin.Twin;

/**
 * {@link TestServer} with the twin: the model file served (not watched: tests call
 * {@code twin.model().refresh()}), a webhook token file or none, and the {@link TestAssessor}. Accounts
 * admin, analyst, viewer as in TestServer.
 */
final class TwinTestServer implements AutoCloseable {
    static final Path EXAMPLE = Path.of("..", "examples", "nafin-example.yaml");
    static final String TOKEN = "0123456789abcdef-webhook-token";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final ServerContext context;
    final Twin twin;
    final Javalin app;

    TwinTestServer(Path dir, Path model, Path tokenFile) {
        ServerSettings settings = ServerSettings.defaults(model).withPort(0).withWebhookTokenFile(tokenFile);
        context = ServerContext.of(settings, HistoryStore.open(new StoreLocation(
                "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "", "--db")), clock);
        for (Role role : Role.values()) {
            context.users().insert(new UserAccount(role.id(), context.hasher().hash(TestServer.password(role.id())),
                    role.id(), clock.instant(), false));
        }
        String token;
        try {
            token = tokenFile == null ? null : java.nio.file.Files.readString(tokenFile).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        twin = Twin.start(LiveModel.load(model, ModelFiles::load, clock), new TestAssessor(), token, clock, false);
        app = WebServer.create(context, twin);
    }

    void run(Consumer<TestServer.Client> test) {
        JavalinTest.test(app, new TestConfig(false, false, java.net.http.HttpClient.newHttpClient()),
                (server, client) -> test.accept(new TestServer.Client(client)));
    }

    @Override
    public void close() {
        twin.close();
    }
}
