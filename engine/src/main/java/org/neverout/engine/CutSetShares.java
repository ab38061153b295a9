package org.neverout.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link CutSetEngine}'s analysis split into shares that can run on different machines, merged into
 * exactly the single-machine result (same cut sets, complete flags, reasons and scenario count).
 *
 * <p>The engine enumerates level by level, and level K's minimality checks need every lower level
 * complete. So each share enumerates levels 1 .. K-1 whole (they cost O(C^(K-2)) prefixes against the
 * top level's O(C^(K-1)) for C event classes) and, of the top level K, only the failure prefixes whose
 * smallest class c has {@code c % count == index} (round robin: the work per first class falls with c,
 * so interleaving balances it). Every top-level cut set is found by exactly one share, the owner of its
 * smallest class, with the same minimality checks as on one machine. {@link #merge} enumerates levels
 * 1 .. K-1 again, adds the shares' top levels, then applies limits, dependencies and expansion as
 * {@link CutSetEngine} does: the same code after the same enumeration state.
 *
 * <p>Order 1 has no lower level to share: share 0 is empty and {@link #merge} enumerates it itself.
 */
public final class CutSetShares {
    private CutSetShares() {
    }

    /**
     * Runs share {@code index} of {@code count}: levels 1 .. K-1 whole and the top level's prefixes
     * whose smallest class it owns. Cost: the lower levels plus about 1/count of the top level.
     */
    public static CutSetShare run(CompiledModel model, AnalysisQuestion question, int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("share " + index + " of " + count + " does not exist");
        }
        int order = question.order();
        if (order == 1) {
            return new CutSetShare(index, count, order, new int[model.serviceCount()][0], 0, null);
        }
        long start = System.nanoTime();
        EventClasses classes = EventClasses.of(model, question.kinds());
        ConnectivityEnumeration enumeration = new ConnectivityEnumeration(model, classes, question,
                ProgressListener.NONE, Deadline.after(question.timeLimit(), start))
                .topLevelFirsts(c -> c % count == index)
                .run();
        return new CutSetShare(index, count, order, enumeration.topLevelFound(), enumeration.topLevelScenarios(),
                enumeration.timedOut());
    }

    /**
     * The analysis from every share of one split ({@code count} shares, indices 0 .. count-1, any order):
     * identical to {@link CutSetEngine#analyze} of the same question but for the elapsed time. Order 1
     * ignores the shares and enumerates here.
     *
     * @throws IllegalArgumentException when the shares are not exactly one split of this order
     */
    public static AnalysisResult merge(CompiledModel model, AnalysisQuestion question, List<CutSetShare> shares,
                                       ProgressListener progress) {
        long start = System.nanoTime();
        List<CutSetShare> sorted = new ArrayList<>(shares);
        sorted.sort(Comparator.comparingInt(CutSetShare::index));
        if (question.order() > 1) {
            check(model, question, sorted);
        }
        EventClasses classes = EventClasses.of(model, question.kinds());
        ConnectivityEnumeration enumeration = new ConnectivityEnumeration(model, classes, question, progress,
                Deadline.after(question.timeLimit(), start));
        if (question.order() > 1) {
            enumeration.topLevelFrom(sorted);
        }
        return CutSetEngine.result(model, classes, question, enumeration.run(), start);
    }

    private static void check(CompiledModel model, AnalysisQuestion question, List<CutSetShare> sorted) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no share to merge");
        }
        int count = sorted.get(0).count();
        if (sorted.size() != count) {
            throw new IllegalArgumentException("expected " + count + " shares, got " + sorted.size());
        }
        for (int i = 0; i < count; i++) {
            CutSetShare share = sorted.get(i);
            if (share.index() != i || share.count() != count || share.order() != question.order()
                    || share.topLevel().length != model.serviceCount()) {
                throw new IllegalArgumentException("share " + share.index() + " of " + share.count() + " (order "
                        + share.order() + ", " + share.topLevel().length + " services) is not share " + i + " of "
                        + count + " of this analysis (order " + question.order() + ", " + model.serviceCount()
                        + " services)");
            }
        }
    }
}
