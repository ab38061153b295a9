package org.neverout.server;

import java.util.HashMap;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * The platform's pages: {@code /login} (a plain form POST, so no script is needed to sign in),
 * {@code POST /logout}, {@code /account} (change one's own password), and {@code /users} (admins: the accounts and a form to add one). Forms carry
 * the session's CSRF token in a hidden {@code csrf} field ({@link SecurityFilters}).
 */
final class PageRoutes {
    private PageRoutes() {
    }

    static void register(RoutesConfig routes, ServerContext context) {
        routes.get("/login", ctx -> {
            if (Access.session(ctx).isPresent()) {
                ctx.redirect("/", HttpStatus.SEE_OTHER);
                return;
            }
            loginPage(ctx, null, "");
        });
        routes.post("/login", ctx -> {
            String username = field(ctx, "username");
            String password = field(ctx, "password");
            if (username.isEmpty() || password.isEmpty()) {
                ctx.status(400);
                loginPage(ctx, "Give a user name and a password.", username);
                return;
            }
            Login.Outcome outcome = Login.attempt(context, username, password, ctx.ip());
            if (outcome instanceof Login.SignedIn in) {
                SessionRoutes.signIn(ctx, context, in.session());
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            } else if (outcome instanceof Login.Blocked blocked) {
                HttpResponseException e = SessionRoutes.tooMany(blocked);
                ctx.status(429).header("Retry-After", e.getDetails().get(ErrorHandlers.RETRY_AFTER));
                loginPage(ctx, e.getMessage() + ".", username);
            } else {
                ctx.status(401);
                loginPage(ctx, "Wrong user name or password.", username);
            }
        });
        routes.post("/logout", ctx -> {
            Session session = Access.requireSession(ctx, Role.VIEWER);
            SessionRoutes.logout(ctx, context, session);
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        });
        routes.get("/account", ctx -> accountPage(ctx, Access.requireSession(ctx, Role.VIEWER), null, null));
        routes.post("/account", ctx -> {
            Session session = Access.requireSession(ctx, Role.VIEWER);
            if (!field(ctx, "new").equals(field(ctx, "confirm"))) {
                ctx.status(400);
                accountPage(ctx, session, "The new password and its confirmation differ.", null);
                return;
            }
            try {
                Session renewed = OwnPassword.change(context, session, field(ctx, "current"), field(ctx, "new"), ctx.ip());
                SessionCookie.set(ctx, renewed, context.settings().tls());
                accountPage(ctx, renewed, null, "Password changed; every other session of yours has ended.");
            } catch (HttpResponseException e) {
                if (e.getStatus() != 400 && e.getStatus() != 403 && e.getStatus() != 429) {
                    throw e;
                }
                ctx.status(e.getStatus());
                accountPage(ctx, session, e.getMessage() + ".", null);
            }
        });
        routes.get("/users", ctx -> usersPage(ctx, context, null, null));
        routes.post("/users", ctx -> {
            Session session = Access.requireSession(ctx, Role.ADMIN);
            try {
                var created = UserAdmin.create(context, session.user().username(), field(ctx, "username"),
                        field(ctx, "password"), field(ctx, "role"));
                usersPage(ctx, context, null, "Created " + created.username() + " (" + created.role() + ").");
            } catch (HttpResponseException e) {
                if (e.getStatus() != 400 && e.getStatus() != 409) {
                    throw e;
                }
                ctx.status(e.getStatus());
                usersPage(ctx, context, e.getMessage(), null);
            }
        });
    }

    private static void usersPage(Context ctx, ServerContext context, String error, String notice) {
        Session session = Access.requireSession(ctx, Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", PageFrame.of(session, "Users", "users"));
        params.put("users", context.users().all());
        params.put("error", error);
        params.put("notice", notice);
        ctx.html(Templates.render("users.jte", params));
    }

    private static void accountPage(Context ctx, Session session, String error, String notice) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", PageFrame.of(session, "Account", "account"));
        params.put("error", error);
        params.put("notice", notice);
        ctx.html(Templates.render("account.jte", params));
    }

    private static void loginPage(Context ctx, String error, String username) {
        Map<String, Object> params = new HashMap<>();
        params.put("error", error);
        params.put("username", username);
        ctx.html(Templates.render("login.jte", params));
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
