package org.neverout.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * {@code POST /api/session} (log in: {@code {"username", "password"}} -> {@code {"csrf", "username",
 * "role"}} and the session cookie), {@code GET /api/session} (who is signed in, and the token again),
 * {@code POST /api/session/password} {@code {"current", "new"}} (change one's own password) and
 * {@code DELETE /api/session} (log out).
 */
final class SessionRoutes {
    private SessionRoutes() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        routes.post("/api/session", ctx -> login(ctx, context));
        routes.get("/api/session", ctx -> {
            Session session = Access.requireSession(ctx, Role.VIEWER);
            ctx.json(answer(session));
        });
        routes.post("/api/session/password", ctx -> changePassword(ctx, context));
        routes.delete("/api/session", ctx -> {
            Session session = Access.requireSession(ctx, Role.VIEWER);
            logout(ctx, context, session);
            ctx.json(Map.of("status", "signed out"));
        });
    }

    private static void login(Context ctx, ServerContext context) {
        ObjectNode body = ServerJson.object(ctx, Set.of("username", "password"));
        String username = ServerJson.text(body, "username", true);
        String password = ServerJson.text(body, "password", true);
        Login.Outcome outcome = Login.attempt(context, username, password, ctx.ip());
        if (outcome instanceof Login.Blocked blocked) {
            throw tooMany(blocked);
        }
        if (!(outcome instanceof Login.SignedIn in)) {
            throw new UnauthorizedResponse(Login.REFUSED);
        }
        signIn(ctx, context, in.session());
        ctx.json(answer(in.session()));
    }

    private static void changePassword(Context ctx, ServerContext context) {
        Session session = Access.requireSession(ctx, Role.VIEWER);
        ObjectNode body = ServerJson.object(ctx, Set.of("current", "new"));
        Session renewed = OwnPassword.change(context, session, ServerJson.text(body, "current", true),
                ServerJson.text(body, "new", true), ctx.ip());
        SessionCookie.set(ctx, renewed, context.settings().tls());
        ctx.json(answer(renewed));
    }

    /** Ends the session the request came with (if any: a new id at every login) and sets the new one. */
    static void signIn(Context ctx, ServerContext context, Session session) {
        context.sessions().end(SessionCookie.read(ctx, context.settings().tls()));
        SessionCookie.set(ctx, session, context.settings().tls());
    }

    static void logout(Context ctx, ServerContext context, Session session) {
        context.sessions().end(session.id());
        SessionCookie.clear(ctx, context.settings().tls());
        context.audit().record(session.user().username(), Audit.LOGOUT, "from " + ctx.ip());
    }

    static TooManyRequestsResponse tooMany(Login.Blocked blocked) {
        long seconds = Math.max(1, blocked.retryAfter().toSeconds() + (blocked.retryAfter().toNanosPart() > 0 ? 1 : 0));
        return new TooManyRequestsResponse("too many failed logins; try again in " + seconds + " s",
                Map.of(ErrorHandlers.RETRY_AFTER, Long.toString(seconds)));
    }

    private static Map<String, Object> answer(Session session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("csrf", session.csrf());
        out.put("username", session.user().username());
        out.put("role", session.user().role().id());
        return out;
    }
}
