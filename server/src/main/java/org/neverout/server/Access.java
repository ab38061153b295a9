package org.neverout.server;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * Who may do what. Every handler of a protected route starts with {@link #require}: the session was
 * resolved from its cookie before the handler ran ({@link SecurityFilters}), so this is O(1). On a
 * page (not /api) a missing session becomes a redirect to /login ({@link ErrorHandlers}).
 */
public final class Access {
    /** The request attribute holding the request's live {@link Session}. */
    static final String SESSION_ATTRIBUTE = "neverout.session";

    private Access() {
    }

    /**
     * The signed-in user when its role is at least {@code minimum}.
     *
     * @throws UnauthorizedResponse (401) without a live session
     * @throws ForbiddenResponse (403) when the user's role is below {@code minimum}
     */
    public static SessionUser require(Context ctx, Role minimum) {
        Session session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new UnauthorizedResponse("sign in first (POST /api/session)");
        }
        SessionUser user = session.user();
        if (!user.role().atLeast(minimum)) {
            throw new ForbiddenResponse("this needs the " + minimum.id() + " role; " + user.username() + " is "
                    + user.role().id());
        }
        return user;
    }

    /**
     * The request's session when its user's role is at least {@code minimum} (pages need its CSRF
     * token for their forms); refusals as {@link #require}.
     */
    public static Session requireSession(Context ctx, Role minimum) {
        require(ctx, minimum);
        return ctx.attribute(SESSION_ATTRIBUTE);
    }

    /** The request's live session, if any (no role check). */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }
}
