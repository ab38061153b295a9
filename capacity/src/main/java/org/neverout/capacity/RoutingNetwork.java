package org.neverout.capacity;

import java.util.Arrays;
import java.util.List;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.graph.Adjacency;
import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * The model compiled for routing: link costs and capacities by the engine's link index, and every demand
 * as arrays of node indices, its destination alternatives numbered as destinations 0 .. D-1 (distinct
 * nodes, first-use order) so that one shortest-path tree serves every demand toward that node.
 * Immutable after construction; O(V + E + total alternatives).
 */
final class RoutingNetwork {
    final CompiledModel compiled;
    final Adjacency graph;
    final int nodes;
    final int links;
    final long[] cost;
    /** Per link its {@code capacity_gbps}, or 0 when absent or 0 (no utilisation). */
    final double[] capacity;
    final int[] linkA;
    final int[] linkB;
    final List<Demand> demandList;
    final double[] volume;
    /** Per demand its service's {@code never_out}. */
    final int[] neverOut;
    final int[][] sources;
    /** Per demand its destination alternatives as destination numbers. */
    final int[][] destinations;
    /** Per destination number its node. */
    final int[] destinationNode;
    /** Per demand its rank by service id (code point order), and per rank the demand. */
    final int[] idRank;
    final int[] byIdRank;

    RoutingNetwork(Model model, CompiledModel compiled, List<Demand> demands) {
        this.compiled = compiled;
        this.graph = compiled.adjacency();
        this.nodes = compiled.nodeCount();
        this.links = compiled.linkCount();
        this.cost = new long[links];
        this.capacity = new double[links];
        this.linkA = new int[links];
        this.linkB = new int[links];
        for (int l = 0; l < links; l++) {
            Link link = model.links().get(l);
            if (!link.id().equals(compiled.linkId(l))) {
                throw new IllegalStateException("compiled link " + l + " is not model link " + link.id());
            }
            cost[l] = link.igpCost();
            capacity[l] = link.capacityGbps() == null ? 0 : link.capacityGbps();
            linkA[l] = compiled.linkA(l);
            linkB[l] = compiled.linkB(l);
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int n = 0; n < nodes; n++) {
            index.put(compiled.nodeId(n), n);
        }
        int[] destOfNode = new int[nodes];
        Arrays.fill(destOfNode, -1);
        int[] destNodes = new int[nodes];
        int d = 0;
        this.demandList = List.copyOf(demands);
        this.volume = new double[demands.size()];
        this.neverOut = new int[demands.size()];
        this.sources = new int[demands.size()][];
        this.destinations = new int[demands.size()][];
        for (int k = 0; k < demands.size(); k++) {
            Demand dem = demands.get(k);
            volume[k] = dem.volume();
            neverOut[k] = dem.neverOut();
            sources[k] = resolve(dem.sources(), index, dem.service());
            int[] t = resolve(dem.destinations(), index, dem.service());
            for (int i = 0; i < t.length; i++) {
                if (destOfNode[t[i]] < 0) {
                    destOfNode[t[i]] = d;
                    destNodes[d++] = t[i];
                }
                t[i] = destOfNode[t[i]];
            }
            destinations[k] = t;
        }
        this.destinationNode = Arrays.copyOf(destNodes, d);
        Integer[] sorted = new Integer[demands.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = k;
        }
        Arrays.sort(sorted, java.util.Comparator.comparing(k -> demands.get(k).service()));
        this.idRank = new int[sorted.length];
        this.byIdRank = new int[sorted.length];
        for (int r = 0; r < sorted.length; r++) {
            idRank[sorted[r]] = r;
            byIdRank[r] = sorted[r];
        }
    }

    private static int[] resolve(List<String> ids, java.util.Map<String, Integer> index, String service) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Integer n = index.get(ids.get(i));
            if (n == null) {
                // the loader resolves every endpoint: only a hand-built model can get here
                throw new IllegalArgumentException("service '" + service + "': endpoint '" + ids.get(i)
                        + "' is no node");
            }
            out[i] = n;
        }
        return out;
    }

    int destinationCount() {
        return destinationNode.length;
    }

    int demandCount() {
        return volume.length;
    }
}
