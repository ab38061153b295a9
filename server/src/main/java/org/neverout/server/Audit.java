package org.neverout.server;

import java.time.Clock;

import org.neverout.history.AuditCheck;
import org.neverout.history.AuditEntry;
import org.neverout.history.AuditLog;

/**
 * What the web application records in the audit log: who did what, when (the context's clock), in
 * the store's hash chain (docs/SECURITY.md). Actions are dotted words; the ones in use are the
 * constants below. Details never hold a password or token.
 */
public final class Audit {
    public static final String LOGIN_OK = "login.ok";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_BLOCKED = "login.blocked";
    public static final String LOGOUT = "logout";
    public static final String USER_CREATE = "user.create";
    public static final String USER_CHANGE = "user.change";
    public static final String SERVER_START = "server.start";
    public static final String ACCESS_DENIED = "access.denied";
    public static final String PASSWORD_CHANGE = "password.change";
    public static final String PASSWORD_CHANGE_FAILED = "password.change.failed";

    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Appends an entry now; {@code actor} is the user name, {@code webhook} or {@code system}. */
    public AuditEntry record(String actor, String action, String detail) {
        return log.append(clock.instant(), actor, action, detail);
    }

    /** The store's audit log (reading, verification). */
    public AuditLog log() {
        return log;
    }

    /** Recomputes the chain. */
    public AuditCheck verify() {
        return log.verify();
    }
}
