package org.neverout.history;

/**
 * The outcome of recomputing the chain.
 *
 * @param runs         how many runs were checked
 * @param intact       whether every run's hash and link, and the ledger head, agree
 * @param brokenId     the first run that does not agree (null when intact or when runs are missing at the end)
 * @param brokenLabel  its label (as stored)
 * @param reason       what does not agree, in plain words (null when intact)
 */
public record LedgerCheck(int runs, boolean intact, Long brokenId, String brokenLabel, String reason) {
    static LedgerCheck ok(int runs) {
        return new LedgerCheck(runs, true, null, null, null);
    }

    static LedgerCheck broken(int runs, AnalysisRun run, String reason) {
        return new LedgerCheck(runs, false, run == null ? null : run.id(), run == null ? null : run.label(), reason);
    }
}
