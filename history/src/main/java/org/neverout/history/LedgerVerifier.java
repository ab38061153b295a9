package org.neverout.history;

import java.util.List;

/**
 * Recomputes the ledger: every run's hash from its stored fields and the stored hash of the run
 * before it, ids 1, 2, 3, ... without gap, and the ledger head naming the last run. An edited field
 * changes that run's hash; a deleted run leaves a gap in the ids and a prev_hash that names no run;
 * reordered runs (ids swapped) break the prev_hash links; a deleted last run disagrees with the head.
 * O(total size of the runs' text).
 */
public final class LedgerVerifier {
    private LedgerVerifier() {
    }

    /** Checks {@code runs} (oldest first, by id) against each other and against {@code head}. */
    public static LedgerCheck verify(List<AnalysisRun> runs, LedgerHead head) {
        String prev = LedgerHash.GENESIS;
        long expectedId = 1;
        for (AnalysisRun run : runs) {
            if (run.id() != expectedId) {
                return LedgerCheck.broken(runs.size(), run, "expected run id " + expectedId + " here, found "
                        + run.id() + ": run(s) " + expectedId + (run.id() - 1 > expectedId ? "-" + (run.id() - 1) : "")
                        + " deleted");
            }
            if (!run.prevHash().equals(prev)) {
                return LedgerCheck.broken(runs.size(), run, "prev_hash " + run.prevHash()
                        + " is not the hash of the run before it (" + prev + "): a run was deleted, inserted or reordered");
            }
            String hash = LedgerHash.of(run.prevHash(), run.content());
            if (!hash.equals(run.hash())) {
                return LedgerCheck.broken(runs.size(), run, "stored hash " + run.hash()
                        + " differs from the hash of its fields (" + hash + "): a stored field was edited");
            }
            prev = run.hash();
            expectedId++;
        }
        long last = expectedId - 1;
        if (head.lastRunId() != last || !head.lastHash().equals(prev)) {
            AnalysisRun lastRun = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (head.lastRunId() > last) {
                return LedgerCheck.broken(runs.size(), null, "the ledger head names run " + head.lastRunId()
                        + " as the last, but the store ends at run " + last + ": run(s) after " + last + " deleted");
            }
            return LedgerCheck.broken(runs.size(), lastRun, "the ledger head (run " + head.lastRunId() + ", hash "
                    + head.lastHash() + ") does not name the last run (" + last + ", hash " + prev + ")");
        }
        return LedgerCheck.ok(runs.size());
    }
}
