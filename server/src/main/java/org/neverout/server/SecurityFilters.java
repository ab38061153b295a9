package org.neverout.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;

/**
 * The before-handlers every request passes, in this order: security headers on every answer; the
 * session resolved from its cookie; then, for a state-changing method (POST, PUT, PATCH, DELETE), a
 * cross-origin {@code Origin} refused (403) and, except for the few routes that authenticate
 * otherwise ({@link #CSRF_EXEMPT}), a live session required (401) and its CSRF token required
 * (403) in the {@code X-CSRF-Token} header, or, for a form post of a page, in the {@code csrf} field.
 */
public final class SecurityFilters {
    /** Sent on every answer: nothing is loaded, framed or posted anywhere but this origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    /** The header carrying the session's CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The form field carrying it in the pages' forms. */
    public static final String CSRF_FIELD = "csrf";
    /** State-changing routes without a session or CSRF token: the logins and the webhook (bearer token). */
    static final Set<String> CSRF_EXEMPT = Set.of("POST /api/session", "POST /login", "POST /api/alertmanager");

    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private SecurityFilters() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        boolean tls = context.settings().tls();
        routes.before(ctx -> headers(ctx, tls));
        routes.before(ctx -> context.sessions().find(SessionCookie.read(ctx, tls))
                .ifPresent(session -> ctx.attribute(Access.SESSION_ATTRIBUTE, session)));
        routes.before(SecurityFilters::checkStateChange);
        // pages declare their encoding (ASVS 14.4.1); Javalin's ctx.html says only text/html
        routes.after(ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.strip().equalsIgnoreCase("text/html")) {
                ctx.contentType("text/html; charset=utf-8");
            }
            context.marking().apply(ctx);
        });
    }

    private static void headers(Context ctx, boolean tls) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" on a same-origin form
        // POST, which the cross-origin check below must refuse (the login form then never works)
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            // answers carry the state of a network and who signed in: never kept by a cache
            ctx.header("Cache-Control", "no-store");
        }
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private static void checkStateChange(Context ctx) {
        if (!STATE_CHANGING.contains(ctx.method())) {
            return;
        }
        refuseCrossOrigin(ctx);
        if (CSRF_EXEMPT.contains(ctx.method().name() + " " + ctx.path())) {
            return;
        }
        Session session = Access.session(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first (POST /api/session)"));
        String token = ctx.header(CSRF_HEADER);
        if (token == null && isForm(ctx)) {
            token = ctx.formParam(CSRF_FIELD);
        }
        if (token == null || token.isEmpty()) {
            throw new ForbiddenResponse("missing " + CSRF_HEADER + " header (the csrf value of POST /api/session)");
        }
        if (!Sessions.csrfMatches(session, token)) {
            throw new ForbiddenResponse("wrong " + CSRF_HEADER + " for this session");
        }
    }

    /** A browser names the page's origin on a state-changing request; another site's is refused. */
    private static void refuseCrossOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || ctx.path().equals("/api/alertmanager")) {
            return;
        }
        String host = ctx.header("Host");
        String originHost;
        try {
            URI uri = URI.create(origin.strip());
            originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host == null || originHost == null || !stripDefaultPort(originHost).equalsIgnoreCase(stripDefaultPort(host))) {
            throw new ForbiddenResponse("cross-origin request refused (Origin " + origin + ")");
        }
    }

    private static String stripDefaultPort(String hostPort) {
        String lower = hostPort.toLowerCase(Locale.ROOT);
        return lower.endsWith(":80") || lower.endsWith(":443") ? lower.substring(0, lower.lastIndexOf(':')) : lower;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
