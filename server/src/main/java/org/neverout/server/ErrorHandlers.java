package org.neverout.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.neverout.history.HistoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * Every failure answers {@code {"error": "message"}} with its status, never a stack trace: refusals
 * (400, 401, 403, 404, 409, 413, 429) carry their message; anything unexpected is a 500 with an
 * incident id, the exception going to the server's log only. On a page (not /api) a missing session
 * is a redirect to /login instead of a 401. A 403 of a signed-in user is audited.
 */
public final class ErrorHandlers {
    /** Detail key of a 429 refusal: seconds until the client may try again (sent as Retry-After). */
    public static final String RETRY_AFTER = "retry_after_s";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 403) {
                // every failed access decision of a signed-in user is audited (ASVS 7.2.2)
                Access.session(ctx).ifPresent(s -> context.audit().record(s.user().username(), Audit.ACCESS_DENIED,
                        ctx.method() + " " + ctx.path() + ": " + e.getMessage()));
            }
            refusal(e, ctx);
        });
        routes.exception(JsonProcessingException.class, (e, ctx) ->
                answer(ctx, 400, "the request body is not valid JSON: " + e.getOriginalMessage(), Map.of()));
        routes.exception(HistoryException.class, (e, ctx) -> {
            String incident = incident();
            LOG.error("incident {}: the store failed on {} {}: {}", incident, ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 503, "the store is not available (incident " + incident + ", see the server log)", Map.of());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = incident();
            LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error (incident " + incident + ", see the server log)", Map.of());
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "no such page or route: " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), Map.of());
            }
        });
    }

    private static void refusal(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 401 && !isApi(ctx)) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        if (status >= 300 && status < 400) {
            // a redirect thrown by a handler: keep Javalin's own handling of its Location
            ctx.status(status);
            return;
        }
        if (status == 429 && e.getDetails().containsKey(RETRY_AFTER)) {
            ctx.header("Retry-After", e.getDetails().get(RETRY_AFTER));
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? HttpStatus.forStatus(status).getMessage() : e.getMessage();
        answer(ctx, status, message, e.getDetails());
    }

    /** Writes the error answer: JSON for the API (and any client asking for JSON), a short page otherwise. */
    static void answer(Context ctx, int status, String message, Map<String, String> details) {
        ctx.status(status);
        if (isApi(ctx) || !acceptsHtml(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            details.forEach(body::put);
            ctx.json(body);
        } else {
            ctx.html(Templates.render("error.jte", Map.of("status", status, "message", message)));
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
