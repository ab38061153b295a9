package org.neverout.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.CompiledModel;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelIndex;
import org.neverout.model.Node;
import org.neverout.model.Supplier;

/**
 * The supplier-operated nodes and links of a model, nodes first then links, each in file order, with
 * the basic event of each element. Failing every supplier event is the same as failing exactly these
 * elements' own events: a supplier event covers the nodes and links its chain operates and nothing else,
 * so this lets a search keep a chosen few of them working. Built in O(nodes + links).
 */
final class SupplierOperated {
    final List<OperatedElement> elements = new ArrayList<>();
    /** Basic event index of each element's own failure. */
    final int[] events;
    /** For a link: positions (in {@link #elements}) of its supplier-operated end nodes; empty for a node. */
    final int[][] endElements;
    /** For a node: its position among the model's nodes; for a link: the positions of its two end nodes. */
    final int[][] modelNodes;

    SupplierOperated(Model model, CompiledModel compiled, ModelIndex index) {
        Map<String, Integer> position = new HashMap<>();
        List<int[]> nodesOf = new ArrayList<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < model.nodes().size(); n++) {
            nodeIndex.put(model.nodes().get(n).id(), n);
        }
        for (int n = 0; n < model.nodes().size(); n++) {
            Node node = model.nodes().get(n);
            if (!Model.DEFENCE.equals(node.operator())) {
                position.put(node.id(), elements.size());
                elements.add(new OperatedElement(node.id(), "node", node.operator(), top(index, node.operator())));
                nodesOf.add(new int[] {n});
            }
        }
        List<int[]> ends = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            ends.add(new int[0]);
        }
        for (Link link : model.links()) {
            if (!Model.DEFENCE.equals(link.operator())) {
                elements.add(new OperatedElement(link.id(), "link", link.operator(), top(index, link.operator())));
                nodesOf.add(new int[] {nodeIndex.get(link.a()), nodeIndex.get(link.b())});
                ends.add(java.util.stream.Stream.of(link.a(), link.b()).filter(position::containsKey)
                        .mapToInt(position::get).distinct().toArray());
            }
        }
        events = new int[elements.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = compiled.eventIndex(elements.get(i).id());
            if (events[i] < 0) {
                throw new IllegalStateException("compiled model lacks the event of '" + elements.get(i).id() + "'");
            }
        }
        endElements = ends.toArray(new int[0][]);
        modelNodes = nodesOf.toArray(new int[0][]);
    }

    int size() {
        return elements.size();
    }

    /** The elements at these positions, in the given order. */
    List<OperatedElement> elements(int[] positions) {
        List<OperatedElement> out = new ArrayList<>(positions.length);
        for (int p : positions) {
            out.add(elements.get(p));
        }
        return out;
    }

    private static String top(ModelIndex index, String operator) {
        Supplier supplier = index.supplier(operator).orElseThrow(() -> new InvalidModelException(
                index.model().source().locationOf(operator), "unknown supplier '" + operator + "'"));
        List<Supplier> above = index.ancestors(supplier.id());
        return above.isEmpty() ? supplier.id() : above.get(above.size() - 1).id();
    }
}
