package org.neverout.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;

/**
 * The failure scenarios of MODEL.md 1.1 "Capacity under failure", in their contract order: no failure,
 * then every single basic event of the enumerated kinds (kinds in the order node, link, site, power,
 * group, software, supplier, service; ids sorted by code point within a kind), then (up to two failures)
 * every pair (e_i, e_j), i &lt; j, ordered by i, then j. Scenario p is addressed by its index; a
 * {@link Cursor} walks a range of them in O(1) per step after an O(m) seek. Immutable.
 */
public final class FailureScenarios {
    private final CompiledModel model;
    private final int[] events;
    private final int maxFailures;

    /**
     * @param kinds       the enumerated event kinds
     * @param maxFailures 1 (n-1) or 2 (n-2)
     */
    public FailureScenarios(CompiledModel model, Set<EventKind> kinds, int maxFailures) {
        if (maxFailures < 1 || maxFailures > 2) {
            throw new IllegalArgumentException("scenarios are n-1 or n-2, not n-" + maxFailures);
        }
        this.model = model;
        this.maxFailures = maxFailures;
        List<Integer> chosen = new ArrayList<>();
        List<BasicEvent> all = model.events();
        for (int e = 0; e < all.size(); e++) {
            if (kinds.contains(all.get(e).kind())) {
                chosen.add(e);
            }
        }
        chosen.sort(Comparator.<Integer>comparingInt(e -> all.get(e).kind().ordinal())
                .thenComparing(e -> all.get(e).id()));
        this.events = chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1 or 2. */
    public int maxFailures() {
        return maxFailures;
    }

    /** The enumerated events (engine indices) in scenario order. */
    public int eventCount() {
        return events.length;
    }

    /** Number of scenarios: 1 + m (+ m(m-1)/2 for n-2). */
    public long count() {
        long m = events.length;
        return 1 + m + (maxFailures == 2 ? m * (m - 1) / 2 : 0);
    }

    /** How many scenarios have exactly {@code failures} events (0, 1 or 2). */
    public long count(int failures) {
        long m = events.length;
        return failures == 0 ? 1 : failures == 1 ? m : failures == 2 && maxFailures == 2 ? m * (m - 1) / 2 : 0;
    }

    /** The ids of a scenario's events, sorted by code point (the JSON form; {@code []} for no failure). */
    public List<String> ids(long index) {
        Cursor c = cursor(index);
        List<String> ids = new ArrayList<>(2);
        for (int i = 0; i < c.size(); i++) {
            ids.add(model.events().get(c.event(i)).id());
        }
        ids.sort(Comparator.naturalOrder());
        return List.copyOf(ids);
    }

    /** A cursor on scenario {@code index}. O(m) for a pair. */
    public Cursor cursor(long index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("scenario " + index + " of " + count());
        }
        Cursor c = new Cursor();
        c.index = index;
        int m = events.length;
        if (index == 0) {
            c.size = 0;
        } else if (index <= m) {
            c.size = 1;
            c.i = (int) (index - 1);
        } else {
            long q = index - 1 - m;
            int i = 0;
            while (q >= m - 1 - i) {
                q -= m - 1 - i;
                i++;
            }
            c.size = 2;
            c.i = i;
            c.j = (int) (i + 1 + q);
        }
        return c;
    }

    /** A position in the scenario order; {@link #next()} moves to the following scenario. Mutable. */
    public final class Cursor {
        private long index;
        private int size;
        private int i;
        private int j;

        public long index() {
            return index;
        }

        /** Number of events in this scenario (0, 1 or 2). */
        public int size() {
            return size;
        }

        /** The k-th event (engine index), k &lt; size(), in enumeration order. */
        public int event(int k) {
            return events[k == 0 ? i : j];
        }

        /** Moves to the next scenario (the caller stops at {@link #count()}). */
        public void next() {
            index++;
            int m = events.length;
            if (size == 0) {
                size = 1;
                i = 0;
            } else if (size == 1) {
                if (i + 1 < m) {
                    i++;
                } else {
                    size = 2;
                    i = 0;
                    j = 1;
                }
            } else if (j + 1 < m) {
                j++;
            } else {
                i++;
                j = i + 1;
            }
        }
    }
}
