package org.neverout.engine;

import java.util.Arrays;

import org.neverout.engine.graph.LowPointForest;

/**
 * The low-point forest ({@link LowPointForest}) of the live graph of a {@link NetworkState}, plus what the
 * single-point search reads from it: each node's nearest separating tree link above it and its children in
 * preorder, to answer which piece a live node falls into when a node is removed. O(V + E) per
 * {@link #build}; workspace for one thread, rebuilt per failure scenario.
 */
final class ResidualGraph {
    private final CompiledModel m;
    final LowPointForest forest;
    /**
     * The deepest node c on the path from the node up to its root (inclusive) whose tree link to its
     * parent separates; -1 when none.
     */
    final int[] separatingAncestor;
    /** Children of each node in preorder (CSR over {@link #childStart}). */
    final int[] childStart;
    final int[] child;
    private final int[] cursor;
    private final boolean[] nodeLive;
    private final boolean[] linkLive;

    ResidualGraph(CompiledModel model) {
        this.m = model;
        int v = model.nodeCount();
        forest = new LowPointForest(model.adjacency);
        separatingAncestor = new int[v];
        childStart = new int[v + 1];
        child = new int[v];
        cursor = new int[v];
        nodeLive = new boolean[v];
        linkLive = new boolean[model.linkCount()];
    }

    void build(NetworkState state) {
        int nodes = m.nodeCount();
        for (int n = 0; n < nodes; n++) {
            nodeLive[n] = state.isNodeLive(n);
        }
        for (int l = 0; l < linkLive.length; l++) {
            linkLive[l] = state.isLinkLive(l);
        }
        forest.build(nodeLive, linkLive);
        Arrays.fill(childStart, 0);
        int live = forest.liveCount();
        for (int i = 0; i < live; i++) {
            int x = forest.inPreorder(i);
            int p = forest.parent(x);
            if (p < 0) {
                separatingAncestor[x] = -1;
            } else {
                separatingAncestor[x] = forest.separates(x) ? x : separatingAncestor[p];
                childStart[p + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            childStart[n + 1] += childStart[n];
        }
        // children in preorder: a running cursor per parent
        System.arraycopy(childStart, 0, cursor, 0, nodes);
        for (int i = 0; i < live; i++) {
            int x = forest.inPreorder(i);
            int p = forest.parent(x);
            if (p >= 0) {
                child[cursor[p]++] = x;
            }
        }
    }

    /**
     * The piece of v's component that live node x (x != v) falls into when v is removed: the child of v
     * whose subtree is cut off, or v itself standing for the piece that holds v's parent. O(log degree).
     */
    int pieceWithout(int v, int x) {
        LowPointForest f = forest;
        if (!f.inSubtree(v, x) || x == v) {
            return v;
        }
        int px = f.pre(x);
        int lo = childStart[v];
        int hi = childStart[v + 1] - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (f.pre(child[mid]) <= px) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int c = child[lo];
        return f.separates(c) ? c : v;
    }
}
