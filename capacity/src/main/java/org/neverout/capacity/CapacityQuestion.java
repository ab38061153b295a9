package org.neverout.capacity;

import java.util.List;
import java.util.Objects;

import org.neverout.engine.Deadline;
import org.neverout.engine.EventKind;

/**
 * What {@code neverout capacity} asks: the scenarios (event kinds, n-1 or n-2), the utilisation
 * threshold that counts as "high", the worker threads and when to stop.
 *
 * @param kinds       enumerated event kinds (default node, link)
 * @param maxFailures 1 (n-1) or 2 (n-2)
 * @param threshold   utilisation counted as high (e.g. 0.8)
 * @param threads     worker threads (&gt;= 1); the result does not depend on it
 * @param deadline    when to stop; a result cut short says so
 */
public record CapacityQuestion(List<EventKind> kinds, int maxFailures, double threshold, int threads,
                               Deadline deadline) {
    public CapacityQuestion {
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(deadline, "deadline");
        if (maxFailures < 1 || maxFailures > 2) {
            throw new IllegalArgumentException("--scenarios must be n-1 or n-2");
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("--threshold must be a positive number, not " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
    }

    /** node,link, n-1, threshold 0.8, one thread, no time limit. */
    public static CapacityQuestion defaults() {
        return new CapacityQuestion(List.of(EventKind.NODE, EventKind.LINK), 1, 0.8, 1, Deadline.NONE);
    }

    public CapacityQuestion withMaxFailures(int n) {
        return new CapacityQuestion(kinds, n, threshold, threads, deadline);
    }

    public CapacityQuestion withKinds(List<EventKind> k) {
        return new CapacityQuestion(k, maxFailures, threshold, threads, deadline);
    }

    public CapacityQuestion withThreshold(double t) {
        return new CapacityQuestion(kinds, maxFailures, t, threads, deadline);
    }

    public CapacityQuestion withThreads(int n) {
        return new CapacityQuestion(kinds, maxFailures, threshold, n, deadline);
    }

    public CapacityQuestion withDeadline(Deadline d) {
        return new CapacityQuestion(kinds, maxFailures, threshold, threads, d);
    }

    /** {@code node,link}: the kinds as the command line writes them. */
    public String kindTokens() {
        return String.join(",", kinds.stream().map(EventKind::token).toList());
    }
}
