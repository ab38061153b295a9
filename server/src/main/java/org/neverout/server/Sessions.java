package org.neverout.server;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions, in memory: a restart signs everyone out, which is acceptable for a tool a few
 * people use and keeps session ids out of the database. Ids and CSRF tokens are 256 random bits
 * (SecureRandom, URL-safe Base64). A session ends after {@code idle} without a request or {@code max}
 * after login. Every operation is O(1) expected; expired sessions are swept on login, O(sessions).
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration max;

    public Sessions(Clock clock, Duration idle, Duration max) {
        this.clock = clock;
        this.idle = idle;
        this.max = max;
    }

    /**
     * A new session for {@code user}, with a new id: the id a client had before login (if any) is
     * ended by the caller, so a planted id never becomes a signed-in one (session fixation).
     */
    public Session start(SessionUser user) {
        sweep();
        Instant now = clock.instant();
        Session session = new Session(randomToken(), user, randomToken(), now, now);
        byId.put(session.id(), session);
        return session;
    }

    /** The live session of {@code id}, touched (its idle time restarts); empty when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byId.remove(id, session);
            return Optional.empty();
        }
        Session touched = session.seenAt(now);
        byId.replace(id, session, touched);
        return Optional.of(touched);
    }

    /** Ends the session {@code id} (logout); nothing when there is none. */
    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends every session of {@code username} (disabled account, changed role or password). */
    public void endAllOf(String username) {
        byId.values().removeIf(s -> s.user().username().equals(username));
    }

    /** How many sessions are live now. */
    public int count() {
        sweep();
        return byId.size();
    }

    /** Whether {@code given} is the CSRF token of {@code session}, compared in constant time. */
    public static boolean csrfMatches(Session session, String given) {
        return given != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeenAt().plus(idle)) || !now.isBefore(s.createdAt().plus(max));
    }

    private void sweep() {
        Instant now = clock.instant();
        byId.values().removeIf(s -> expired(s, now));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
