package org.neverout.engine.graph;

import java.util.Arrays;

/**
 * Shortest paths toward one destination over the live part of an undirected multigraph with positive
 * integer link costs (IGP metrics): Dijkstra with a binary heap (a breadth-first search when every link
 * costs the same), then the equal-cost multipath (ECMP)
 * DAG implied by the distances: the link end at position i of node v (toward u over link l) is a next
 * hop of v iff l and u are live and {@code distance(v) == distance(u) + cost(l)}. Parallel links each
 * count; a self-loop never is a next hop (costs are positive).
 *
 * <p>The one shortest-path implementation of the project (ARCHITECTURE.md): the capacity analysis
 * reuses it. Mutable buffers reused across {@link #compute} calls: one instance per thread.
 * {@link #compute} is O((V + E) log V); {@link #copyTo} O(V).
 */
public final class ShortestPathTree {
    /** The distance of a node that cannot reach the destination. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private final Adjacency graph;
    private final long[] cost;
    private final long[] dist;
    /** Reached nodes in the order Dijkstra settled them: non-decreasing distance, destination first. */
    private final int[] order;
    private final boolean[] settled;
    /** Every link costs the same: a breadth-first search settles nodes in distance order, no heap needed. */
    private final boolean uniform;
    private int reached;
    private int destination = -1;
    // binary heap of (key, node) with lazy deletion: at most one entry per relaxation
    private long[] heapKey;
    private int[] heapNode;
    private int heapSize;

    /**
     * @param graph the network
     * @param cost  per link index, its positive cost (read, never copied: the caller keeps it unchanged)
     * @throws IllegalArgumentException when a cost is not positive
     */
    public ShortestPathTree(Adjacency graph, long[] cost) {
        for (long c : cost) {
            if (c <= 0) {
                throw new IllegalArgumentException("link costs must be positive, found " + c);
            }
        }
        this.graph = graph;
        this.cost = cost;
        boolean same = true;
        for (long c : cost) {
            same &= c == cost[0];
        }
        this.uniform = same;
        this.dist = new long[graph.nodeCount()];
        this.order = new int[graph.nodeCount()];
        this.settled = new boolean[graph.nodeCount()];
        this.heapKey = new long[Math.max(4, graph.ends() + 1)];
        this.heapNode = new int[heapKey.length];
    }

    /**
     * Distances of every live node to {@code destination} over live links. A dead destination reaches
     * nothing (every distance is {@link #UNREACHABLE}).
     *
     * @param nodeLive per node, whether it is live
     * @param linkLive per link, whether it is live (a live link has live ends)
     */
    public void compute(int destination, boolean[] nodeLive, boolean[] linkLive) {
        Arrays.fill(dist, UNREACHABLE);
        Arrays.fill(settled, false);
        this.destination = destination;
        reached = 0;
        if (!nodeLive[destination]) {
            return;
        }
        dist[destination] = 0;
        if (uniform) {
            breadthFirst(destination, nodeLive, linkLive);
            return;
        }
        heapSize = 0;
        push(0, destination);
        while (heapSize > 0) {
            long d = heapKey[0];
            int v = heapNode[0];
            pop();
            if (d != dist[v] || settled[v]) {
                continue;
            }
            settled[v] = true;
            order[reached++] = v;
            for (int i = graph.start(v); i < graph.end(v); i++) {
                int l = graph.link(i);
                int u = graph.neighbour(i);
                if (!linkLive[l] || !nodeLive[u]) {
                    continue;
                }
                long nd = d + cost[l];
                if (nd < dist[u]) {
                    dist[u] = nd;
                    push(nd, u);
                }
            }
        }
    }

    /** Uniform costs: the FIFO order of a breadth-first search is non-decreasing distance. O(V + E). */
    private void breadthFirst(int destination, boolean[] nodeLive, boolean[] linkLive) {
        order[reached++] = destination;
        for (int head = 0; head < reached; head++) {
            int v = order[head];
            long nd = dist[v] + (cost.length == 0 ? 1 : cost[0]);
            for (int i = graph.start(v); i < graph.end(v); i++) {
                int u = graph.neighbour(i);
                if (dist[u] == UNREACHABLE && linkLive[graph.link(i)] && nodeLive[u]) {
                    dist[u] = nd;
                    order[reached++] = u;
                }
            }
        }
    }

    private void push(long key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private void pop() {
        long key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    /** The destination of the last {@link #compute}. */
    public int destination() {
        return destination;
    }

    /** Distance of node v to the destination, or {@link #UNREACHABLE}. */
    public long distance(int v) {
        return dist[v];
    }

    /** Number of nodes that reach the destination (the destination included when live). */
    public int reachedCount() {
        return reached;
    }

    /** The k-th reached node in non-decreasing distance (k = 0 is the destination). */
    public int reached(int k) {
        return order[k];
    }

    /**
     * Whether the link end at adjacency position i of node v is a next hop of v toward the destination
     * (an edge of the ECMP DAG), given the liveness the distances were computed with.
     */
    public boolean isNextHop(int v, int i, boolean[] linkLive) {
        long dv = dist[v];
        if (dv == UNREACHABLE || dv == 0) {
            return false;
        }
        int l = graph.link(i);
        long du = dist[graph.neighbour(i)];
        return linkLive[l] && du != UNREACHABLE && du + cost[l] == dv;
    }

    /** Saves the distances and settle order (for caches of trees that later scenarios reuse). */
    public void copyTo(long[] distances, int[] settled) {
        System.arraycopy(dist, 0, distances, 0, dist.length);
        System.arraycopy(order, 0, settled, 0, reached);
    }
}
