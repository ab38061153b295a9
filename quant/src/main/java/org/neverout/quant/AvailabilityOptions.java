package org.neverout.quant;

import java.time.Duration;

/**
 * What the availability analysis does.
 *
 * @param method       quantification method
 * @param order        K, the largest cut set order enumerated for bounds and Monte Carlo; 0 = automatic
 *                     (3 when there are at most 120 failure-capable events, else 2)
 * @param samples      Monte Carlo samples per stratum, at least 1
 * @param seed         Monte Carlo seed; equal seeds give equal results for any thread count
 * @param threads      worker threads for the cut-set engine and Monte Carlo, at least 1
 * @param exactBudget  the exact method's budget: network evaluations of the Shannon expansion
 * @param confidence   two-sided confidence level of Monte Carlo intervals, in (0, 1)
 * @param timeLimit    limit of the cut-set enumeration (null = none); an incomplete enumeration widens the
 *                     upper bound to P(at least one failure) but never makes it wrong
 */
public record AvailabilityOptions(Method method, int order, long samples, long seed, int threads, long exactBudget,
                                  double confidence, Duration timeLimit) {
    public static final int DEFAULT_SAMPLES = 100_000;
    public static final long DEFAULT_EXACT_BUDGET = 200_000;

    public AvailabilityOptions {
        if (method == null) {
            throw new IllegalArgumentException("method must be given");
        }
        if (order < 0) {
            throw new IllegalArgumentException("order must be 0 (automatic) or positive, got " + order);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (exactBudget < 1) {
            throw new IllegalArgumentException("exact budget must be at least 1, got " + exactBudget);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
    }

    /** auto, automatic order, 100,000 samples, seed 1, all processors, budget 200,000, 95 %, no time limit. */
    public static AvailabilityOptions defaults() {
        return new AvailabilityOptions(Method.AUTO, 0, DEFAULT_SAMPLES, 1L, Runtime.getRuntime().availableProcessors(),
                DEFAULT_EXACT_BUDGET, 0.95, null);
    }

    public AvailabilityOptions withMethod(Method m) {
        return new AvailabilityOptions(m, order, samples, seed, threads, exactBudget, confidence, timeLimit);
    }

    public AvailabilityOptions withOrder(int k) {
        return new AvailabilityOptions(method, k, samples, seed, threads, exactBudget, confidence, timeLimit);
    }

    public AvailabilityOptions withSamples(long n) {
        return new AvailabilityOptions(method, order, n, seed, threads, exactBudget, confidence, timeLimit);
    }

    public AvailabilityOptions withSeed(long s) {
        return new AvailabilityOptions(method, order, samples, s, threads, exactBudget, confidence, timeLimit);
    }

    public AvailabilityOptions withThreads(int t) {
        return new AvailabilityOptions(method, order, samples, seed, t, exactBudget, confidence, timeLimit);
    }

    public AvailabilityOptions withExactBudget(long b) {
        return new AvailabilityOptions(method, order, samples, seed, threads, b, confidence, timeLimit);
    }

    public AvailabilityOptions withConfidence(double c) {
        return new AvailabilityOptions(method, order, samples, seed, threads, exactBudget, c, timeLimit);
    }

    public AvailabilityOptions withTimeLimit(Duration d) {
        return new AvailabilityOptions(method, order, samples, seed, threads, exactBudget, confidence, d);
    }
}
