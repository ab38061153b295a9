package org.neverout.server;

import java.time.Clock;
import java.util.Objects;

import org.neverout.history.AuditLog;
import org.neverout.history.HistoryStore;
import org.neverout.history.UserStore;

/**
 * What the handlers share: the settings, the store (runs, accounts, audit log in one database), the
 * audit, the password hasher, the sessions, the login throttle, the clock and the pages' classification marking (injectable, so that
 * timeouts and rate limits are tested without sleeping).
 */
public record ServerContext(ServerSettings settings, HistoryStore store, UserStore users, Audit audit,
        PasswordHasher hasher, Sessions sessions, LoginThrottle throttle, Clock clock, PageMarking marking) {
    public ServerContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(marking, "marking");
    }

    /** The context over an opened store, with fresh sessions and throttle on {@code clock}. */
    public static ServerContext of(ServerSettings settings, HistoryStore store, Clock clock) {
        return new ServerContext(settings, store, new UserStore(store), new Audit(new AuditLog(store), clock),
                new PasswordHasher(), new Sessions(clock, settings.sessionIdle(), settings.sessionMax()),
                new LoginThrottle(clock), clock, new PageMarking());
    }
}
