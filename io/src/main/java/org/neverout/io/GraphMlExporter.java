package org.neverout.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;

/**
 * Exports a model's network as GraphML for Gephi and yEd: one undirected graph, a node per node
 * (label, Latitude/Longitude or x/y, role, site, operator), an edge per link (label, capacity,
 * length, medium, status, operator). Each data key is declared once with {@code attr.name} and a
 * standard {@code attr.type}, and only when some element has a value for it; node ids are the model's
 * ids, so {@link GraphMlImporter} reads an export back with the same nodes, coordinates, roles and
 * link values. Deterministic; O(model size).
 */
public final class GraphMlExporter {
    /** One declared data key: its GraphML id, attr.name, attr.type and how to get a value. */
    private record Key<T>(String id, String name, String type, Function<T, Object> value) {
    }

    private static final List<Key<Node>> NODE_KEYS = List.of(
            new Key<>("n_label", "label", "string", n -> n.name() != null ? n.name() : n.id()),
            new Key<>("n_role", "role", "string", Node::role),
            new Key<>("n_site", "site", "string", Node::site),
            new Key<>("n_operator", "operator", "string", Node::operator),
            new Key<>("n_lat", "Latitude", "double", Node::lat),
            new Key<>("n_lon", "Longitude", "double", Node::lon),
            new Key<>("n_x", "x", "double", Node::x),
            new Key<>("n_y", "y", "double", Node::y));
    private static final List<Key<Link>> LINK_KEYS = List.of(
            new Key<>("e_label", "LinkLabel", "string", Link::name),
            new Key<>("e_capacity", "capacity_gbps", "double", Link::capacityGbps),
            new Key<>("e_length", "length_km", "double", Link::lengthKm),
            new Key<>("e_medium", "medium", "string", Link::medium),
            new Key<>("e_status", "LinkStatus", "string", Link::status),
            new Key<>("e_operator", "operator", "string", Link::operator));

    private GraphMlExporter() {
    }

    public static String toGraphMl(Model model) {
        List<Key<Node>> nodeKeys = used(NODE_KEYS, model.nodes());
        List<Key<Link>> linkKeys = used(LINK_KEYS, model.links());
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
                .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        out.append("  <key id=\"g_name\" for=\"graph\" attr.name=\"label\" attr.type=\"string\"/>\n");
        declare(out, nodeKeys, "node");
        declare(out, linkKeys, "edge");
        out.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        out.append("    <data key=\"g_name\">").append(Xml.text(model.name())).append("</data>\n");
        for (Node n : model.nodes()) {
            out.append("    <node id=\"").append(Xml.attribute(n.id())).append("\">\n");
            data(out, nodeKeys, n);
            out.append("    </node>\n");
        }
        for (Link l : model.links()) {
            out.append("    <edge id=\"").append(Xml.attribute(l.id())).append("\" source=\"")
                    .append(Xml.attribute(l.a())).append("\" target=\"").append(Xml.attribute(l.b())).append("\">\n");
            data(out, linkKeys, l);
            out.append("    </edge>\n");
        }
        out.append("  </graph>\n</graphml>\n");
        return out.toString();
    }

    private static <T> List<Key<T>> used(List<Key<T>> keys, List<T> items) {
        List<Key<T>> used = new ArrayList<>();
        for (Key<T> key : keys) {
            if (items.stream().anyMatch(i -> key.value().apply(i) != null)) {
                used.add(key);
            }
        }
        return used;
    }

    private static <T> void declare(StringBuilder out, List<Key<T>> keys, String forWhat) {
        for (Key<T> key : keys) {
            out.append("  <key id=\"").append(key.id()).append("\" for=\"").append(forWhat)
                    .append("\" attr.name=\"").append(key.name()).append("\" attr.type=\"").append(key.type())
                    .append("\"/>\n");
        }
    }

    private static <T> void data(StringBuilder out, List<Key<T>> keys, T item) {
        Map<String, Object> values = new LinkedHashMap<>();
        keys.forEach(k -> values.put(k.id(), k.value().apply(item)));
        values.forEach((id, value) -> {
            if (value != null) {
                out.append("      <data key=\"").append(id).append("\">")
                        .append(Xml.text(String.valueOf(value))).append("</data>\n");
            }
        });
    }
}
