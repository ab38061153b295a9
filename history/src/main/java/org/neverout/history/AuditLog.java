package org.neverout.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The web application's audit log ({@code audit_entry}, migration V2), chained by SHA-256
 * ({@link AuditHash}) in the same database as the runs. An append is one transaction that locks the
 * one-row {@code audit_head} ({@code SELECT ... FOR UPDATE}) so concurrent appends chain one after
 * the other. O(1) per append; reading and verifying are O(entries).
 */
public final class AuditLog {
    private static final String COLUMNS = "seq, at, actor, action, detail, prev_hash, hash";

    private final HistoryStore store;

    /** The audit log of an opened (migrated) store. */
    public AuditLog(HistoryStore store) {
        this.store = store;
    }

    /**
     * Appends an entry. {@code at} is kept to the millisecond (as hashed); an actor or detail longer
     * than the column is cut with an ellipsis, control characters become spaces (one entry, one line).
     */
    public AuditEntry append(Instant at, String actor, String action, String detail) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        String who = clean(actor, AuditEntry.MAX_ACTOR);
        String what = clean(action, AuditEntry.MAX_ACTION);
        String details = clean(detail, AuditEntry.MAX_DETAIL);
        return locked(c -> {
            c.setAutoCommit(false);
            try {
                long lastSeq;
                String lastHash;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")) {
                    if (!rs.next()) {
                        throw new HistoryException("the store's audit_head row is missing: the store was tampered with");
                    }
                    lastSeq = rs.getLong(1);
                    lastHash = rs.getString(2);
                }
                long seq = lastSeq + 1;
                AuditEntry entry = new AuditEntry(seq, when, who, what, details, lastHash,
                        AuditHash.of(lastHash, seq, when, who, what, details));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, seq);
                    s.setObject(2, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
                    s.setString(3, who);
                    s.setString(4, what);
                    s.setString(5, details);
                    s.setString(6, entry.prevHash());
                    s.setString(7, entry.hash());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    s.setLong(1, seq);
                    s.setString(2, entry.hash());
                    s.executeUpdate();
                }
                c.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        });
    }

    /** Every entry, oldest first. */
    public List<AuditEntry> entries() {
        return locked(AuditLog::read);
    }

    /** Recomputes the chain as stored, in one transaction (see {@link AuditVerifier}). */
    public AuditCheck verify() {
        return locked(c -> {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long lastSeq;
            String lastHash;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
                if (!rs.next()) {
                    c.commit();
                    return new AuditCheck(0, false, null, "the audit_head row is missing");
                }
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            List<AuditEntry> entries = read(c);
            c.commit();
            return AuditVerifier.verify(entries, lastSeq, lastHash);
        });
    }

    private static List<AuditEntry> read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            List<AuditEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
                        rs.getString("prev_hash"), rs.getString("hash")));
            }
            return List.copyOf(entries);
        }
    }

    private static String clean(String text, int max) {
        String flat = (text == null ? "" : text).codePoints()
                .map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private <T> T locked(UserStore.SqlWork<T> work) {
        return H2FileLock.with(store.location(), HistoryStore.LOCK_TIMEOUT_MS, () -> {
            try (Connection c = store.connect()) {
                return work.run(c);
            } catch (SQLException e) {
                throw store.failure("cannot use the audit log of", e);
            }
        });
    }
}
