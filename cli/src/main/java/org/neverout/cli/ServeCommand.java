package org.neverout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

import org.neverout.history.HistoryStore;
import org.neverout.server.Audit;
import org.neverout.server.ServerContext;
import org.neverout.server.ServerSettings;
import org.neverout.server.ServerStartup;
import org.neverout.server.WebServer;
import org.neverout.server.twin.LiveModel;
import org.neverout.server.twin.Twin;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neverout serve MODEL}: the web application (docs/SECURITY.md). Every option is checked
 * before anything listens; then it prints the URL and serves until Ctrl-C or SIGTERM, when it stops
 * the server cleanly (requests in flight finish, the store is left consistent).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve MODEL as a secure web application: map, what-if, live state, history, users.",
        description = {
            "Starts an embedded web server (HTTPS with --tls-keystore) with the pages and the JSON API "
                + "described at /api/openapi.json. Users, the audit log and recorded runs live in the history "
                + "store (--db). Sign in at /login; on first start create the administrator 'admin' with "
                + "--init-admin-password-file (at least 12 characters).",
            "",
            "The TLS keystore (PKCS#12) password is read from the environment variable "
                + ServerSettings.TLS_PASSWORD_ENV + ". docs/SECURITY.md lists what is protected and how."})
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else "
                    + "without --tls-keystore is warned about.")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    HistoryDb db;

    @Option(names = "--init-admin-password-file", paramLabel = "FILE",
            description = "On first start (no user in the store), create user 'admin' (role admin) with the "
                    + "password in FILE (one final line break ignored; at least 12 characters). Ignored afterwards.")
    Path adminPasswordFile;

    @Option(names = "--webhook-token-file", paramLabel = "FILE",
            description = "The bearer token Prometheus Alertmanager sends to POST /api/alertmanager (at least 24 "
                    + "characters, e.g. openssl rand -hex 32 > FILE). Without it the webhook refuses every call.")
    Path webhookTokenFile;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS only, with the key and certificate in this PKCS#12 keystore (password in $"
                    + ServerSettings.TLS_PASSWORD_ENV + ").")
    Path tlsKeystore;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + ": expected 0 to 65535");
        }
        ServerSettings settings = ServerSettings.defaults(model).withBind(bind.strip()).withPort(port).withDb(db.db)
                .withAdminPasswordFile(adminPasswordFile).withWebhookTokenFile(webhookTokenFile)
                .withTls(tlsKeystore, System.getenv(ServerSettings.TLS_PASSWORD_ENV));
        ServerStartup.Secrets secrets;
        String warning;
        try {
            secrets = ServerStartup.check(settings);
            warning = ServerStartup.transportWarning(settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // the model must load now: a broken model is exit 2 before anything listens
        LiveModel live = LiveModel.load(model, file -> ModelInput.load(file, err), Clock.systemUTC());
        HistoryStore store = db.open();
        ServerContext context = ServerContext.of(settings, store, Clock.systemUTC());
        if (secrets.adminPassword() != null) {
            boolean created = HistoryDb.call(context, c -> ServerStartup.createFirstAdmin(c, secrets.adminPassword()));
            err.println(created ? "neverout: created user 'admin' (role admin) in " + store.location()
                    : "neverout: the store has users already; --init-admin-password-file ignored");
        } else if (HistoryDb.call(context.users(), u -> u.count()) == 0) {
            err.println("neverout: warning: the store " + store.location() + " has no user; nobody can sign in. "
                    + "Start once with --init-admin-password-file FILE");
        }
        if (warning != null) {
            err.println("neverout: warning: " + warning);
        }
        Twin twin = Twin.start(live, new CliRunAssessor(err), secrets.webhookToken(), Clock.systemUTC(), true);
        Javalin app = WebServer.create(context, twin);
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new UsageException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + rootMessage(e));
        }
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        String url = (settings.tls() ? "https" : "http") + "://" + host + ":" + app.port() + "/";
        context.audit().record("system", Audit.SERVER_START, "serving " + model.getFileName() + " at " + url);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("neverout: stopping");
            err.flush();
            app.stop();
            twin.close();
            stopped.countDown();
        }, "neverout-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("NeverOut serves " + model + " at " + url + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
