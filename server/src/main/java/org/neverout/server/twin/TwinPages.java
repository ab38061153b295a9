package org.neverout.server.twin;

import java.util.HashMap;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import org.neverout.server.Access;
import org.neverout.server.PageFrame;
import org.neverout.server.Role;
import org.neverout.server.ServerContext;
import org.neverout.server.Session;
import org.neverout.server.Templates;

/**
 * The twin's pages after login: overview, map, services, live state, history, compliance and control.
 * Each is a frame (jte, type-checked at build time) whose script ({@code /static/twin-*.js}, no inline
 * script under the CSP) fills it from the JSON API and, where the page shows live data, refreshes on
 * the server-sent events. Without a session a page redirects to /login.
 */
final class TwinPages {
    private TwinPages() {
    }

    static void register(RoutesConfig routes, ServerContext context, Twin twin) {
        routes.get("/", ctx -> page(ctx, twin, "overview.jte", "Overview", "overview"));
        routes.get("/map", ctx -> page(ctx, twin, "map.jte", "Map", "map"));
        routes.get("/services", ctx -> page(ctx, twin, "services.jte", "Services", "services"));
        routes.get("/live", ctx -> page(ctx, twin, "live.jte", "Live state", "live"));
        routes.get("/history", ctx -> page(ctx, twin, "history.jte", "History", "history"));
        // browsers ask for it on every page; "no icon" without a 404 in the console
        routes.get("/favicon.ico", ctx -> ctx.status(204));
        routes.get("/compliance", ctx -> page(ctx, twin, "compliance.jte", "Compliance and control", "compliance"));
    }

    private static void page(Context ctx, Twin twin, String template, String title, String active) {
        Session session = Access.requireSession(ctx, Role.VIEWER);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", PageFrame.of(session, title, active));
        params.put("model", twin.model().current().model().name());
        params.put("problems", twin.model().problems().stream().map(Object::toString).toList());
        params.put("analyst", session.user().role().atLeast(Role.ANALYST));
        ctx.html(Templates.render(template, params));
    }
}
