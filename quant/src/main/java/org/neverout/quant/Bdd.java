package org.neverout.quant;

import java.util.Arrays;

/**
 * A reduced ordered binary decision diagram manager over boolean variables {@code 0..variables-1},
 * variable 0 nearest the root. A variable is true when its basic event is down; a function is true when
 * the service is down.
 *
 * <p>Canonical form is kept by a unique table ({@link #mk}: no node with equal children, no two nodes
 * with the same (variable, low, high)); {@link #and} and {@link #or} memoise results in a direct-mapped
 * computed table (a lossy cache: a miss only costs time). Node ids grow bottom-up, so every node's children
 * have smaller ids than the node; the probability passes rely on that order.
 *
 * <p>Costs: {@link #mk} O(1) expected; {@link #and}/{@link #or} O(|f| |g|) worst case; {@link #probability}
 * and {@link #birnbaum} O(nodes reachable from the root). Building is not thread-safe; a diagram no longer
 * built (e.g. after {@link #freeze}) may be read (evaluate, probabilities, Birnbaum) from several threads.
 */
final class Bdd {
    static final int FALSE = 0;
    static final int TRUE = 1;
    private static final int OP_AND = 0;
    private static final int OP_OR = 1;

    private final int variables;
    private final int nodeLimit;
    private int[] var;
    private int[] low;
    private int[] high;
    private int size;
    /** Open-addressing hash of node ids by (var, low, high); -1 = empty slot. */
    private int[] unique;
    /**
     * Computed table, one entry per 4 ints (operation, f, g, result) so a lookup touches one cache line;
     * entries - 1 is its slot mask. An all-zero entry never matches: operands are never terminals.
     */
    private int[] cache;
    private int cacheEntries;

    /** Raised when a diagram would exceed the node limit; the manager is unusable afterwards. */
    static final class LimitExceededException extends RuntimeException {
        LimitExceededException(int limit) {
            super("decision diagram larger than " + limit + " nodes", null, false, false);
        }
    }

    /**
     * @param variables number of variables
     * @param nodeLimit largest number of nodes (terminals included) before {@link LimitExceededException}
     */
    Bdd(int variables, int nodeLimit) {
        this.variables = variables;
        this.nodeLimit = nodeLimit;
        int capacity = 1024;
        var = new int[capacity];
        low = new int[capacity];
        high = new int[capacity];
        var[FALSE] = variables;
        var[TRUE] = variables;
        size = 2;
        unique = new int[2048];
        Arrays.fill(unique, -1);
        allocateCache(1 << 10);
    }

    /** A fresh (empty) computed table; it grows with the diagram, up to 2^20 entries. */
    private void allocateCache(int entries) {
        cache = new int[4 * entries];
        cacheEntries = entries;
    }

    /**
     * Drops the unique and computed tables once the diagram is built: evaluation and probabilities still
     * work, building does not ({@link IllegalStateException}). Keeps many small per-service diagrams cheap.
     */
    void freeze() {
        unique = null;
        cache = null;
        var = Arrays.copyOf(var, size);
        low = Arrays.copyOf(low, size);
        high = Arrays.copyOf(high, size);
    }

    int variables() {
        return variables;
    }

    /** Nodes allocated so far, terminals included. */
    int nodeCount() {
        return size;
    }

    int var(int node) {
        return var[node];
    }

    int low(int node) {
        return low[node];
    }

    int high(int node) {
        return high[node];
    }

    /** The node "if variable v then hi else lo", reduced and shared. */
    int mk(int v, int lo, int hi) {
        if (lo == hi) {
            return lo;
        }
        if (unique == null) {
            throw new IllegalStateException("frozen decision diagram");
        }
        if (v < 0 || v >= variables || var[lo] <= v || var[hi] <= v) {
            throw new IllegalArgumentException("variable order violated at variable " + v);
        }
        int mask = unique.length - 1;
        int slot = hash(v, lo, hi) & mask;
        while (unique[slot] >= 0) {
            int n = unique[slot];
            if (var[n] == v && low[n] == lo && high[n] == hi) {
                return n;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= nodeLimit) {
            throw new LimitExceededException(nodeLimit);
        }
        if (size == var.length) {
            int capacity = var.length * 2;
            var = Arrays.copyOf(var, capacity);
            low = Arrays.copyOf(low, capacity);
            high = Arrays.copyOf(high, capacity);
        }
        int n = size++;
        var[n] = v;
        low[n] = lo;
        high[n] = hi;
        unique[slot] = n;
        if (size * 2 > unique.length) {
            rehash();
        }
        if (size > 4 * cacheEntries && cacheEntries < 1 << 20) {
            allocateCache(cacheEntries * 4);
        }
        return n;
    }

    /** The function "variable v is true" (the event is down). */
    int variable(int v) {
        return mk(v, FALSE, TRUE);
    }

    /** The conjunction of the given variables (a cut set: all its events down); TRUE for none. */
    int cube(int[] vars) {
        int[] sorted = vars.clone();
        Arrays.sort(sorted);
        int f = TRUE;
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (i + 1 < sorted.length && sorted[i] == sorted[i + 1]) {
                continue;
            }
            f = mk(sorted[i], FALSE, f);
        }
        return f;
    }

