package org.neverout.server;

import java.time.Instant;

/**
 * A server-side session: the random id its cookie carries, who signed in, the CSRF token the pages
 * and API clients send back in {@code X-CSRF-Token}, and its times (for the idle and absolute timeouts).
 */
public record Session(String id, SessionUser user, String csrf, Instant createdAt, Instant lastSeenAt) {
    Session seenAt(Instant now) {
        return new Session(id, user, csrf, createdAt, now);
    }

    @Override
    public String toString() {
        // id and token are secrets: never in a log line
        return "Session[" + user.username() + ", since " + createdAt + "]";
    }
}
