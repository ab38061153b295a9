package org.neverout.history;

/**
 * The one-row {@code ledger_head} table: the id and hash of the last run recorded. It is the row every
 * record locks, and it lets a verifier see that the last run(s) were deleted.
 */
public record LedgerHead(long lastRunId, String lastHash) {
}
