package org.neverout.quant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;

/**
 * The variable order of the decision diagrams: a breadth-first ranking from the services' endpoints.
 * Service events come first (each decides its services at once); a node event ranks at its node's
 * breadth-first distance, a link just after its nearer end, a site, feed or other multi-element event at
 * its nearest covered node. Events near the endpoints decide path sets and cut sets first, which keeps
 * both the Shannon expansion and the diagrams small. O(V + E + events log events).
 */
final class VariableOrder {
    private VariableOrder() {
    }

    /** The given events (indices of {@code compiled.events()}) sorted into branching order. */
    static int[] of(Model model, CompiledModel compiled, int[] events) {
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < model.nodes().size(); n++) {
            nodeIndex.put(model.nodes().get(n).id(), n);
        }
        int[] rank = breadthFirstRanks(model, nodeIndex);
        Map<String, Double> siteRank = new HashMap<>();
        Map<String, Double> feedRank = new HashMap<>();
        Map<String, Site> sites = new HashMap<>();
        for (Site s : model.sites()) {
            sites.put(s.id(), s);
        }
        for (int n = 0; n < model.nodes().size(); n++) {
            Node node = model.nodes().get(n);
            double r = rank[n];
            if (node.site() != null) {
                siteRank.merge(node.site(), r, Math::min);
            }
            List<String> feeds = node.power() != null ? node.power()
                    : node.site() != null && sites.containsKey(node.site()) ? sites.get(node.site()).power() : List.of();
            for (String f : feeds) {
                feedRank.merge(f, r, Math::min);
            }
        }
        Map<String, Double> linkRank = new HashMap<>();
        for (Link l : model.links()) {
            Integer a = nodeIndex.get(l.a());
            Integer b = nodeIndex.get(l.b());
            double r = Math.min(a == null ? Integer.MAX_VALUE : rank[a], b == null ? Integer.MAX_VALUE : rank[b]);
            linkRank.put(l.id(), r + 0.5);
        }
        for (PowerFeed f : model.powerFeeds()) {
            feedRank.putIfAbsent(f.id(), (double) Integer.MAX_VALUE);
        }
        double[] key = new double[events.length];
        for (int i = 0; i < events.length; i++) {
            BasicEvent e = compiled.events().get(events[i]);
            key[i] = switch (e.kind()) {
                case SERVICE -> -1.0;
                case NODE -> rank[nodeIndex.get(e.id())];
                case LINK -> linkRank.getOrDefault(e.id(), (double) Integer.MAX_VALUE);
                case SITE -> siteRank.getOrDefault(e.id(), (double) Integer.MAX_VALUE) - 0.25;
                case POWER -> feedRank.getOrDefault(e.id(), (double) Integer.MAX_VALUE) - 0.25;
                default -> Integer.MAX_VALUE;
            };
        }
        Integer[] order = new Integer[events.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingInt(i -> events[i]));
        int[] sorted = new int[events.length];
        for (int i = 0; i < events.length; i++) {
            sorted[i] = events[order[i]];
        }
        return sorted;
    }

    /** Multi-source BFS distance from every service endpoint; unreachable nodes rank after all others. */
    private static int[] breadthFirstRanks(Model model, Map<String, Integer> nodeIndex) {
        int nodes = model.nodes().size();
        List<List<Integer>> adjacency = new ArrayList<>(nodes);
        for (int n = 0; n < nodes; n++) {
            adjacency.add(new ArrayList<>());
        }
        for (Link l : model.links()) {
            Integer a = nodeIndex.get(l.a());
            Integer b = nodeIndex.get(l.b());
            if (a != null && b != null) {
                adjacency.get(a).add(b);
                adjacency.get(b).add(a);
            }
        }
        int[] rank = new int[nodes];
        Arrays.fill(rank, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Service s : model.services()) {
            for (List<String> entry : s.endpoints()) {
                for (String id : entry) {
                    Integer n = nodeIndex.get(id);
                    if (n != null && rank[n] < 0) {
                        rank[n] = 0;
                        queue.add(n);
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            int n = queue.poll();
            for (int m : adjacency.get(n)) {
                if (rank[m] < 0) {
                    rank[m] = rank[n] + 1;
                    queue.add(m);
                }
            }
        }
        for (int n = 0; n < nodes; n++) {
            if (rank[n] < 0) {
                rank[n] = nodes + 1;
            }
        }
        return rank;
    }
}
