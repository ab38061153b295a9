package org.neverout.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When an enumeration must stop ({@code --time-limit}). Enumerations ask {@link #passed()} before every
 * failure prefix they expand, inside a level as well as between levels, so a limit stops them within
 * one prefix's work (O(V + E)) of passing. Implementations are thread-safe.
 */
public interface Deadline {
    /** Never passes: no time limit. */
    Deadline NONE = () -> false;

    /** Whether the enumeration must stop now. */
    boolean passed();

    /** The deadline {@code limit} after {@code startNanos} ({@link System#nanoTime()}), or {@link #NONE} for null. */
    static Deadline after(Duration limit, long startNanos) {
        if (limit == null) {
            return NONE;
        }
        long end = startNanos + limit.toNanos();
        return () -> System.nanoTime() - end > 0;
    }

    /**
     * A deadline that passes after it has been asked {@code checks} times: deterministic limits for tests
     * (how much work was done before the stop does not depend on the machine's speed).
     */
    static Deadline afterChecks(long checks) {
        AtomicLong asked = new AtomicLong();
        return () -> asked.incrementAndGet() > checks;
    }
}
