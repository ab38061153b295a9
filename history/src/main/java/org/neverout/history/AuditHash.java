package org.neverout.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit chain's hash, exactly as docs/SECURITY.md states it: lowercase hex SHA-256 of the UTF-8
 * bytes of {@code neverout-audit-v1}, then the fields prev_hash, seq, at, actor, action, detail, each
 * as name, byte length and value on their own lines (the run ledger's serialisation). O(entry size).
 */
public final class AuditHash {
    /** First line of the hashed text: the recipe's version. */
    public static final String RECIPE = "neverout-audit-v1";

    private AuditHash() {
    }

    /** The hash of an entry with these fields, appended after the entry whose hash is {@code prevHash}. */
    public static String of(String prevHash, long seq, Instant at, String actor, String action, String detail) {
        return LedgerHash.sha256Hex(canonical(prevHash, seq, at, actor, action, detail));
    }

    /** The text that is hashed. */
    public static String canonical(String prevHash, long seq, Instant at, String actor, String action, String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prev_hash", prevHash);
        fields.put("seq", Long.toString(seq));
        fields.put("at", LedgerHash.RECORDED_AT.format(at));
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("detail", detail);
        return LedgerHash.lengthPrefixed(RECIPE, fields);
    }
}
