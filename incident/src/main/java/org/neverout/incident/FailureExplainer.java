package org.neverout.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.NetworkState;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelIndex;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Explains why nodes, links and feeds are down after a set of basic events, per MODEL.md: a node by its
 * own id, its site, a group, its software version, its operator's (or an ancestor's) supplier event, or
 * loss of power; a feed by its id or a group; a link by its id, a group, its operator's chain, or a dead
 * end node. Whether an element is down comes from the engine's {@link NetworkState} (node i and link i
 * are the model's i-th node and link); this class only finds the reasons. Explanations are built on
 * demand and memoised: O(size of the explanation) each after an O(1) look-up.
 */
final class FailureExplainer {
    private final Model model;
    private final ModelIndex index;
    private final NetworkState state;
    /** Failed event id to its position in the incident, for ordering causes. */
    private final Map<String, Integer> failed;
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Integer> feedIndex = new HashMap<>();
    private final ElementFailure[] nodes;
    private final ElementFailure[] links;
    private final ElementFailure[] feeds;

    FailureExplainer(Model model, ModelIndex index, NetworkState state, Map<String, Integer> failed) {
        this.model = model;
        this.index = index;
        this.state = state;
        this.failed = failed;
        model.sites().forEach(s -> sites.put(s.id(), s));
        for (int f = 0; f < model.powerFeeds().size(); f++) {
            feedIndex.put(model.powerFeeds().get(f).id(), f);
        }
        this.nodes = new ElementFailure[model.nodes().size()];
        this.links = new ElementFailure[model.links().size()];
        this.feeds = new ElementFailure[model.powerFeeds().size()];
    }

    boolean nodeDown(int n) {
        return !state.isNodeLive(n);
    }

    boolean linkDown(int l) {
        return !state.isLinkLive(l);
    }

    /** Why node n is down (it must be). */
    ElementFailure node(int n) {
        if (nodes[n] == null) {
            Node node = model.nodes().get(n);
            List<String> events = new ArrayList<>();
            add(events, node.id());
            if (node.site() != null) {
                add(events, node.site());
            }
            node.groups().forEach(g -> add(events, g));
            if (node.software() != null) {
                add(events, "software:" + node.software());
            }
            operatorChain(node.operator(), events);
            List<ElementFailure> unpowered = new ArrayList<>();
            List<String> power = (node.power() != null ? node.power()
                    : node.site() != null && sites.containsKey(node.site()) ? sites.get(node.site()).power()
                    : List.<String>of()).stream().distinct().toList();
            List<ElementFailure> feedFailures = new ArrayList<>();
            for (String f : power) {
                ElementFailure feed = feed(feedIndex.get(f));
                if (feed != null) {
                    feedFailures.add(feed);
                }
            }
            if (!power.isEmpty() && feedFailures.size() == power.size()) {
                unpowered.addAll(feedFailures);
            }
            nodes[n] = new ElementFailure(node.id(), "node", sort(events), unpowered, List.of());
        }
        return nodes[n];
    }

    /** Why link l is down (it must be). */
    ElementFailure link(int l, Map<String, Integer> nodeIndex) {
        if (links[l] == null) {
            Link link = model.links().get(l);
            List<String> events = new ArrayList<>();
            add(events, link.id());
            link.groups().forEach(g -> add(events, g));
            operatorChain(link.operator(), events);
            List<ElementFailure> ends = new ArrayList<>();
            int a = nodeIndex.get(link.a());
            int b = nodeIndex.get(link.b());
            if (nodeDown(a)) {
                ends.add(node(a));
            }
            if (b != a && nodeDown(b)) {
                ends.add(node(b));
            }
            links[l] = new ElementFailure(link.id(), "link", sort(events), List.of(), ends);
        }
        return links[l];
    }

    /** Why feed f is down, or null when it is up. */
    private ElementFailure feed(int f) {
        if (feeds[f] == null) {
            PowerFeed feed = model.powerFeeds().get(f);
            List<String> events = new ArrayList<>();
            add(events, feed.id());
            feed.groups().forEach(g -> add(events, g));
            if (events.isEmpty()) {
                return null;
            }
            feeds[f] = new ElementFailure(feed.id(), "power_feed", sort(events), List.of(), List.of());
        }
        return feeds[f];
    }

    private void operatorChain(String operator, List<String> events) {
        if (operator == null || Model.DEFENCE.equals(operator)) {
            return;
        }
        add(events, "supplier:" + operator);
        for (Supplier above : index.ancestors(operator)) {
            add(events, "supplier:" + above.id());
        }
    }

    private void add(List<String> events, String id) {
        if (failed.containsKey(id) && !events.contains(id)) {
            events.add(id);
        }
    }

    private List<String> sort(List<String> events) {
        events.sort((x, y) -> Integer.compare(failed.get(x), failed.get(y)));
        return events;
    }

    /** Every basic event behind the given failures. */
    static Set<String> events(List<ElementFailure> failures) {
        Set<String> out = new java.util.LinkedHashSet<>();
        failures.forEach(f -> f.collectEvents(out));
        return out;
    }
}
