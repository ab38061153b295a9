package org.neverout.quant;

import java.util.Arrays;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;

/**
 * The exact structure function of every service over the failure-capable events, as one shared
 * {@link Bdd}, by Shannon expansion with monotone pruning (the factoring algorithm).
 *
 * <p>The variables are branched on in a fixed order. At every branch point two network states are kept
 * incrementally with {@link NetworkState#apply}/{@link NetworkState#undo}: the optimistic one (only the
 * events decided down are applied) and the pessimistic one (every event not decided up is applied).
 * Service states are monotone in the set of failed events (MODEL.md), so a service down in the
 * optimistic state is down for every completion (its function is TRUE below this point) and a service up
 * in the pessimistic state is up for every completion (FALSE). Otherwise the next variable is branched
 * on; after the last variable both states coincide, so every service is decided. Each child shares one of
 * the two states with its parent, so every branch point costs one {@link NetworkState#serviceStates()}
 * evaluation, O(V + E + services).
 *
 * <p>Exact by construction (it never relies on cut-set completeness). Worst case 2^n branch points for n
 * variables; in practice a service is decided as soon as the events decided up contain a path set or
 * the events decided down contain a cut set, which a breadth-first variable order reaches quickly. The
 * expansion gives up (returns null) after {@code budget} evaluations: that is the feasibility rule of the
 * exact method.
 */
final class ShannonExpansion {
    private final CompiledModel model;
    /** Event index of each variable, in branching order. */
    private final int[] events;
    private final long budget;
    private final Bdd bdd;
    private final NetworkState optimistic;
    private final NetworkState pessimistic;
    private long evaluations;

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** The diagram, one root per service (model order), and the evaluations it took. */
    record Result(Bdd bdd, int[] roots, long evaluations) {
    }

    ShannonExpansion(CompiledModel model, int[] events, long budget, int nodeLimit) {
        this.model = model;
        this.events = events.clone();
        this.budget = budget;
        this.bdd = new Bdd(events.length, nodeLimit);
        this.optimistic = new NetworkState(model);
        this.pessimistic = new NetworkState(model);
    }

    /** Runs the expansion; null when it needs more than the budget of evaluations or diagram nodes. */
    Result run() {
        for (int e : events) {
            pessimistic.apply(e);
        }
        int services = model.serviceCount();
        int[] all = new int[services];
        Arrays.setAll(all, s -> s);
        try {
            boolean[] upOptimistic = evaluate(optimistic);
            boolean[] upPessimistic = evaluate(pessimistic);
            int[] roots = expand(0, all, upOptimistic, upPessimistic);
            return new Result(bdd, roots, evaluations);
        } catch (BudgetExceeded | Bdd.LimitExceededException e) {
            return null;
        }
    }

    private boolean[] evaluate(NetworkState state) {
        if (++evaluations > budget) {
            throw new BudgetExceeded();
        }
        return state.serviceStates();
    }

    /**
     * The functions of the given services below the current branch point (variables before {@code depth}
     * decided), parallel to {@code active}.
     */
    private int[] expand(int depth, int[] active, boolean[] upOptimistic, boolean[] upPessimistic) {
        int[] result = new int[active.length];
        int[] open = new int[active.length];
        int openCount = 0;
        for (int i = 0; i < active.length; i++) {
            int s = active[i];
            if (!upOptimistic[s]) {
                result[i] = Bdd.TRUE;
            } else if (upPessimistic[s]) {
                result[i] = Bdd.FALSE;
            } else {
                result[i] = -1;
                open[openCount++] = s;
            }
        }
        if (openCount == 0) {
            return result;
        }
        if (depth == events.length) {
            throw new IllegalStateException("states differ after every variable was decided");
        }
        open = Arrays.copyOf(open, openCount);
        int e = events[depth];
        // Event down: optimistic gains it, pessimistic already has it.
        optimistic.apply(e);
        int[] down;
        try {
            down = expand(depth + 1, open, evaluate(optimistic), upPessimistic);
        } finally {
            optimistic.undo(e);
        }
        // Event up: pessimistic loses it, optimistic never had it.
        pessimistic.undo(e);
        int[] up;
        try {
            up = expand(depth + 1, open, upOptimistic, evaluate(pessimistic));
        } finally {
            pessimistic.apply(e);
        }
        for (int i = 0, j = 0; i < active.length; i++) {
            if (result[i] == -1) {
                result[i] = bdd.mk(depth, up[j], down[j]);
                j++;
            }
        }
        return result;
    }
}
