package org.neverout.engine.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * The network's own connectivity, for a bare topology with no services: every minimal set of at most
 * {@code order} node and link failures that splits it, with how many node pairs each disconnects.
 *
 * <p>A failure set <em>splits</em> the network when two surviving nodes that were connected before are
 * not connected after; it is minimal when no proper subset splits. Its loss is the number of such
 * surviving pairs; the share is that loss over the node pairs connected in the intact network.
 *
 * <p>Method: one iterative lowlink DFS over the residual graph gives every articulation point and
 * bridge together with the sizes of the pieces it separates (subtree sizes), so all single splits
 * of a residual network cost O(V+E). Order k applies each minimal-candidate combination of k-1 events
 * and reads the splits of the residual: O(E^(k-1) (V+E)) in all; parallel links are handled (only
 * the tree link itself is skipped, not every link to the parent).
 */
public final class NetworkSplits {
    private final String[] nodeIds;
    private final String[] linkIds;
    private final int[] linkA;
    private final int[] linkB;
    private final int[] adjStart;
    private final int[] adjNode;
    private final int[] adjLink;
    private final boolean[] nodeDead;
    private final boolean[] linkDead;
    // DFS scratch, reused across scenarios
    private final int[] disc;
    private final int[] low;
    private final int[] size;
    private final int[] stackNode;
    private final int[] stackEdge;
    private final int[] parentLink;
    private final long[] pieceSum;
    private final long[] piecePairs;
    private final int[] pieceCount;
    private final int[] visited;

    /** One minimal split: the failed elements (sorted ids) and the surviving node pairs it disconnects. */
    public record Split(List<String> events, long disconnectedPairs, double share) {
        public Split {
            events = List.copyOf(events);
        }
    }

    /** Result: connectivity of the intact network and every minimal split up to the order. */
    public record Result(int nodes, int links, int components, long connectedPairs, int order, List<Split> splits) {
        public Result {
            splits = List.copyOf(splits);
        }

        public List<Split> ofSize(int k) {
            return splits.stream().filter(s -> s.events().size() == k).toList();
        }
    }

