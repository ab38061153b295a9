package org.neverout.engine;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to compute: minimal cut sets up to {@code order} over the enabled event kinds.
 *
 * @param order        largest cut set size, 1 to {@link #MAX_ORDER}
 * @param kinds        event kinds enumerated (others never fail), at least one
 * @param threads      worker threads, at least 1; the output does not depend on it
 * @param maxCutSets   per service: stop listing after this many cut sets (0 = unlimited)
 * @param timeLimit    stop enumerating after this long (null = no limit)
 */
public record AnalysisQuestion(int order, Set<EventKind> kinds, int threads, long maxCutSets, Duration timeLimit) {
    /**
     * The largest order analysed (MODEL.md 1.1: {@code --order} and {@code never_out} above 8 are
     * refused). Enumerations index subsets of a failure prefix with int bit masks, so this also keeps
     * every {@code 1 << size} far from overflowing.
     */
    public static final int MAX_ORDER = 8;

    public AnalysisQuestion {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1 to " + MAX_ORDER + ", got " + order);
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("at least one event kind must be enabled");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxCutSets < 0) {
            throw new IllegalArgumentException("maxCutSets must be 0 (unlimited) or positive, got " + maxCutSets);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Order 2, every event kind, one thread per available processor, no limits. */
    public static AnalysisQuestion defaults() {
        return new AnalysisQuestion(2, EnumSet.allOf(EventKind.class),
                Runtime.getRuntime().availableProcessors(), 0, null);
    }

    public AnalysisQuestion withOrder(int newOrder) {
        return new AnalysisQuestion(newOrder, kinds, threads, maxCutSets, timeLimit);
    }

    public AnalysisQuestion withKinds(Set<EventKind> newKinds) {
        return new AnalysisQuestion(order, newKinds, threads, maxCutSets, timeLimit);
    }

    public AnalysisQuestion withThreads(int newThreads) {
        return new AnalysisQuestion(order, kinds, newThreads, maxCutSets, timeLimit);
    }

    public AnalysisQuestion withMaxCutSets(long newMax) {
        return new AnalysisQuestion(order, kinds, threads, newMax, timeLimit);
    }

    public AnalysisQuestion withTimeLimit(Duration newLimit) {
        return new AnalysisQuestion(order, kinds, threads, maxCutSets, newLimit);
    }
}
