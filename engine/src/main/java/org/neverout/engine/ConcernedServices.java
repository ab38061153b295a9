package org.neverout.engine;

/**
 * For every event class, the services it can matter to in the failure-free network ({@link RelevantBlocks},
 * computed at level 1). A class that does not matter to a service there never changes its state under any
 * failures, so no minimal cut set of the service contains it. Computed
 * once per analysis after level 1, so that the level workers only intersect sorted lists per prefix
 * instead of re-deciding every (class, service) pair for every prefix.
 *
 * <p>Cost: O(classes x services x effect size of a class) once, split by class across the analysis'
 * threads; O(classes x services) ints of memory at most; {@link #intersect} is O(|services| + |list|).
 * Immutable after {@link #computeRange}; read concurrently by the workers.
 */
final class ConcernedServices {
    private final CompiledModel m;
    private final EventClasses classes;
    private final ConnectivityCuts cuts;
    private final int[] services;
    /** Services concerned by each class (ascending); null until computed. */
    private final int[][] byClass;
    /** Per service, the only classes that can be in its cut sets of this level (null entry: any). */
    private final java.util.BitSet[] only;

    /** Services: those with endpoints still enumerated after level 1, ascending. */
    ConcernedServices(CompiledModel model, EventClasses classes, ConnectivityCuts cuts, int[] services) {
        this(model, classes, cuts, services, null);
    }

    /**
     * As {@link #ConcernedServices(CompiledModel, EventClasses, ConnectivityCuts, int[])}, where a class outside
     * {@code only[s]} (when the array and that entry are not null) never concerns service s.
     */
    ConcernedServices(CompiledModel model, EventClasses classes, ConnectivityCuts cuts, int[] services,
                      java.util.BitSet[] only) {
        this.m = model;
        this.classes = classes;
        this.cuts = cuts;
        this.services = services.clone();
        this.byClass = new int[classes.count()][];
        this.only = only;
    }

    /**
     * Computes the lists of the classes handed out by {@code next} (shared by the threads); stops early
     * when the deadline has passed (a missing list is computed when asked for).
     */
    void computeRange(java.util.concurrent.atomic.AtomicInteger next, Deadline deadline) {
        int[] buffer = new int[services.length];
        for (int cls = next.getAndIncrement(); cls < byClass.length; cls = next.getAndIncrement()) {
            if (deadline.passed()) {
                return;
            }
            byClass[cls] = compute(cls, buffer);
        }
    }

    private int[] compute(int cls, int[] buffer) {
        int n = 0;
        for (int s : services) {
            if (touches(cls, s)) {
                buffer[n++] = s;
            }
        }
        return java.util.Arrays.copyOf(buffer, n);
    }

    /**
     * Writes to {@code out} the services of {@code among[0 .. count)} (ascending) that class {@code cls}
     * is concerned with, ascending; returns how many.
     */
    int intersect(int cls, int[] among, int count, int[] out) {
        int[] list = byClass[cls];
        if (list == null) {
            list = compute(cls, new int[services.length]); // cut short by the deadline: not cached
        }
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < count && j < list.length) {
            int a = among[i];
            int b = list[j];
            if (a == b) {
                out[n++] = a;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Whether the class's failure can change the service's state in the failure-free network. */
    private boolean touches(int cls, int s) {
        if (only != null && only[s] != null && !only[s].get(cls)) {
            return false;
        }
        return cuts.blocks.matters(s, classes.representative[cls]);
    }
}
