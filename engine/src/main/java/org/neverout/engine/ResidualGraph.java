package org.neverout.engine;

/**
 * A depth-first forest of the live graph of a {@link NetworkState} with Tarjan's low points: enough to
 * answer, for a node or tree edge, which pieces a connected component falls into when it is removed.
 * One iterative pass, O(V + E); workspace for one thread, rebuilt per failure scenario.
 *
 * <p>For a tree edge (p, c): it <em>separates</em> when {@code low[c] >= pre[p]} (removing p cuts c's
 * subtree off the rest) and is a bridge when {@code low[c] > pre[p]}.
 */
final class ResidualGraph {
    private final CompiledModel m;
    /** Preorder number, -1 for a down node. */
    final int[] pre;
    final int[] low;
    final int[] parent;
    final int[] parentLink;
    /** Number of nodes in the DFS subtree. */
    final int[] size;
    /** Root of the node's DFS tree (its component). */
    final int[] component;
    /**
     * The deepest node c on the path from the node up to its root (inclusive) whose tree edge to its
     * parent separates; -1 when none.
     */
    final int[] separatingAncestor;
    /** Children of each node in preorder (CSR over {@link #childStart}). */
    final int[] childStart;
    final int[] child;
    private final int[] order;
    private final int[] iterator;
    private final int[] stack;
    private final boolean[] linkLive;
    private int liveNodes;

    ResidualGraph(CompiledModel model) {
        this.m = model;
        int v = model.nodeCount();
        pre = new int[v];
        low = new int[v];
        parent = new int[v];
        parentLink = new int[v];
        size = new int[v];
        component = new int[v];
        separatingAncestor = new int[v];
        childStart = new int[v + 1];
        child = new int[v];
        order = new int[v];
        iterator = new int[v];
        stack = new int[v];
        linkLive = new boolean[model.linkCount()];
    }

    void build(NetworkState state) {
        int nodes = m.nodeCount();
        for (int l = 0; l < linkLive.length; l++) {
            linkLive[l] = state.isLinkLive(l);
        }
        for (int n = 0; n < nodes; n++) {
            pre[n] = state.isNodeLive(n) ? -2 : -1;
        }
        liveNodes = 0;
        for (int root = 0; root < nodes; root++) {
            if (pre[root] == -2) {
                search(root);
            }
        }
        for (int n = 0; n < nodes; n++) {
            if (pre[n] < 0) {
                pre[n] = -1;
            }
        }
        java.util.Arrays.fill(childStart, 0);
        for (int i = 0; i < liveNodes; i++) {
            int x = order[i];
            int p = parent[x];
            if (p < 0) {
                separatingAncestor[x] = -1;
            } else {
                separatingAncestor[x] = low[x] >= pre[p] ? x : separatingAncestor[p];
                childStart[p + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            childStart[n + 1] += childStart[n];
        }
        // fill children in preorder: a running cursor per parent, reusing iterator[] as workspace
        for (int n = 0; n < nodes; n++) {
            iterator[n] = childStart[n];
        }
        for (int i = 0; i < liveNodes; i++) {
            int x = order[i];
            int p = parent[x];
            if (p >= 0) {
                child[iterator[p]++] = x;
            }
        }
    }

    private void visitFirst(int v, int p, int viaLink, int root) {
        pre[v] = liveNodes;
        order[liveNodes++] = v;
        low[v] = pre[v];
        parent[v] = p;
        parentLink[v] = viaLink;
        component[v] = root;
        iterator[v] = m.adjStart[v];
    }

    private void search(int root) {
        int top = 0;
        visitFirst(root, -1, -1, root);
        stack[top++] = root;
        while (top > 0) {
            int v = stack[top - 1];
            if (iterator[v] < m.adjStart[v + 1]) {
                int i = iterator[v]++;
                int l = m.adjLink[i];
                int w = m.adjNode[i];
                if (!linkLive[l] || l == parentLink[v] || w == v) {
                    continue;
                }
                if (pre[w] == -2) {
                    visitFirst(w, v, l, root);
                    stack[top++] = w;
                } else if (pre[w] < low[v]) {
                    low[v] = pre[w];
                }
            } else {
                top--;
                size[v] = liveNodes - pre[v];
                int p = parent[v];
                if (p >= 0 && low[v] < low[p]) {
                    low[p] = low[v];
                }
            }
        }
    }

    /** Whether x lies in the DFS subtree of c (both live). */
    boolean inSubtree(int c, int x) {
        return pre[x] >= pre[c] && pre[x] < pre[c] + size[c];
    }

    /**
     * The piece of v's component that live node x (x != v) falls into when v is removed: the child of v
     * whose subtree is cut off, or v itself standing for the piece that holds v's parent. O(log degree).
     */
    int pieceWithout(int v, int x) {
        if (pre[x] <= pre[v] || pre[x] >= pre[v] + size[v]) {
            return v;
        }
        int lo = childStart[v];
        int hi = childStart[v + 1] - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pre[child[mid]] <= pre[x]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int c = child[lo];
        return low[c] >= pre[v] ? c : v;
    }
}
