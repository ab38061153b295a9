package org.neverout.engine;

/**
 * Receives progress of a long analysis. May be called from worker threads (implementations must be
 * thread-safe) and should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done   work units finished so far (non-decreasing per call site, at most total)
     * @param total  work units of the whole analysis
     */
    void progress(long done, long total);
}
