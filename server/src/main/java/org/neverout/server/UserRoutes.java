package org.neverout.server;

import java.util.Map;
import java.util.Set;

import org.neverout.history.UserAccount;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/users}, {@code POST /api/users} {@code {"username", "password", "role"}} (201) and
 * {@code PATCH /api/users/{username}} {@code {"role"?, "disabled"?, "password"?}}: admins only.
 */
final class UserRoutes {
    private UserRoutes() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/users", ctx -> {
            Access.require(ctx, Role.ADMIN);
            ctx.json(Map.of("users", context.users().all().stream().map(UserAdmin::json).toList()));
        });
        routes.post("/api/users", ctx -> {
            SessionUser admin = Access.require(ctx, Role.ADMIN);
            ObjectNode body = ServerJson.object(ctx, Set.of("username", "password", "role"));
            UserAccount created = UserAdmin.create(context, admin.username(), ServerJson.text(body, "username", true),
                    ServerJson.text(body, "password", true), ServerJson.text(body, "role", true));
            ctx.status(201).json(UserAdmin.json(created));
        });
        routes.patch("/api/users/{username}", ctx -> {
            SessionUser admin = Access.require(ctx, Role.ADMIN);
            ObjectNode body = ServerJson.object(ctx, Set.of("role", "disabled", "password"));
            UserAccount changed = UserAdmin.change(context, admin.username(), ctx.pathParam("username"),
                    ServerJson.text(body, "role", false), ServerJson.bool(body, "disabled"),
                    ServerJson.text(body, "password", false));
            ctx.json(UserAdmin.json(changed));
        });
    }
}