    int and(int f, int g) {
        if (f == FALSE || g == FALSE) {
            return FALSE;
        }
        if (f == TRUE) {
            return g;
        }
        if (g == TRUE || f == g) {
            return f;
        }
        return apply(OP_AND, Math.min(f, g), Math.max(f, g));
    }

    int or(int f, int g) {
        if (f == TRUE || g == TRUE) {
            return TRUE;
        }
        if (f == FALSE) {
            return g;
        }
        if (g == FALSE || f == g) {
            return f;
        }
        return apply(OP_OR, Math.min(f, g), Math.max(f, g));
    }

    private int apply(int op, int f, int g) {
        int slot = 4 * (hash(op, f, g) & (cacheEntries - 1));
        if (cache[slot + 1] == f && cache[slot + 2] == g && cache[slot] == op) {
            return cache[slot + 3];
        }
        int v = Math.min(var[f], var[g]);
        int f0 = var[f] == v ? low[f] : f;
        int f1 = var[f] == v ? high[f] : f;
        int g0 = var[g] == v ? low[g] : g;
        int g1 = var[g] == v ? high[g] : g;
        int lo = op == OP_AND ? and(f0, g0) : or(f0, g0);
        int hi = op == OP_AND ? and(f1, g1) : or(f1, g1);
        int result = mk(v, lo, hi);
        // the recursion may have replaced the table (it grows with the diagram): recompute the slot
        slot = 4 * (hash(op, f, g) & (cacheEntries - 1));
        cache[slot] = op;
        cache[slot + 1] = f;
        cache[slot + 2] = g;
        cache[slot + 3] = result;
        return result;
    }

    /** The value of f under an assignment (x[v] true: event v down). O(depth). */
    boolean evaluate(int f, boolean[] x) {
        int n = f;
        while (n > TRUE) {
            n = x[var[n]] ? high[n] : low[n];
        }
        return n == TRUE;
    }

    /**
     * Probability that f is true when variable v is independently true with probability q[v]. Sums and
     * products of non-negative terms only, so the relative rounding error stays O(depth * ulp).
     */
    double probability(int f, double[] q) {
        return probabilities(f, q, reachable(f))[f];
    }

    /**
     * The Birnbaum importance of every variable: dP(f)/dq[v] = P(f | v true) - P(f | v false), by one
     * backward pass (node probabilities) and one forward pass (probability of reaching each node):
     * dP/dq[v] = sum over nodes u labelled v of reach(u) (P(high u) - P(low u)). Variables that f does
     * not depend on get 0.
     */
    double[] birnbaum(int f, double[] q) {
        boolean[] live = reachable(f);
        return birnbaum(f, q, live, probabilities(f, q, live));
    }

    /** {@link #birnbaum(int, double[])} from the live nodes and node probabilities already computed. */
    double[] birnbaum(int f, double[] q, boolean[] live, double[] p) {
        double[] reach = new double[f + 1];
        reach[f] = 1.0;
        double[] result = new double[variables];
        for (int n = f; n > TRUE; n--) {
            if (!live[n] || reach[n] == 0.0) {
                continue;
            }
            int v = var[n];
            result[v] += reach[n] * (p[high[n]] - p[low[n]]);
            reach[high[n]] += reach[n] * q[v];
            reach[low[n]] += reach[n] * (1.0 - q[v]);
        }
        return result;
    }

    /** The nodes reachable from f (indexed by node id, 0..f), terminals included when reached. O(reachable). */
    boolean[] reachable(int f) {
        boolean[] live = new boolean[f + 1];
        int[] stack = new int[Math.max(16, Math.min(f + 1, 1024))]; // grows on demand
        int top = 0;
        live[f] = true;
        stack[top++] = f;
        while (top > 0) {
            int n = stack[--top];
            if (n <= TRUE) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int child = side == 0 ? low[n] : high[n];
                if (!live[child]) {
                    live[child] = true;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = child;
                }
            }
        }
        return live;
    }

    /**
     * The probability of every live node (indexed by node id, 0..f) in ascending id order, children first.
     * {@link ConditionalProbabilities} relies on each node's value being the same expression of its
     * children's values, whatever else is evaluated.
     */
    double[] probabilities(int f, double[] q, boolean[] live) {
        double[] p = new double[f + 1];
        if (f >= TRUE) {
            p[TRUE] = 1.0;
        }
        for (int n = 2; n <= f; n++) {
            if (live[n]) {
                double qv = q[var[n]];
                p[n] = qv * p[high[n]] + (1.0 - qv) * p[low[n]];
            }
        }
        return p;
    }

    private void rehash() {
        int[] table = new int[unique.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int n = 2; n < size; n++) {
            int slot = hash(var[n], low[n], high[n]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = n;
        }
        unique = table;
    }

    private static int hash(int a, int b, int c) {
        long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + c * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }
}
