package org.neverout.report;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.graph.Adjacency;
import org.neverout.engine.graph.LowPointForest;
import org.neverout.model.Link;

/**
 * The bridges of the network graph: links whose loss alone splits the nodes they connect into two parts.
 * Parallel links between the same two nodes are never bridges.
 *
 * <p>Maps the report's ids to indices and asks the engine's {@link LowPointForest#bridges} (Tarjan's
 * low points, iterative): O(V + E) time and memory.
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
        int[] linkA = new int[links.size()];
        int[] linkB = new int[links.size()];
        for (int e = 0; e < links.size(); e++) {
            // a link to an unknown node is left out (the loader reports it); a self-loop never bridges
            linkA[e] = index.getOrDefault(links.get(e).a(), -1);
            linkB[e] = index.getOrDefault(links.get(e).b(), -1);
        }
        boolean[] bridge = LowPointForest.bridges(Adjacency.of(index.size(), linkA, linkB), links.size());
        Set<String> result = new LinkedHashSet<>();
        for (int e = 0; e < links.size(); e++) {
            if (bridge[e]) {
                result.add(links.get(e).id());
            }
        }
        return result;
    }
}
