package org.neverout.server;

import java.time.Duration;
import java.util.Optional;

import org.neverout.history.UserAccount;

/**
 * One login attempt, as both the API ({@code POST /api/session}) and the form ({@code POST /login})
 * make it: refused at once while the user name or the address is throttled; otherwise the password
 * is verified against the stored Argon2id hash, or against a dummy hash when there is no such
 * (enabled) account, so that an unknown user costs the same time and gets the same answer as a
 * wrong password. Every outcome is audited. One Argon2id verification per attempt.
 */
public final class Login {
    /** The one answer to wrong credentials, whatever was wrong. */
    public static final String REFUSED = "wrong user name or password";
    /** The longest user name looked up (longer ones cannot exist). */
    static final int MAX_USERNAME = 64;

    private Login() {
    }

    /** What came of an attempt. */
    public sealed interface Outcome permits SignedIn, Refused, Blocked {
    }

    /** Signed in: the new session (a new id; the caller ends the old one). */
    public record SignedIn(Session session) implements Outcome {
    }

    /** Wrong user name or password (or a disabled account): 401. */
    public record Refused() implements Outcome {
    }

    /** Too many failures lately: 429, try again after {@code retryAfter}. */
    public record Blocked(Duration retryAfter) implements Outcome {
    }

    /** Attempts a login of {@code username} with {@code password} from {@code address}. */
    public static Outcome attempt(ServerContext context, String username, String password, String address) {
        Optional<Duration> wait = context.throttle().blocked(username, address);
        if (wait.isPresent()) {
            context.audit().record(username, Audit.LOGIN_BLOCKED, "from " + address + ": too many failed logins, "
                    + "refused for " + wait.get().toSeconds() + " s more");
            return new Blocked(wait.get());
        }
        Optional<UserAccount> account = username.length() > MAX_USERNAME ? Optional.empty()
                : context.users().find(username);
        boolean ok;
        String why;
        if (account.isEmpty()) {
            ok = context.hasher().matchesNothing(password);
            why = "unknown user";
        } else if (account.get().disabled()) {
            ok = context.hasher().matchesNothing(password);
            why = "account disabled";
        } else {
            ok = context.hasher().matches(password, account.get().passwordHash());
            why = "wrong password";
        }
        Optional<Role> role = account.flatMap(a -> Role.of(a.role()));
        if (!ok || role.isEmpty()) {
            context.throttle().failed(username, address);
            context.audit().record(username, Audit.LOGIN_FAILED, "from " + address + ": " + why);
            return new Refused();
        }
        context.throttle().succeeded(username);
        Session session = context.sessions().start(new SessionUser(username, role.get()));
        context.audit().record(username, Audit.LOGIN_OK, "from " + address + " as " + role.get().id());
        return new SignedIn(session);
    }
}
