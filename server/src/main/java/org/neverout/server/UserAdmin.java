package org.neverout.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.neverout.history.UserAccount;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.NotFoundResponse;

/**
 * Creating and changing accounts, as the API and the Users page both do it: every input validated
 * (400 naming what is wrong), a taken name 409, each change audited and the changed user's sessions
 * ended (a new role or a disabled account applies at once). An admin cannot demote or disable
 * themself, so the last admin cannot lock everyone out by mistake. One Argon2id hash per password.
 */
public final class UserAdmin {
    /** User names: lower-case letters, digits, dot, dash, underscore; 1 to 64, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private UserAdmin() {
    }

    /** Creates {@code username} with {@code password} and role {@code roleId}, by {@code actor}. */
    public static UserAccount create(ServerContext context, String actor, String username, String password, String roleId) {
        checkUsername(username);
        Role role = role(roleId);
        String weak = PasswordHasher.weakness(password);
        if (weak != null) {
            throw new BadRequestResponse(weak);
        }
        UserAccount account = new UserAccount(username, context.hasher().hash(password), role.id(),
                context.clock().instant(), false);
        if (!context.users().insert(account)) {
            throw new ConflictResponse("user '" + username + "' exists already");
        }
        context.audit().record(actor, Audit.USER_CREATE, "created user " + username + " with role " + role.id());
        return context.users().find(username).orElse(account);
    }

    /**
     * Changes {@code username}: a new role, enabled or disabled, a new password (each null: unchanged).
     *
     * @throws NotFoundResponse when there is no such user
     */
    public static UserAccount change(ServerContext context, String actor, String username, String roleId,
            Boolean disabled, String password) {
        UserAccount old = context.users().find(username)
                .orElseThrow(() -> new NotFoundResponse("no user '" + username + "'"));
        if (roleId == null && disabled == null && password == null) {
            throw new BadRequestResponse("nothing to change: give role, disabled or password");
        }
        Role role = roleId == null ? role(old.role()) : role(roleId);
        boolean off = disabled == null ? old.disabled() : disabled;
        if (username.equals(actor) && (role != Role.ADMIN || off)) {
            throw new BadRequestResponse("you cannot take the admin role from, or disable, your own account");
        }
        if (password != null) {
            String weak = PasswordHasher.weakness(password);
            if (weak != null) {
                throw new BadRequestResponse(weak);
            }
        }
        StringBuilder what = new StringBuilder("changed user " + username + ":");
        if (!role.id().equals(old.role())) {
            what.append(" role ").append(old.role()).append(" -> ").append(role.id());
        }
        if (off != old.disabled()) {
            what.append(off ? " disabled" : " enabled");
        }
        if (password != null) {
            context.users().setPasswordHash(username, context.hasher().hash(password));
            what.append(" password set");
        }
        context.users().update(username, role.id(), off);
        context.sessions().endAllOf(username);
        context.audit().record(actor, Audit.USER_CHANGE, what.toString());
        return context.users().find(username).orElseThrow();
    }

    /** An account as the API shows it (never the hash). */
    public static Map<String, Object> json(UserAccount account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", account.username());
        out.put("role", account.role());
        out.put("created", account.createdAt().toString());
        out.put("disabled", account.disabled());
        return out;
    }

    static void checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw new BadRequestResponse("username is missing");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new BadRequestResponse("username '" + abbreviate(username) + "' is not 1 to 64 lower-case letters, "
                    + "digits, '.', '-' or '_' starting with a letter or digit");
        }
    }

    private static Role role(String roleId) {
        if (roleId == null || roleId.isEmpty()) {
            throw new BadRequestResponse("role is missing: " + Role.choices());
        }
        return Role.of(roleId).orElseThrow(() -> new BadRequestResponse("unknown role '" + abbreviate(roleId)
                + "': " + Role.choices()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "...";
    }
}
