package org.neverout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neverout.model.Link;

/**
 * The bridges of the network graph: links whose loss alone splits the nodes they connect into two parts.
 * Parallel links between the same two nodes are never bridges.
 *
 * <p>Tarjan's low-link algorithm, iterative (no recursion, so deep chains cannot overflow the stack):
 * O(V + E) time and memory.
 */
public final class GraphBridges {
    private GraphBridges() {
    }

    /** The ids of the links that are bridges, in the order of {@code links}. */
    public static Set<String> of(List<String> nodeIds, List<Link> links) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : nodeIds) {
            index.putIfAbsent(id, index.size());
        }
        int n = index.size();
        List<List<int[]>> adjacency = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (int e = 0; e < links.size(); e++) {
            Integer a = index.get(links.get(e).a());
            Integer b = index.get(links.get(e).b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            adjacency.get(a).add(new int[] {b, e});
            adjacency.get(b).add(new int[] {a, e});
        }
        boolean[] bridge = new boolean[links.size()];
        int[] order = new int[n];
        int[] low = new int[n];
        int[] parentEdge = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            order[root] = low[root] = ++counter;
            parentEdge[root] = -1;
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < adjacency.get(v).size()) {
                    int[] edge = adjacency.get(v).get(cursor[v]++);
                    int w = edge[0];
                    if (edge[1] == parentEdge[v]) {
                        continue; // the tree edge we came in by (only that one: parallels count)
                    }
                    if (order[w] == 0) {
                        order[w] = low[w] = ++counter;
                        parentEdge[w] = edge[1];
                        stack[top++] = w;
                    } else {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    top--;
                    if (top > 0) {
                        int parent = stack[top - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                        if (low[v] > order[parent]) {
                            bridge[parentEdge[v]] = true;
                        }
                    }
                }
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (int e = 0; e < links.size(); e++) {
            if (bridge[e]) {
                result.add(links.get(e).id());
            }
        }
        return result;
    }
}
