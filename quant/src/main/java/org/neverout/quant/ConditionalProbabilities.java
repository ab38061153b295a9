package org.neverout.quant;

import java.util.Arrays;

/**
 * The probability of one diagram function f with one variable's probability replaced, for many variables
 * in turn: P(f | v down) and P(f | v up), the inputs of the importance measures.
 *
 * <p>Replacing q[v] changes only the nodes labelled v and their ancestors (every other node's probability
 * is a function of its own sub-diagram, which does not mention v). So each query re-evaluates just those
 * nodes, children first, with the very expression {@link Bdd#probabilities} uses, reading every other
 * node from the unconditioned pass: the result is bit-for-bit the full pass over the modified q, at the
 * cost of the affected nodes only.
 *
 * <p>Costs: construction O(reachable nodes + variables); the first query for a variable O(a log a) for
 * its a affected nodes (an upward search over parent lists, then sorting them by id, which is a
 * children-first order since node ids grow bottom-up); each query O(a). The arrays are allocated once and
 * reused by every query. Not thread-safe.
 */
final class ConditionalProbabilities {
    private final Bdd bdd;
    private final int root;
    private final double[] q;
    private final boolean[] live;
    /** Unconditioned probability of every live node, by node id. */
    private final double[] base;
    /** Live internal nodes by variable (CSR: nodes of v at byVar[byVarStart[v] .. byVarStart[v+1])). */
    private int[] byVarStart;
    private int[] byVar;
    /** Live parents of every node (CSR, by node id). */
    private int[] parentStart;
    private int[] parents;
    /** Nodes affected by {@link #affectedVariable}, ascending id; stamp[n] == epoch marks them. */
    private int[] affected;
    private int affectedCount;
    private int affectedVariable = -1;
    private int[] stamp;
    private int epoch;
    private double[] scratch;

    /**
     * @param q the variables' probabilities (not modified; not copied, so keep it unchanged while in use)
     */
    ConditionalProbabilities(Bdd bdd, int root, double[] q) {
        this.bdd = bdd;
        this.root = root;
        this.q = q;
        this.live = bdd.reachable(root);
        this.base = bdd.probabilities(root, q, live);
    }

    /** P(f) under the unconditioned probabilities. */
    double probability() {
        return base[root];
    }

    /** The Birnbaum importance of every variable ({@link Bdd#birnbaum}), from the pass already made. */
    double[] birnbaum() {
        return bdd.birnbaum(root, q, live, base);
    }

    /**
     * P(f) with q[v] replaced by {@code value}; equal, to the last bit, to
     * {@code bdd.probability(root, q')} for q' = q except q'[v] = value.
     */
    double given(int v, double value) {
        if (root <= Bdd.TRUE) {
            return base[root];
        }
        if (v != affectedVariable) {
            collectAffected(v);
        }
        for (int i = 0; i < affectedCount; i++) {
            int n = affected[i];
            int u = bdd.var(n);
            double qv = u == v ? value : q[u];
            scratch[n] = qv * value(bdd.high(n)) + (1.0 - qv) * value(bdd.low(n));
        }
        return value(root);
    }

    private double value(int n) {
        return stamp[n] == epoch ? scratch[n] : base[n];
    }

    /** The live nodes labelled v and all their live ancestors, ascending by id. */
    private void collectAffected(int v) {
        if (parents == null) {
            index();
        }
        epoch++;
        affectedVariable = v;
        affectedCount = 0;
        for (int i = byVarStart[v]; i < byVarStart[v + 1]; i++) {
            stamp[byVar[i]] = epoch;
            affected[affectedCount++] = byVar[i];
        }
        // affected doubles as the work list: every entry's parents are visited exactly once
        for (int next = 0; next < affectedCount; next++) {
            int n = affected[next];
            for (int i = parentStart[n]; i < parentStart[n + 1]; i++) {
                int parent = parents[i];
                if (stamp[parent] != epoch) {
                    stamp[parent] = epoch;
                    affected[affectedCount++] = parent;
                }
            }
        }
        Arrays.sort(affected, 0, affectedCount);
    }

    /** Builds the per-variable node lists and the parent lists of the live nodes. O(live + variables). */
    private void index() {
        int nodes = root + 1;
        int variables = bdd.variables();
        byVarStart = new int[variables + 1];
        parentStart = new int[nodes + 1];
        int internal = 0;
        for (int n = Bdd.TRUE + 1; n < nodes; n++) {
            if (live[n]) {
                internal++;
                byVarStart[bdd.var(n) + 1]++;
                parentStart[bdd.low(n) + 1]++;
                parentStart[bdd.high(n) + 1]++;
            }
        }
        for (int v = 0; v < variables; v++) {
            byVarStart[v + 1] += byVarStart[v];
        }
        for (int n = 0; n < nodes; n++) {
            parentStart[n + 1] += parentStart[n];
        }
        byVar = new int[internal];
        parents = new int[2 * internal];
        int[] fillVar = Arrays.copyOf(byVarStart, variables);
        int[] fillParent = Arrays.copyOf(parentStart, nodes);
        for (int n = Bdd.TRUE + 1; n < nodes; n++) {
            if (live[n]) {
                byVar[fillVar[bdd.var(n)]++] = n;
                parents[fillParent[bdd.low(n)]++] = n;
                parents[fillParent[bdd.high(n)]++] = n;
            }
        }
        affected = new int[internal];
        stamp = new int[nodes];
        scratch = new double[nodes];
    }
}
