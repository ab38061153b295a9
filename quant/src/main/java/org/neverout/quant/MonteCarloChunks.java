package org.neverout.quant;

/**
 * Where the Monte Carlo samples are drawn. The samples come in fixed chunks, chunk c of a stratum drawn
 * from a generator seeded by (seed, stratum, c), and a chunk's result is an integer count of hits per
 * stratum and service: so any split of the chunks over threads or machines, summed, gives the same counts
 * and the same estimate. {@link #LOCAL} draws them on this machine's threads; a cluster hands ranges of
 * chunks to its executors, each of which obtains its counts with {@link AvailabilityAnalysis#countChunks}.
 */
@FunctionalInterface
public interface MonteCarloChunks {
    /** All chunks on this machine (the analysis' threads). */
    MonteCarloChunks LOCAL = (chunks, plan, local) -> local.count(0, chunks);

    /**
     * The hit counts {@code [stratum][service]} of chunks 0 .. chunks-1, summed.
     *
     * @param chunks  how many chunks the plan has, at least 1
     * @param plan    a fingerprint of the sampling plan (strata, sample counts, seed, services sampled and
     *                their controls): counts drawn elsewhere must come from the same plan
     * @param local   counts a range of chunks here
     */
    long[][] count(long chunks, String plan, Counter local);

    /** Counts the chunks {@code from} (inclusive) to {@code to} (exclusive) on this machine's threads. */
    @FunctionalInterface
    interface Counter {
        long[][] count(long from, long to);
    }
}
