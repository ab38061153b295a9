package org.neverout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The nodes and links a set of basic events takes down, for "who operates and who owns it" on the decision
 * page: a node is down when one of the events is the node, its site, one of its groups, its software version
 * or its operator (or a supplier above it), or when every one of its power feeds (its own list, else its
 * site's; none: always powered) is down, by the feed or one of the feed's groups (MODEL.md "State of the
 * network"). A link counts when an event covers the link itself (its id, one of its groups, its operator):
 * a link that is only down because an end is down is the end's business, not its operator's. Services named
 * among the events are kept apart: a shared service's own failure has no node or link of its own.
 *
 * <p>Cost: O(V + E + P + S) for V nodes, E links, P feeds and S suppliers (with their parent chains).
 *
 * @param nodes     ids of the nodes down, in model order
 * @param links     ids of the links covered, in model order
 * @param services  ids of the services among the events, in model order
 */
public record ElementsConcerned(List<String> nodes, List<String> links, List<String> services) {
    public ElementsConcerned {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        services = List.copyOf(services);
    }

    /** The elements the events {@code cut} (basic event ids) take down together in {@code model}. */
    public static ElementsConcerned of(Model model, List<String> cut) {
        Set<String> failed = new HashSet<>(cut);
        Map<String, Supplier> suppliers = new HashMap<>();
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        Map<String, Site> sites = new HashMap<>();
        model.sites().forEach(s -> sites.put(s.id(), s));
        Set<String> feedsDown = new HashSet<>();
        for (PowerFeed f : model.powerFeeds()) {
            if (failed.contains(f.id()) || f.groups().stream().anyMatch(failed::contains)) {
                feedsDown.add(f.id());
            }
        }
        List<String> nodes = new ArrayList<>();
        for (Node n : model.nodes()) {
            boolean covered = failed.contains(n.id()) || n.site() != null && failed.contains(n.site())
                    || n.groups().stream().anyMatch(failed::contains)
                    || n.software() != null && failed.contains("software:" + n.software())
                    || operatorLost(n.operator(), failed, suppliers);
            List<String> feeds = n.power() != null ? n.power()
                    : n.site() != null ? sites.get(n.site()).power() : List.of();
            boolean unpowered = !feeds.isEmpty() && feedsDown.containsAll(feeds);
            if (covered || unpowered) {
                nodes.add(n.id());
            }
        }
        List<String> links = new ArrayList<>();
        for (Link l : model.links()) {
            if (failed.contains(l.id()) || l.groups().stream().anyMatch(failed::contains)
                    || operatorLost(l.operator(), failed, suppliers)) {
                links.add(l.id());
            }
        }
        List<String> services = model.services().stream().map(Service::id).filter(failed::contains).toList();
        return new ElementsConcerned(nodes, links, services);
    }

    /** Whether the operator, or a supplier it subcontracts for, is among the failed supplier events. */
    private static boolean operatorLost(String operator, Set<String> failed, Map<String, Supplier> suppliers) {
        // a parent chain is acyclic (the loader refuses cycles); the bound guards against a bad model anyway
        String s = operator;
        for (int hops = 0; s != null && !Model.DEFENCE.equals(s) && hops <= suppliers.size(); hops++) {
            if (failed.contains("supplier:" + s)) {
                return true;
            }
            Supplier supplier = suppliers.get(s);
            s = supplier == null ? null : supplier.parent();
        }
        return false;
    }

    /** Whether nothing is concerned (no node, link or service). */
    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty() && services.isEmpty();
    }
}