    private NetworkSplits(Model model) {
        int n = model.nodes().size();
        int m = model.links().size();
        nodeIds = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            nodeIds[i] = model.nodes().get(i).id();
            index.put(nodeIds[i], i);
        }
        linkIds = new String[m];
        linkA = new int[m];
        linkB = new int[m];
        int[] degree = new int[n + 1];
        for (int i = 0; i < m; i++) {
            Link l = model.links().get(i);
            linkIds[i] = l.id();
            linkA[i] = index.get(l.a());
            linkB[i] = index.get(l.b());
            degree[linkA[i]]++;
            degree[linkB[i]]++;
        }
        adjStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] = adjStart[i] + degree[i];
        }
        adjNode = new int[2 * m];
        adjLink = new int[2 * m];
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int i = 0; i < m; i++) {
            adjNode[fill[linkA[i]]] = linkB[i];
            adjLink[fill[linkA[i]]++] = i;
            adjNode[fill[linkB[i]]] = linkA[i];
            adjLink[fill[linkB[i]]++] = i;
        }
        nodeDead = new boolean[n];
        linkDead = new boolean[m];
        disc = new int[n];
        low = new int[n];
        size = new int[n];
        stackNode = new int[n];
        stackEdge = new int[n];
        parentLink = new int[n];
        pieceSum = new long[n];
        piecePairs = new long[n];
        pieceCount = new int[n];
        visited = new int[n];
    }

    /**
     * Every minimal split of at most {@code order} node and link failures, sorted by size, then by
     * disconnected pairs (most first), then by ids.
     */
    public static Result analyze(Model model, int order) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1");
        }
        return new NetworkSplits(model).run(order);
    }

    private Result run(int order) {
        int n = nodeIds.length;
        int events = n + linkIds.length;
        long[] loss = new long[events];
        int components = residualSplits(loss);
        long connected = connectedPairs();
        List<Split> splits = new ArrayList<>();
        Set<Long> found = new HashSet<>();
        for (int e = 0; e < events; e++) {
            if (loss[e] > 0) {
                splits.add(split(new int[] {e}, loss[e], connected));
                found.add(key(new int[] {e}));
            }
        }
        for (int k = 2; k <= order; k++) {
            // all splits smaller than k are known here, so subset checks decide minimality exactly
            extend(new int[0], k - 1, loss, connected, splits, found);
        }
        splits.sort(Comparator.comparingInt((Split s) -> s.events().size())
                .thenComparing(Comparator.comparingLong(Split::disconnectedPairs).reversed())
                .thenComparing(s -> String.join("\u0000", s.events())));
        return new Result(n, linkIds.length, components, connected, order, splits);
    }

    /**
     * Applies every combination of {@code size} events (ascending, none a split or containing one) on
     * top of {@code prefix} and records the residual's single splits as splits of size {@code size + 1}.
     */
    private void extend(int[] prefix, int size, long[] singleLoss, long connected, List<Split> out, Set<Long> found) {
        int events = nodeIds.length + linkIds.length;
        int start = prefix.length == 0 ? 0 : prefix[prefix.length - 1] + 1;
        for (int e = start; e < events; e++) {
            if (singleLoss[e] > 0 || isDead(e)) {
                continue; // a superset of a split is not minimal; a dead element adds nothing
            }
            int[] applied = Arrays.copyOf(prefix, prefix.length + 1);
            applied[prefix.length] = e;
            if (found.contains(key(applied)) || applied.length > 1 && containsFoundSubset(applied, found)) {
                continue;
            }
            setDead(e, true);
            if (applied.length == size) {
                long[] loss = new long[events];
                residualSplits(loss);
                for (int f = e + 1; f < events; f++) {
                    if (loss[f] > 0 && singleLoss[f] == 0) {
                        int[] set = Arrays.copyOf(applied, applied.length + 1);
                        set[applied.length] = f;
                        if (!containsFoundSubset(set, found)) {
                            out.add(split(set, loss[f], connected));
                            found.add(key(set));
                        }
                    }
                }
            } else {
                extend(applied, size, singleLoss, connected, out, found);
            }
            setDead(e, false);
        }
    }

    private boolean containsFoundSubset(int[] set, Set<Long> found) {
        int k = set.length;
        for (int mask = 1; mask < (1 << k) - 1; mask++) {
            int[] sub = new int[Integer.bitCount(mask)];
            int j = 0;
            for (int i = 0; i < k; i++) {
                if ((mask & (1 << i)) != 0) {
                    sub[j++] = set[i];
                }
            }
            if (found.contains(key(sub))) {
                return true;
            }
        }
        return false;
    }

    private long key(int[] sortedEvents) {
        long k = 0;
        for (int e : sortedEvents) {
            k = k * 1_000_003L + e + 1;
        }
        return k * 8 + sortedEvents.length;
    }

    private boolean isDead(int e) {
        int n = nodeIds.length;
        if (e < n) {
            return nodeDead[e];
        }
        int l = e - n;
        return linkDead[l] || nodeDead[linkA[l]] || nodeDead[linkB[l]];
    }

    private void setDead(int e, boolean dead) {
        int n = nodeIds.length;
        if (e < n) {
            nodeDead[e] = dead;
        } else {
            linkDead[e - n] = dead;
        }
    }

    private Split split(int[] events, long disconnected, long connected) {
        List<String> ids = new ArrayList<>();
        for (int e : events) {
            ids.add(e < nodeIds.length ? nodeIds[e] : linkIds[e - nodeIds.length]);
        }
        ids.sort(Comparator.naturalOrder());
        return new Split(ids, disconnected, connected == 0 ? 0 : (double) disconnected / connected);
    }

    private long connectedPairs() {
        Arrays.fill(disc, 0);
        long pairs = 0;
        int n = nodeIds.length;
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (disc[s] != 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            disc[s] = 1;
            while (head < tail) {
                int v = queue[head++];
                for (int i = adjStart[v]; i < adjStart[v + 1]; i++) {
                    if (disc[adjNode[i]] == 0) {
                        disc[adjNode[i]] = 1;
                        queue[tail++] = adjNode[i];
                    }
                }
            }
            pairs += (long) tail * (tail - 1) / 2;
        }
        return pairs;
    }

    /**
     * Lowlink DFS over the live residual graph; fills {@code loss[e]} with the surviving pairs each
     * single further failure e would disconnect. Returns the number of live components. O(V+E).
     */
    private int residualSplits(long[] loss) {
        int n = nodeIds.length;
        Arrays.fill(disc, 0);
        int time = 0;
        int components = 0;
        int visitedCount = 0;
        for (int root = 0; root < n; root++) {
            if (nodeDead[root] || disc[root] != 0) {
                continue;
            }
            components++;
            int compStart = time + 1;
            int top = 0;
            stackNode[top] = root;
            stackEdge[top] = adjStart[root];
            parentLink[root] = -1;
            disc[root] = low[root] = ++time;
            size[root] = 1;
            pieceSum[root] = 0;
            piecePairs[root] = 0;
            pieceCount[root] = 0;
            int visitedFrom = visitedCount;
            visited[visitedCount++] = root;
            while (top >= 0) {
                int v = stackNode[top];
                if (stackEdge[top] < adjStart[v + 1]) {
                    int i = stackEdge[top]++;
                    int l = adjLink[i];
                    int w = adjNode[i];
                    if (linkDead[l] || nodeDead[w] || l == parentLink[v]) {
                        continue;
                    }
                    if (disc[w] == 0) {
                        disc[w] = low[w] = ++time;
                        size[w] = 1;
                        parentLink[w] = l;
                        pieceSum[w] = 0;
                        piecePairs[w] = 0;
                        pieceCount[w] = 0;
                        visited[visitedCount++] = w;
                        stackNode[++top] = w;
                        stackEdge[top] = adjStart[w];
                    } else {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    if (top >= 0) {
                        int p = stackNode[top];
                        low[p] = Math.min(low[p], low[v]);
                        size[p] += size[v];
                        if (low[v] >= disc[p]) {
                            pieceSum[p] += size[v];
                            piecePairs[p] += (long) size[v] * (size[v] - 1) / 2;
                            pieceCount[p]++;
                        }
                    }
                }
            }
            int c = time - compStart + 1;
            for (int idx = visitedFrom; idx < visitedCount; idx++) {
                int v = visited[idx];
                int l = parentLink[v];
                if (l >= 0) {
                    int p = linkA[l] == v ? linkB[l] : linkA[l];
                    if (low[v] > disc[p]) {
                        loss[n + l] = (long) size[v] * (c - size[v]);
                    }
                }
                boolean isRoot = v == root;
                boolean articulation = isRoot ? pieceCount[v] >= 2 : pieceCount[v] >= 1;
                if (articulation) {
                    long rest = (c - 1) - pieceSum[v];
                    long survivorsPairs = (long) (c - 1) * (c - 2) / 2;
                    loss[v] = survivorsPairs - piecePairs[v] - rest * (rest - 1) / 2;
                }
            }
        }
        return components;
    }
}
