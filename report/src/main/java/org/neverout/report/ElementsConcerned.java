package org.neverout.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The nodes and links a set of basic events takes down, for "who operates and who owns it" on the decision
 * page: a node is down when one of the events is the node, its site, one of its groups, its software version
 * or its operator (or a supplier above it), or when every one of its power feeds (its own list, else its
 * site's; none: always powered) is down, by the feed or one of the feed's groups (MODEL.md "State of the
 * network"). A link counts when an event covers the link itself (its id, one of its groups, its operator):
 * a link that is only down because an end is down is the end's business, not its operator's. Services named
 * among the events are kept apart: a shared service's own failure has no node or link of its own.
 *
 * <p>Cost: O(V + E + the events' sizes) after compiling the model (O(model)) once.
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
        return of(model, CompiledModel.compile(model), cut);
    }

    /**
     * As {@link #of(Model, List)} with the model compiled once by the caller: the engine's network state
     * applies the events, so the failure semantics are the engine's own, not a second reading of them.
     */
    public static ElementsConcerned of(Model model, CompiledModel compiled, List<String> cut) {
        NetworkState state = new NetworkState(compiled);
        for (String id : cut) {
            int event = compiled.eventIndex(id);
            if (event >= 0) {
                state.apply(event);
            }
        }
        List<String> nodes = new ArrayList<>();
        for (int n = 0; n < compiled.nodeCount(); n++) {
            if (!state.isNodeLive(n)) {
                nodes.add(compiled.nodeId(n));
            }
        }
        List<String> links = new ArrayList<>();
        for (int l = 0; l < compiled.linkCount(); l++) {
            if (state.isLinkCovered(l)) {
                links.add(compiled.linkId(l));
            }
        }
        Set<String> failed = new HashSet<>(cut);
        List<String> services = model.services().stream().map(Service::id).filter(failed::contains).toList();
        return new ElementsConcerned(nodes, links, services);
    }

    /** Whether nothing is concerned (no node, link or service). */
    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty() && services.isEmpty();
    }
}
