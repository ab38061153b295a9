package org.neverout.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log ({@code audit_entry}), chained like the run ledger (docs/SECURITY.md).
 *
 * @param seq      1, 2, 3, ... in the order of appending
 * @param at       when it happened (kept to the millisecond)
 * @param actor    who did it: a user name, {@code webhook}, {@code system}, or the name tried at a failed login
 * @param action   what, as a dotted word: {@code login.ok}, {@code login.failed}, {@code user.create}, ...
 * @param detail   the particulars in plain words (never a password or token)
 * @param prevHash the hash of entry {@code seq - 1}; 64 zeros for the first
 * @param hash     {@link AuditHash#of} over the fields above
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String detail, String prevHash, String hash) {
    /** The longest actor kept (longer ones are cut, with an ellipsis). */
    public static final int MAX_ACTOR = 200;
    /** The longest action kept. */
    public static final int MAX_ACTION = 64;
    /** The longest detail kept (longer ones are cut, with an ellipsis). */
    public static final int MAX_DETAIL = 4000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
