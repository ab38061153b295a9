package org.neverout.quant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.neverout.engine.Figures;
import org.neverout.engine.TargetVerdict;

/**
 * How {@code auto} tightens cut-set bounds before Monte Carlo: while some service's bounds are undecided
 * against its target or loose (upper more than {@value #LOOSE} x lower), the cut sets are enumerated again one
 * order higher, up to order {@value #MAX_ORDER}, as long as the enumeration stays affordable (at most
 * {@value #MAX_COMBINATIONS} subsets of the failure-capable events, C(n, K+1)) and finishes within the time
 * left (the analysis's time limit, or {@link #DEFAULT_LIMIT} without one).
 *
 * <p>A higher order is adopted only when its enumeration is complete for every service, so that every
 * service's bounds and the Monte Carlo strata (which need cut sets complete to the order) use one order;
 * each service's upper bound is then the smaller of the two orders' (both are rigorous, so is their
 * minimum). An enumeration cut short is discarded and said so: the previous bounds stay valid. A service whose
 * higher-order cut sets no longer fit a decision diagram keeps the lower order's diagram for its importance
 * measures ({@link Result#importance}), the basis said with them.
 *
 * <p>Cost: one cut-set analysis per order raised (at most {@value #MAX_ORDER} - K), each bounded by the
 * combination cap and the time left.
 */
final class BoundsTightening {
    /** Highest order auto raises to. */
    static final int MAX_ORDER = 4;
    /** Bounds whose upper end exceeds this many times the lower end are too loose for a defensible figure. */
    static final double LOOSE = 2.0;
    /** Largest C(n, K+1) auto enumerates when raising the order. */
    static final double MAX_COMBINATIONS = 2e7;
    /** Time for the tightening when the analysis has no time limit. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    /**
     * The bounds finally used, their order, and what happened (for the report's notes).
     *
     * @param importance       per service, the bounds whose diagram gives its importance measures: those of
     *                         {@code order}, or of a lower order when that diagram was too large
     * @param importanceOrder  per service, the order of that diagram
     */
    record Result(List<CutSetBounds.ServiceBounds> bounds, int order, List<String> notes,
                  List<CutSetBounds.ServiceBounds> importance, List<Integer> importanceOrder) {
        /** Bounds used as computed, at one order. */
        static Result of(List<CutSetBounds.ServiceBounds> bounds, int order) {
            return new Result(bounds, order, List.of(), bounds, java.util.Collections.nCopies(bounds.size(), order));
        }
    }

    private BoundsTightening() {
    }

    /** True when the service's bounds neither decide its target nor pin its figure within {@link #LOOSE}. */
    static boolean needsTightening(CutSetBounds.ServiceBounds b, Double target) {
        if (b.lower() >= b.upper()) {
            return false;
        }
        return TargetVerdict.of(target, b.lower(), b.upper()) == TargetVerdict.UNDECIDED || b.upper() > LOOSE * b.lower();
    }

    /**
     * @param compute     the bounds at an order within a time limit
     * @param targets     each service's availability target (null: none)
     * @param events      failure-capable events (n)
     * @param limit       the analysis's time limit, or null
     * @param startNanos  when the analysis started ({@link System#nanoTime()})
     */
    static Result tighten(BiFunction<Integer, Duration, List<CutSetBounds.ServiceBounds>> compute,
                          List<CutSetBounds.ServiceBounds> initial, int order, List<Double> targets, int events,
                          Duration limit, long startNanos) {
        List<String> notes = new ArrayList<>();
        List<CutSetBounds.ServiceBounds> bounds = initial;
        List<CutSetBounds.ServiceBounds> importance = initial;
        List<Integer> importanceOrder = new ArrayList<>(java.util.Collections.nCopies(initial.size(), order));
        Duration budget = limit == null ? DEFAULT_LIMIT : limit;
        while (true) {
            List<String> loose = new ArrayList<>();
            for (int s = 0; s < bounds.size(); s++) {
                if (needsTightening(bounds.get(s), targets.get(s))) {
                    loose.add(String.valueOf(s));
                }
            }
            if (loose.isEmpty() || bounds.stream().anyMatch(b -> !b.complete())) {
                return new Result(bounds, order, notes, importance, importanceOrder);
            }
            int next = order + 1;
            double combinations = combinations(events, next);
            if (next > MAX_ORDER || combinations > MAX_COMBINATIONS) {
                notes.add("auto kept cut sets of order " + order + " for " + loose.size() + " service(s) with loose or"
                        + " undecided bounds: order " + next + (next > MAX_ORDER ? " is above auto's highest, "
                        + MAX_ORDER : " would examine " + Figures.number(combinations) + " combinations of "
                        + events + " events (auto's cap " + Figures.number(MAX_COMBINATIONS) + ")")
                        + "; Monte Carlo refines them");
                return new Result(bounds, order, notes, importance, importanceOrder);
            }
            Duration left = budget.minusNanos(System.nanoTime() - startNanos);
            if (left.isNegative() || left.isZero()) {
                notes.add("auto kept cut sets of order " + order + ": no time left to try order " + next);
                return new Result(bounds, order, notes, importance, importanceOrder);
            }
            List<CutSetBounds.ServiceBounds> higher = compute.apply(next, left);
            if (higher.stream().anyMatch(b -> !b.complete())) {
                notes.add("auto tried cut sets of order " + next + " for loose or undecided bounds, but the enumeration"
                        + " did not finish within " + (limit == null ? "auto's " + DEFAULT_LIMIT.toSeconds() + " s"
                        : "the time limit") + ": kept order " + order);
                return new Result(bounds, order, notes, importance, importanceOrder);
            }
            List<CutSetBounds.ServiceBounds> merged = new ArrayList<>();
            List<CutSetBounds.ServiceBounds> mergedImportance = new ArrayList<>();
            for (int s = 0; s < higher.size(); s++) {
                CutSetBounds.ServiceBounds h = higher.get(s);
                double upper = Math.min(h.upper(), bounds.get(s).upper());
                merged.add(new CutSetBounds.ServiceBounds(h.complete(), h.incompleteReason(), h.cutSets(),
                        Math.min(h.lower(), upper), upper, h.tail(), h.bdd(), h.root()));
                boolean diagram = h.root() >= 0 && h.bdd() != null;
                mergedImportance.add(diagram ? h : importance.get(s));
                if (diagram) {
                    importanceOrder.set(s, next);
                }
            }
            importance = mergedImportance;
            notes.add("auto raised the cut-set order from " + order + " to " + next + " to tighten " + loose.size()
                    + " service(s) with loose or undecided bounds");
            bounds = merged;
            order = next;
        }
    }

    /** C(n, k) as a double (may be large). */
    static double combinations(int n, int k) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return Math.max(0, c);
    }
}
