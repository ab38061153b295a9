package org.neverout.engine;

import java.io.Serializable;

/**
 * What one share of a distributed cut-set analysis found ({@link CutSetShares}): the top level's
 * connectivity cut sets whose smallest event class the share owns. Plain arrays so that it travels
 * between machines (Java serialization) and merges without the model's ids.
 *
 * @param index      the share's number, 0 .. count-1
 * @param count      how many shares the top level was split into
 * @param order      the analysed order (the top level's cut sets have this many classes)
 * @param topLevel   per service (model order), its top-level cut sets flattened, {@code order} class
 *                   numbers each; an empty array when none
 * @param scenarios  scenarios of the top level's share examined ({@link AnalysisResult#scenariosEvaluated})
 * @param timedOut   the time-limit reason when the share was cut short, else null
 */
public record CutSetShare(int index, int count, int order, int[][] topLevel, long scenarios, String timedOut)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public CutSetShare {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("share " + index + " of " + count + " does not exist");
        }
    }

    /** Number of top-level cut sets found (all services). */
    public long cutSets() {
        long n = 0;
        for (int[] flat : topLevel) {
            n += flat.length / Math.max(1, order);
        }
        return n;
    }
}
