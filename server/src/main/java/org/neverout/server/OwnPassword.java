package org.neverout.server;

import java.time.Duration;
import java.util.Optional;

import org.neverout.history.UserAccount;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * A user changes their own password (the API's {@code POST /api/session/password} and the
 * {@code /account} page): the current password is verified, a wrong one counting as a failed login
 * for the rate limit; the new one must be acceptable and different; then every session of the user
 * ends and a new one is started for this client. Two Argon2id operations.
 */
final class OwnPassword {
    private OwnPassword() {
    }

    /**
     * Changes the password of {@code session}'s user and answers the client's new session.
     *
     * @throws ForbiddenResponse when {@code current} is wrong (403)
     * @throws BadRequestResponse when {@code fresh} is not acceptable (400)
     * @throws io.javalin.http.TooManyRequestsResponse while the user or address is throttled (429)
     */
    static Session change(ServerContext context, Session session, String current, String fresh, String address) {
        String username = session.user().username();
        Optional<Duration> wait = context.throttle().blocked(username, address);
        if (wait.isPresent()) {
            throw SessionRoutes.tooMany(new Login.Blocked(wait.get()));
        }
        UserAccount account = context.users().find(username).filter(a -> !a.disabled())
                .orElseThrow(() -> new UnauthorizedResponse("sign in first (POST /api/session)"));
        if (!context.hasher().matches(current, account.passwordHash())) {
            context.throttle().failed(username, address);
            context.audit().record(username, Audit.PASSWORD_CHANGE_FAILED, "from " + address + ": wrong current password");
            throw new ForbiddenResponse("the current password is wrong");
        }
        String weak = PasswordHasher.weakness(fresh);
        if (weak != null) {
            throw new BadRequestResponse(weak.replace("password", "new password"));
        }
        if (fresh.equals(current)) {
            throw new BadRequestResponse("the new password is the current one");
        }
        context.users().setPasswordHash(username, context.hasher().hash(fresh));
        context.sessions().endAllOf(username);
        Session renewed = context.sessions().start(session.user());
        context.audit().record(username, Audit.PASSWORD_CHANGE, "from " + address + ": own password changed, "
                + "every session ended");
        return renewed;
    }
}
