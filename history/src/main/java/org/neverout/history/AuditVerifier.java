package org.neverout.history;

import java.util.List;

/**
 * Recomputes the audit chain: every entry's hash from its stored fields and the stored hash of the
 * entry before it, seq 1, 2, 3, ... without gap, and the audit head naming the last entry. An edited
 * field changes that entry's hash; a deleted entry leaves a gap; a deleted last entry disagrees with
 * the head. O(total size of the entries).
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    /** Checks {@code entries} (by seq) against each other and against the head ({@code lastSeq}, {@code lastHash}). */
    public static AuditCheck verify(List<AuditEntry> entries, long lastSeq, String lastHash) {
        String prev = LedgerHash.GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expected) {
                return new AuditCheck(entries.size(), false, e.seq(), "expected entry " + expected + " here, found "
                        + e.seq() + ": entries deleted");
            }
            if (!e.prevHash().equals(prev)) {
                return new AuditCheck(entries.size(), false, e.seq(), "prev_hash is not the hash of the entry before it: "
                        + "an entry was deleted, inserted or reordered");
            }
            String hash = AuditHash.of(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.detail());
            if (!hash.equals(e.hash())) {
                return new AuditCheck(entries.size(), false, e.seq(), "stored hash " + e.hash()
                        + " differs from the hash of its fields (" + hash + "): a stored field was edited");
            }
            prev = e.hash();
            expected++;
        }
        long last = expected - 1;
        if (lastSeq != last || !lastHash.equals(prev)) {
            return new AuditCheck(entries.size(), false, null, "the audit head names entry " + lastSeq
                    + " as the last, but the log ends at entry " + last + " (hash " + prev + "): entries deleted or the head edited");
        }
        return new AuditCheck(entries.size(), true, null, null);
    }
}
