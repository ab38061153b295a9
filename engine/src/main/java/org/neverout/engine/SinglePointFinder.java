package org.neverout.engine;

import java.util.Arrays;
import java.util.BitSet;

import org.neverout.engine.graph.LowPointForest;
import org.neverout.engine.graph.SatisfyingComponent;

/**
 * Finds, on a {@link ResidualGraph}, every single node or link whose removal breaks a service's
 * endpoint requirement (its single points of failure in that residual network), without re-evaluating
 * the network per candidate.
 *
 * <p>The service is up iff some component holds a live alternative of every entry. With two or more
 * such components no single node or link can take it down. With exactly one, C, pick one terminal per
 * entry in C (T0). A killer not in T0 must separate two terminals, so it is a cut vertex or bridge on
 * the DFS-tree paths from the terminals up to where one subtree holds them all; these are reached by
 * jumping along {@link ResidualGraph#separatingAncestor}. Each candidate is checked exactly: removing
 * v splits C into the pieces of {@link ResidualGraph#pieceWithout}; v kills iff no piece holds an
 * alternative of every entry (the {@link SatisfyingComponent} test on the pieces, as on the components).
 *
 * <p>Cost per service: O(A log d) per candidate (A = its alternatives, d = degree) and candidates are
 * at most the terminals plus the separating vertices and bridges between them.
 */
final class SinglePointFinder {
    /** The service is down in the residual network. */
    static final int DOWN = -1;

    private final ResidualGraph g;
    private final LowPointForest f;
    private final EventClasses classes;
    private final SatisfyingComponent cover;
    /** Per alternative, the piece it falls into for the candidate being checked (workspace). */
    private final int[] pieceOf;
    private final int[] nodeSeen;
    private final int[] chainSeen;
    private int epoch;
    /** One terminal per entry in the satisfying component (workspace). */
    private int[] t = new int[4];

    SinglePointFinder(CompiledModel model, ResidualGraph graph, EventClasses classes) {
        this.g = graph;
        this.f = graph.forest;
        this.classes = classes;
        int v = model.nodeCount();
        cover = new SatisfyingComponent(v);
        pieceOf = new int[v];
        nodeSeen = new int[v];
        chainSeen = new int[v];
    }

    private int nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(nodeSeen, 0);
            Arrays.fill(chainSeen, 0);
            epoch = 1;
        }
        return epoch;
    }

    /**
     * Adds to {@code out} the class of every single node or link whose removal takes the service down,
     * restricted to classes above {@code minClassExclusive} that are not in {@code excluded}.
     *
     * @return {@link #DOWN} when the service's endpoints are already disconnected, else 0
     */
    int collect(int[][] entries, int minClassExclusive, BitSet excluded, IntList out) {
        if (entries.length == 0) {
            return 0;
        }
        int component = cover.find(entries, f.roots());
        if (component == SatisfyingComponent.NONE) {
            return DOWN;
        }
        if (component == SatisfyingComponent.SEVERAL) {
            return 0; // two or more components satisfy the service: no single point of failure
        }
        if (t.length < entries.length) {
            t = new int[entries.length];
        }
        int minPre = Integer.MAX_VALUE;
        int maxPre = -1;
        for (int i = 0; i < entries.length; i++) {
            for (int x : entries[i]) {
                if (f.root(x) == component) {
                    t[i] = x;
                    minPre = Math.min(minPre, f.pre(x));
                    maxPre = Math.max(maxPre, f.pre(x));
                    break;
                }
            }
        }
        int seen = nextEpoch();
        for (int i = 0; i < entries.length; i++) {
            considerNode(t[i], seen, entries, component, minClassExclusive, excluded, out);
        }
        for (int i = 0; i < entries.length; i++) {
            int c = g.separatingAncestor[t[i]];
            while (c >= 0 && chainSeen[c] != seen) {
                chainSeen[c] = seen;
                if (f.pre(c) <= minPre && maxPre < f.pre(c) + f.subtreeSize(c)) {
                    break; // c's subtree holds every terminal: nothing above separates them
                }
                int v = f.parent(c);
                considerNode(v, seen, entries, component, minClassExclusive, excluded, out);
                if (f.isBridge(c)) {
                    int link = f.parentLink(c);
                    int cls = classes.linkClass[link];
                    if (cls > minClassExclusive && !excluded.get(cls) && bridgeKills(c, entries, component)) {
                        out.add(cls);
                    }
                }
                c = g.separatingAncestor[v];
            }
        }
        return 0;
    }

    private void considerNode(int v, int seen, int[][] entries, int component, int minClassExclusive,
                              BitSet excluded, IntList out) {
        if (nodeSeen[v] == seen) {
            return;
        }
        nodeSeen[v] = seen;
        int cls = classes.nodeClass[v];
        if (cls > minClassExclusive && !excluded.get(cls) && nodeKills(v, entries, component)) {
            out.add(cls);
        }
    }

    /** Whether removing node v leaves no piece of the component with an alternative of every entry. */
    private boolean nodeKills(int v, int[][] entries, int component) {
        for (int[] entry : entries) {
            for (int x : entry) {
                pieceOf[x] = x == v || f.root(x) != component ? -1 : g.pieceWithout(v, x);
            }
        }
        return !cover.exists(entries, pieceOf);
    }

    /** Whether removing the bridge above c leaves neither side with an alternative of every entry. */
    private boolean bridgeKills(int c, int[][] entries, int component) {
        int outside = f.parent(c);
        for (int[] entry : entries) {
            for (int x : entry) {
                pieceOf[x] = f.root(x) != component ? -1 : f.inSubtree(c, x) ? c : outside;
            }
        }
        return !cover.exists(entries, pieceOf);
    }
}
