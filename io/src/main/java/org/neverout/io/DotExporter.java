package org.neverout.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * Exports a model's network as a Graphviz DOT undirected graph: the nodes of each site grouped in a
 * cluster {@code subgraph "cluster_<site>"} labelled with the site (nodes at no site outside any
 * cluster), a node per node (label, role, site,
 * operator; {@code pos="lon,lat!"} or {@code pos="x,y!"} when it has coordinates, for
 * {@code neato -n}), an edge per link (label with capacity, and capacity_gbps, length_km, medium,
 * operator, status attributes; planned links dashed). Every id is quoted, so any model id is valid
 * DOT. Deterministic; O(model size).
 */
public final class DotExporter {
    private DotExporter() {
    }

    public static String toDot(Model model) {
        StringBuilder out = new StringBuilder();
        out.append("graph ").append(quote(model.name())).append(" {\n");
        out.append("  graph [label=").append(quote(model.name())).append("];\n");
        out.append("  node [shape=ellipse];\n");
        // one cluster per site (in model order) holding its nodes; nodes at no site outside any cluster
        Map<String, List<Node>> bySite = new LinkedHashMap<>();
        model.sites().forEach(s -> bySite.put(s.id(), new ArrayList<>()));
        List<Node> nowhere = new ArrayList<>();
        for (Node n : model.nodes()) {
            List<Node> at = n.site() == null ? null : bySite.get(n.site());
            (at == null ? nowhere : at).add(n);
        }
        for (Site s : model.sites()) {
            List<Node> nodes = bySite.get(s.id());
            if (nodes.isEmpty()) {
                continue;
            }
            out.append("  subgraph ").append(quote("cluster_" + s.id())).append(" {\n");
            out.append("    graph [label=").append(quote(s.name() != null ? s.name() : s.id())).append(", style=rounded];\n");
            for (Node n : nodes) {
                node(out, "    ", n);
            }
            out.append("  }\n");
        }
        for (Node n : nowhere) {
            node(out, "  ", n);
        }
        for (Link l : model.links()) {
            List<String> attributes = new ArrayList<>();
            String label = l.name() != null ? l.name() : l.id();
            if (l.capacityGbps() != null) {
                label += "\n" + l.capacityGbps() + " Gbit/s";
            }
            attributes.add("label=" + quote(label));
            add(attributes, "id", l.id());
            add(attributes, "capacity_gbps", l.capacityGbps());
            add(attributes, "length_km", l.lengthKm());
            add(attributes, "medium", l.medium());
            add(attributes, "operator", l.operator());
            add(attributes, "status", l.status());
            if ("planned".equals(l.status())) {
                attributes.add("style=dashed");
            }
            out.append("  ").append(quote(l.a())).append(" -- ").append(quote(l.b()))
                    .append(" [").append(String.join(", ", attributes)).append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static void node(StringBuilder out, String indent, Node n) {
        List<String> attributes = new ArrayList<>();
        attributes.add("label=" + quote(n.name() != null ? n.name() : n.id()));
        add(attributes, "role", n.role());
        add(attributes, "site", n.site());
        add(attributes, "operator", n.operator());
        if (n.lat() != null && n.lon() != null) {
            attributes.add("pos=" + quote(n.lon() + "," + n.lat() + "!"));
        } else if (n.x() != null && n.y() != null) {
            attributes.add("pos=" + quote(n.x() + "," + n.y() + "!"));
        }
        out.append(indent).append(quote(n.id())).append(" [").append(String.join(", ", attributes)).append("];\n");
    }

    private static void add(List<String> attributes, String name, Object value) {
        if (value != null) {
            attributes.add(name + "=" + quote(String.valueOf(value)));
        }
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
