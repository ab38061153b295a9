package org.neverout.engine.graph;

/**
 * A depth-first forest of the live part of an {@link Adjacency} with Tarjan's low points: for every live
 * node its preorder number, parent and tree link, subtree size, root and low point (the smallest preorder
 * number reachable from its subtree by one non-tree link). That is enough to read every articulation
 * point and bridge and the pieces each one separates:
 * <ul>
 *   <li>the tree link above c {@linkplain #separates(int) separates} c's subtree from the rest when
 *       {@code low(c) >= pre(parent(c))}: removing the parent cuts that subtree off;</li>
 *   <li>it is a {@linkplain #isBridge(int) bridge} when {@code low(c) > pre(parent(c))}.</li>
 * </ul>
 * The one low-point computation of the project (cut-set engine, bare-topology splits, report bridges).
 *
 * <p>One iterative pass (no recursion, so long chains cannot overflow the stack), O(V + E) time per
 * {@link #build}; roots are taken in ascending node order and neighbours in adjacency order, so the
 * numbering is deterministic. Parallel links are handled (only the tree link itself is skipped when
 * looking back at the parent, so a parallel link is a back edge and never a bridge); self-loops are
 * ignored. A mutable workspace for one thread: O(V) arrays allocated once, reused by every build.
 */
public final class LowPointForest {
    /** Preorder number, root or parent of a node that is down (or of a root's parent). */
    public static final int NONE = -1;
    private static final int UNVISITED = -2;

    private final Adjacency g;
    private final int[] pre;
    private final int[] low;
    private final int[] parent;
    private final int[] parentLink;
    private final int[] size;
    private final int[] root;
    private final int[] order;
    private final int[] cursor;
    private final int[] stack;
    private boolean[] linkLive;
    private int visited;
    private int components;

    /** A workspace over the graph; call {@link #build} before reading anything. */
    public LowPointForest(Adjacency graph) {
        this.g = graph;
        int v = graph.nodeCount();
        pre = new int[v];
        low = new int[v];
        parent = new int[v];
        parentLink = new int[v];
        size = new int[v];
        root = new int[v];
        order = new int[v];
        cursor = new int[v];
        stack = new int[v];
        java.util.Arrays.fill(pre, NONE);
        java.util.Arrays.fill(root, NONE);
    }

    /**
     * Builds the forest of the live nodes and links. A link counts only when it is live and both its
     * ends are. O(V + E).
     *
     * @param nodeLive whether each node is live (null: all are)
     * @param linkLive whether each link is live (null: all are)
     */
    public void build(boolean[] nodeLive, boolean[] linkLive) {
        int nodes = g.nodeCount();
        this.linkLive = linkLive;
        for (int n = 0; n < nodes; n++) {
            boolean live = nodeLive == null || nodeLive[n];
            pre[n] = live ? UNVISITED : NONE;
            root[n] = NONE;
            parent[n] = NONE;
        }
        visited = 0;
        components = 0;
        for (int r = 0; r < nodes; r++) {
            if (pre[r] == UNVISITED) {
                components++;
                search(r);
            }
        }
        this.linkLive = null;
    }

    private void visit(int v, int p, int viaLink, int r) {
        pre[v] = visited;
        order[visited++] = v;
        low[v] = pre[v];
        parent[v] = p;
        parentLink[v] = viaLink;
        root[v] = r;
        cursor[v] = g.start(v);
    }

    private void search(int r) {
        int top = 0;
        visit(r, NONE, NONE, r);
        stack[top++] = r;
        while (top > 0) {
            int v = stack[top - 1];
            if (cursor[v] < g.end(v)) {
                int i = cursor[v]++;
                int l = g.link(i);
                int w = g.neighbour(i);
                if (l == parentLink[v] || w == v || pre[w] == NONE || (linkLive != null && !linkLive[l])) {
                    continue; // the tree link back up (parallels are back edges), self-loops, dead parts
                }
                if (pre[w] == UNVISITED) {
                    visit(w, v, l, r);
                    stack[top++] = w;
                } else if (pre[w] < low[v]) {
                    low[v] = pre[w];
                }
            } else {
                top--;
                size[v] = visited - pre[v];
                int p = parent[v];
                if (p >= 0 && low[v] < low[p]) {
                    low[p] = low[v];
                }
            }
        }
    }

    /** Number of nodes in the graph (live or not). */
    public int nodeCount() {
        return g.nodeCount();
    }

    /** Number of live nodes (all visited by the last build). */
    public int liveCount() {
        return visited;
    }

    /** Number of connected components of the live graph. */
    public int componentCount() {
        return components;
    }

    /** The live node with preorder number i (0 .. {@link #liveCount()} - 1). */
    public int inPreorder(int i) {
        return order[i];
    }

    /** Preorder number of node v, {@link #NONE} when v is down. */
    public int pre(int v) {
        return pre[v];
    }

    /** Low point of live node v: the smallest preorder number its subtree reaches by one non-tree link. */
    public int low(int v) {
        return low[v];
    }

    /** Parent of node v in the forest, {@link #NONE} for a root or a down node. */
    public int parent(int v) {
        return parent[v];
    }

    /** The tree link from live node v to its parent, {@link #NONE} for a root. */
    public int parentLink(int v) {
        return parentLink[v];
    }

    /** Number of nodes in the subtree of live node v (v included). */
    public int subtreeSize(int v) {
        return size[v];
    }

    /** Root of node v's tree (it names v's connected component), {@link #NONE} for a down node. */
    public int root(int v) {
        return root[v];
    }

    /**
     * The component label of every node ({@link #root}, {@link #NONE} when down) as the forest's own
     * array, for label-based tests such as {@link SatisfyingComponent}: read only, valid until the next
     * build.
     */
    public int[] roots() {
        return root;
    }

    /** Whether removing the parent of non-root live node c cuts c's subtree off the rest of its component. */
    public boolean separates(int c) {
        return low[c] >= pre[parent[c]];
    }

    /** Whether the tree link above non-root live node c is a bridge. */
    public boolean isBridge(int c) {
        return low[c] > pre[parent[c]];
    }

    /** Whether live node x lies in the subtree of live node c. */
    public boolean inSubtree(int c, int x) {
        return pre[x] >= pre[c] && pre[x] < pre[c] + size[c];
    }

    /**
     * The links that are bridges of the whole graph (every node and link live): each alone splits its
     * component in two. O(V + E).
     */
    public static boolean[] bridges(Adjacency graph, int links) {
        LowPointForest f = new LowPointForest(graph);
        f.build(null, null);
        boolean[] bridge = new boolean[links];
        for (int i = 0; i < f.liveCount(); i++) {
            int c = f.inPreorder(i);
            if (f.parent(c) >= 0 && f.isBridge(c)) {
                bridge[f.parentLink(c)] = true;
            }
        }
        return bridge;
    }
}
