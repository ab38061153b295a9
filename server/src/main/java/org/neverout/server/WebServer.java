package org.neverout.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The embedded web application of {@code neverout serve}: pages, the JSON API and the static assets,
 * all served from the jar (nothing from a CDN), with a {@code Content-Security-Policy} of
 * {@code default-src 'self'} on every answer.
 */
public final class WebServer {
    /** Sent on every answer: nothing is loaded, framed or posted anywhere but this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private WebServer() {
    }

    /** The application, configured but not started. */
    public static Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        });
    }
}
