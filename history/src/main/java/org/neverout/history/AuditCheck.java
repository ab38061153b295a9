package org.neverout.history;

/**
 * The outcome of recomputing the audit chain.
 *
 * @param entries   how many entries were checked
 * @param intact    whether every entry's hash and link, and the audit head, agree
 * @param brokenSeq the first entry that does not agree (null when intact or when entries are missing at the end)
 * @param reason    what does not agree, in plain words (null when intact)
 */
public record AuditCheck(int entries, boolean intact, Long brokenSeq, String reason) {
}
