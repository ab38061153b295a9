package org.neverout.adversary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.neverout.engine.EventKind;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;

/**
 * The exact cheapest set of node and link events, of any size, that separates two nodes: a minimum
 * s-t cut on the split graph. Every node v becomes an arc v_in -&gt; v_out and every link l an arc
 * l_in -&gt; l_out, each with the element's attack cost (unbounded when its kind is not enumerated); a
 * link joins its ends both ways through its own arc (u_out -&gt; l_in, l_out -&gt; v_in and back) with
 * unbounded arcs. Finite s_in-t_out cuts then consist of element arcs only, and are exactly the sets of
 * nodes and links (endpoints included) whose loss separates s from t, at their cost.
 *
 * <p>The graph is built once per model (O(V + E)); each query runs JGraphT's push-relabel maximum flow,
 * O(V'^3) worst case on the V' = 2(V + E) split vertices, far less in practice.
 */
public final class MinimumCostCut {
    private final Model model;
    private final Graph<Integer, DefaultWeightedEdge> graph;
    private final PushRelabelMFImpl<Integer, DefaultWeightedEdge> flow;
    private final Map<DefaultWeightedEdge, String> elementOf = new HashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final double unbounded;

    /**
     * @param costs  the events' costs
     * @param kinds  the enumerated kinds: a node (link) arc is cuttable only when node (link) is among them
     */
    public MinimumCostCut(Model model, AttackCosts costs, Set<EventKind> kinds) {
        this.model = model;
        this.graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        double finite = 1;
        for (Node n : model.nodes()) {
            finite += costs.cost(n.id());
        }
        for (Link l : model.links()) {
            finite += costs.cost(l.id());
        }
        this.unbounded = finite; // above any finite cut
        int v = 0;
        for (Node n : model.nodes()) {
            nodeIndex.put(n.id(), v);
            arc(2 * v, 2 * v + 1, kinds.contains(EventKind.NODE) ? costs.cost(n.id()) : unbounded, n.id());
            v++;
        }
        int base = 2 * v;
        int i = 0;
        for (Link l : model.links()) {
            int in = base + 2 * i;
            int out = in + 1;
            arc(in, out, kinds.contains(EventKind.LINK) ? costs.cost(l.id()) : unbounded, l.id());
            int a = nodeIndex.get(l.a());
            int b = nodeIndex.get(l.b());
            arc(2 * a + 1, in, unbounded, null);
            arc(2 * b + 1, in, unbounded, null);
            arc(out, 2 * a, unbounded, null);
            arc(out, 2 * b, unbounded, null);
            i++;
        }
        this.flow = new PushRelabelMFImpl<>(graph);
    }

    private void arc(int from, int to, double capacity, String element) {
        graph.addVertex(from);
        graph.addVertex(to);
        DefaultWeightedEdge e = graph.addEdge(from, to);
        graph.setEdgeWeight(e, capacity);
        if (element != null) {
            elementOf.put(e, element);
        }
    }

    /**
     * Whether the exact cut applies to a service (issue 15): exactly two endpoint entries of one node each,
     * no {@code depends_on}, and only node and link events enumerated.
     */
    public static boolean applies(Service service, Set<EventKind> kinds) {
        return service.endpoints().size() == 2 && service.endpoints().get(0).size() == 1
                && service.endpoints().get(1).size() == 1 && service.dependsOn().isEmpty()
                && Set.of(EventKind.NODE, EventKind.LINK).containsAll(kinds);
    }

    /** One cheapest separating set of {@code s} and {@code t}, or null when no finite one exists. */
    public MinimumCut between(String s, String t, AttackCosts costs) {
        int source = 2 * nodeIndex.get(s);
        int sink = 2 * nodeIndex.get(t) + 1;
        double value = flow.calculateMinCut(source, sink);
        if (value >= unbounded) {
            return null;
        }
        List<String> cut = new ArrayList<>();
        for (DefaultWeightedEdge e : flow.getCutEdges()) {
            String element = elementOf.get(e);
            if (element != null) {
                cut.add(element);
            }
        }
        Collections.sort(cut);
        return new MinimumCut(costs.cost(cut), cut);
    }

    public Model model() {
        return model;
    }
}
