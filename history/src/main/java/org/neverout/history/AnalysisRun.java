package org.neverout.history;

import java.util.Objects;

/**
 * One row of {@code analysis_run}: a recorded run and its place in the ledger.
 *
 * @param id       increasing from 1, assigned under the ledger lock
 * @param content  what was recorded
 * @param prevHash the hash of the run before ({@link LedgerHash#GENESIS} for the first)
 * @param hash     {@link LedgerHash#of(String, RunContent)} of prevHash and content, as stored
 */
public record AnalysisRun(long id, RunContent content, String prevHash, String hash) {
    public AnalysisRun {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    public String label() {
        return content.label();
    }
}
