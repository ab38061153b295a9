package org.neverout.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Graph facts by their definitions, for checking the engine's graph algorithms: connected components by
 * union-find, and a bridge or articulation point as a link or node whose removal (alone) increases the
 * number of connected components of the live graph, found by removing each one in turn. O(E (V + E)) and
 * O(V (V + E)): small graphs only. Shortest-path distances by Floyd-Warshall, O(V^3), and the next hops
 * they imply. Shares no code with what it checks.
 *
 * <p>A graph here is {@code nodes} nodes and links {@code l = (a[l], b[l])}; a link counts when it is live
 * and both its ends are; self-loops and parallel links are allowed.
 */
public final class GraphOracle {
    private final int nodes;
    private final int[] a;
    private final int[] b;
    private final boolean[] nodeLive;
    private final boolean[] linkLive;

    /** The graph with the given live nodes and links (null: all live). */
    public GraphOracle(int nodes, int[] a, int[] b, boolean[] nodeLive, boolean[] linkLive) {
        this.nodes = nodes;
        this.a = a.clone();
        this.b = b.clone();
        this.nodeLive = nodeLive == null ? filled(nodes) : nodeLive.clone();
        this.linkLive = linkLive == null ? filled(a.length) : linkLive.clone();
    }

    private static boolean[] filled(int n) {
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /** Component label (smallest node of the component) of every node, -1 for a down node. */
    public int[] components() {
        return components(-1, -1);
    }

    /** Number of connected components of the live graph. */
    public int componentCount() {
        return count(components(-1, -1));
    }

    /** The live links whose removal alone increases the number of components, ascending. */
    public List<Integer> bridges() {
        int base = componentCount();
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < a.length; l++) {
            if (counts(l) && count(components(-1, l)) > base) {
                out.add(l);
            }
        }
        return out;
    }

    /** The live nodes whose removal alone increases the number of components (of the rest), ascending. */
    public List<Integer> articulationPoints() {
        int base = componentCount();
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            // removing v loses its own component when v was alone: compare with base - 1 then
            if (nodeLive[v] && count(components(v, -1)) > base - (isolated(v) ? 1 : 0)) {
                out.add(v);
            }
        }
        return out;
    }

    private boolean counts(int l) {
        return linkLive[l] && nodeLive[a[l]] && nodeLive[b[l]];
    }

    private boolean isolated(int v) {
        for (int l = 0; l < a.length; l++) {
            if (counts(l) && a[l] != b[l] && (a[l] == v || b[l] == v)) {
                return false;
            }
        }
        return true;
    }

    private static int count(int[] label) {
        int c = 0;
        for (int n = 0; n < label.length; n++) {
            if (label[n] == n) {
                c++;
            }
        }
        return c;
    }

    /** Labels with node {@code skipNode} and link {@code skipLink} also removed (-1: none). */
    private int[] components(int skipNode, int skipLink) {
        int[] parent = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            parent[n] = n;
        }
        for (int l = 0; l < a.length; l++) {
            if (l != skipLink && counts(l) && a[l] != skipNode && b[l] != skipNode) {
                int x = find(parent, a[l]);
                int y = find(parent, b[l]);
                parent[Math.max(x, y)] = Math.min(x, y);
            }
        }
        int[] label = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            label[n] = nodeLive[n] && n != skipNode ? find(parent, n) : -1;
        }
        return label;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** The distance of a pair that is not connected, in {@link #distances}. */
    public static final long NO_PATH = Long.MAX_VALUE;

    /**
     * All-pairs shortest-path distances over the live graph with these per-link costs, by Floyd-Warshall:
     * {@code d[u][v]}, {@link #NO_PATH} when u and v are not connected or either is down, 0 from a live
     * node to itself. O(V^3 + E).
     */
    public long[][] distances(long[] cost) {
        long[][] d = new long[nodes][nodes];
        for (int u = 0; u < nodes; u++) {
            java.util.Arrays.fill(d[u], NO_PATH);
            if (nodeLive[u]) {
                d[u][u] = 0;
            }
        }
        for (int l = 0; l < a.length; l++) {
            if (counts(l) && a[l] != b[l]) {
                d[a[l]][b[l]] = Math.min(d[a[l]][b[l]], cost[l]);
                d[b[l]][a[l]] = Math.min(d[b[l]][a[l]], cost[l]);
            }
        }
        for (int k = 0; k < nodes; k++) {
            for (int u = 0; u < nodes; u++) {
                if (d[u][k] == NO_PATH) {
                    continue;
                }
                for (int v = 0; v < nodes; v++) {
                    if (d[k][v] != NO_PATH && d[u][k] + d[k][v] < d[u][v]) {
                        d[u][v] = d[u][k] + d[k][v];
                    }
                }
            }
        }
        return d;
    }

    /**
     * Whether link l, taken from its end {@code from}, lies on a shortest path from {@code from} to
     * {@code destination}: it is live, not a self-loop, and {@code cost + d(other end, destination) ==
     * d(from, destination)}, with {@code d} from {@link #distances}.
     */
    public boolean onShortestPath(long[][] d, long[] cost, int l, int from, int destination) {
        if (!counts(l) || a[l] == b[l] || (a[l] != from && b[l] != from)) {
            return false;
        }
        int other = a[l] == from ? b[l] : a[l];
        long here = d[from][destination];
        long there = d[other][destination];
        return here != NO_PATH && here != 0 && there != NO_PATH && there + cost[l] == here;
    }
}
