package org.neverout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * {@code show --by-site}: per site its power feeds and nodes (a node with its own power list says so),
 * then the nodes at no site; and, for any model, which {@code assign} rule or default placed nodes on
 * their sites ({@link Model.Source#resolvedBy()}). Cost: linear in the number of nodes and sites.
 */
final class SiteListing {
    private SiteListing() {
    }

    /** How many nodes each rule (or default) placed on a site, in the order first met; empty when none. */
    static String siteRules(Model m) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (Node n : m.nodes()) {
            String by = m.source().resolvedBy().get(n.id() + ".site");
            if (by != null) {
                byRule.computeIfAbsent(by, k -> new ArrayList<>()).add(n.id());
            }
        }
        if (byRule.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nSites given by rules\n");
        byRule.forEach((rule, nodes) -> sb.append("  ").append(rule).append(": ").append(nodes.size())
                .append(nodes.size() == 1 ? " node" : " nodes").append('\n'));
        return sb.toString();
    }

    /** The per-site listing. */
    static String render(Model m) {
        Map<String, List<Node>> bySite = new LinkedHashMap<>();
        m.sites().forEach(s -> bySite.put(s.id(), new ArrayList<>()));
        List<Node> nowhere = new ArrayList<>();
        for (Node n : m.nodes()) {
            if (n.site() == null) {
                nowhere.add(n);
            } else {
                bySite.get(n.site()).add(n);
            }
        }
        StringBuilder sb = new StringBuilder("\nNodes and power feeds by site\n");
        for (Site s : m.sites()) {
            List<Node> nodes = bySite.get(s.id());
            sb.append("  ").append(s.id());
            if (s.name() != null) {
                sb.append(" (").append(s.name()).append(')');
            }
            sb.append(": ").append(nodes.size()).append(nodes.size() == 1 ? " node" : " nodes").append("; feeds ")
                    .append(s.power().isEmpty() ? "none" : String.join(", ", s.power())).append('\n');
            for (Node n : nodes) {
                sb.append("    ").append(describe(m, n)).append('\n');
            }
        }
        if (!nowhere.isEmpty()) {
            sb.append("  (no site): ").append(nowhere.size()).append(nowhere.size() == 1 ? " node" : " nodes")
                    .append('\n');
            for (Node n : nowhere) {
                sb.append("    ").append(describe(m, n)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String describe(Model m, Node n) {
        StringBuilder d = new StringBuilder(n.id());
        List<String> facts = new ArrayList<>();
        if (n.role() != null) {
            facts.add(n.role());
        }
        if (n.power() != null) {
            facts.add(n.power().isEmpty() ? "own power: always powered" : "own power: " + String.join(", ", n.power()));
        }
        String by = m.source().resolvedBy().get(n.id() + ".site");
        if (by != null) {
            facts.add("site from " + by);
        }
        if (!facts.isEmpty()) {
            d.append("  [").append(String.join("; ", facts)).append(']');
        }
        return d.toString();
    }
}
