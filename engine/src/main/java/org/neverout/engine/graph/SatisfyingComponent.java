package org.neverout.engine.graph;

import java.util.Arrays;

/**
 * The endpoint test of MODEL.md on a labelling of nodes into components (or pieces): is there one label
 * that holds an alternative of every entry? An entry is an array of alternative nodes; an alternative
 * whose label is negative is not available (down, or outside the part looked at). The one implementation
 * of this test: service states, the cut-set engine's component check and its single-point checks all use
 * it with different labellings.
 *
 * <p>One pass over the alternatives, entry by entry, keeping for each label how many leading entries it
 * holds: O(total alternatives) time, no allocation (marks are reset by an epoch counter). A mutable
 * workspace for one thread over labels 0 .. {@code labels} - 1.
 */
public final class SatisfyingComponent {
    /** No label holds an alternative of every entry. */
    public static final int NONE = -1;
    /** Two or more labels do. */
    public static final int SEVERAL = -2;

    private final int[] mark;
    private final int[] count;
    private int epoch;

    /** A workspace for labels 0 .. labels - 1. */
    public SatisfyingComponent(int labels) {
        mark = new int[labels];
        count = new int[labels];
    }

    private int nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            epoch = 1;
        }
        return epoch;
    }

    /**
     * Whether one label holds an available alternative of every entry (true for no entries, false as soon
     * as an entry has no alternative in a label that held all the entries before it).
     */
    public boolean exists(int[][] entries, int[] labelOf) {
        int e = nextEpoch();
        for (int i = 0; i < entries.length; i++) {
            if (!advance(entries[i], i, labelOf, e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The only label that holds an available alternative of every entry; {@link #NONE} when no label does,
     * {@link #SEVERAL} when two or more do (also for no entries: every label holds them).
     */
    public int find(int[][] entries, int[] labelOf) {
        if (entries.length == 0) {
            return SEVERAL;
        }
        int e = nextEpoch();
        int last = entries.length - 1;
        for (int i = 0; i < last; i++) {
            if (!advance(entries[i], i, labelOf, e)) {
                return NONE;
            }
        }
        int found = NONE;
        for (int x : entries[last]) {
            int c = labelOf[x];
            if (c >= 0 && (last == 0 || mark[c] == e && count[c] >= last)) {
                if (found >= 0 && found != c) {
                    return SEVERAL;
                }
                found = c;
            }
        }
        return found;
    }

    /** Counts entry i for the labels holding entries 0 .. i-1; whether any label advanced. */
    private boolean advance(int[] alternatives, int i, int[] labelOf, int e) {
        boolean any = false;
        for (int x : alternatives) {
            int c = labelOf[x];
            if (c < 0) {
                continue;
            }
            if (i == 0) {
                if (mark[c] != e) {
                    mark[c] = e;
                    count[c] = 1;
                }
                any = true;
            } else if (mark[c] == e && count[c] >= i) {
                count[c] = i + 1;
                any = true;
            }
        }
        return any;
    }
}
