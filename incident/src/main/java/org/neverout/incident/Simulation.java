package org.neverout.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.ModelIndex;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Supplier;

/**
 * Replays an incident on a model: the state of every service (from the engine's {@link NetworkState}),
 * why each down service is down as a causal chain, what each failed event takes down, and the impact.
 *
 * <p>Cost: one network evaluation O(V + E + services) for the incident, one per failed event for its
 * effect alone, one labelling of the surviving network's components O(V + E), and per down service
 * O(endpoint alternatives + dependencies), plus the boundary of each endpoint part that is cut off
 * (O(part size + degrees), computed once per part).
 */
public final class Simulation {
    /** At most this many separating elements are listed per split. */
    static final int SEPARATORS_LISTED = 20;

    private Simulation() {
    }

    /**
     * Simulates the failure of the given basic events (a {@code --fail} list).
     *
     * @throws org.neverout.model.InvalidModelException naming every id that is no basic event of the model
     * @throws IllegalArgumentException when the duration is negative or not finite
     */
    public static SimulationResult run(Model model, CompiledModel compiled, List<String> failedEventIds, double durationH) {
        return run(model, compiled, Incident.ofIds(failedEventIds, new Location("--fail", 0, 0)), durationH);
    }

    /** Simulates an incident; {@code durationH} is the duration to use (the caller's choice over the file's). */
    public static SimulationResult run(Model model, CompiledModel compiled, Incident incident, double durationH) {
        if (!Double.isFinite(durationH) || durationH < 0) {
            throw new IllegalArgumentException("duration must be a finite number of hours >= 0, not " + durationH);
        }
        int[] events = FailedEvents.resolve(model, compiled, incident);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String id : incident.fail()) {
            order.putIfAbsent(id, order.size());
        }
        ModelIndex index = ModelIndex.of(model);
        NetworkState clean = new NetworkState(compiled);
        boolean[] before = clean.serviceStates();
        List<EventEffect> effects = effects(model, index, compiled, clean, events, before);

        NetworkState state = new NetworkState(compiled);
        for (int e : events) {
            state.apply(e);
        }
        boolean[] up = state.serviceStates();
        Causes causes = new Causes(model, new FailureExplainer(model, index, state, order), order);
        int[] level = levels(model);
        List<ServiceOutcome> outcomes = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            ServiceCause cause = up[s] ? null : causes.of(s, up);
            outcomes.add(new ServiceOutcome(service.id(), service.name(), service.kind(), up[s], before[s],
                    service.users(), service.category(), level[s], cause));
        }
        List<String> story = new ArrayList<>();
        outcomes.stream().filter(o -> !o.up())
                .sorted(Comparator.comparingInt(ServiceOutcome::level))
                .forEach(o -> story.add(o.id()));
        return new SimulationResult(model.name(), incident.name(), incident.description(), incident.fail(), durationH,
                effects, outcomes, story, Impact.of(outcomes, durationH));
    }

    /** Dependency level of each service: 0 without dependencies, else 1 + the deepest dependency's. */
    static int[] levels(Model model) {
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < model.services().size(); s++) {
            index.put(model.services().get(s).id(), s);
        }
        int[] level = new int[model.services().size()];
        boolean[] done = new boolean[level.length];
        for (int s = 0; s < level.length; s++) {
            level(s, model, index, level, done);
        }
        return level;
    }

    private static int level(int s, Model model, Map<String, Integer> index, int[] level, boolean[] done) {
        // depends_on is acyclic (the loader and the compiler reject cycles), so the recursion ends
        if (!done[s]) {
            int deepest = -1;
            for (String d : model.services().get(s).dependencyIds()) {
                deepest = Math.max(deepest, level(index.get(d), model, index, level, done));
            }
            level[s] = deepest + 1;
            done[s] = true;
        }
        return level[s];
    }

    private static List<EventEffect> effects(Model model, ModelIndex index, CompiledModel compiled, NetworkState clean,
                                             int[] events, boolean[] before) {
        List<EventEffect> out = new ArrayList<>();
        for (int e : events) {
            String id = compiled.events().get(e).id();
            clean.apply(e);
            boolean[] after = clean.serviceStates();
            clean.undo(e);
            List<String> services = new ArrayList<>();
            for (int s = 0; s < after.length; s++) {
                if (before[s] && !after[s]) {
                    services.add(model.services().get(s).id());
                }
            }
            List<String> nodes = new ArrayList<>();
            List<String> links = new ArrayList<>();
            List<String> feeds = new ArrayList<>();
            for (Node n : model.nodes()) {
                if (id.equals(n.id()) || id.equals(n.site()) || n.groups().contains(id)
                        || n.software() != null && id.equals("software:" + n.software())
                        || operatedUnder(index, n.operator(), id)) {
                    nodes.add(n.id());
                }
            }
            for (Link l : model.links()) {
                if (id.equals(l.id()) || l.groups().contains(id) || operatedUnder(index, l.operator(), id)) {
                    links.add(l.id());
                }
            }
            for (PowerFeed f : model.powerFeeds()) {
                if (id.equals(f.id()) || f.groups().contains(id)) {
                    feeds.add(f.id());
                }
            }
            out.add(new EventEffect(id, compiled.events().get(e).kind().token(), nodes, links, feeds, services));
        }
        return out;
    }

    /** Whether an element with this operator is covered by the supplier event {@code eventId}. */
    private static boolean operatedUnder(ModelIndex index, String operator, String eventId) {
        if (!eventId.startsWith("supplier:") || operator == null || Model.DEFENCE.equals(operator)) {
            return false;
        }
        String supplier = eventId.substring("supplier:".length());
        if (supplier.equals(operator)) {
            return true;
        }
        for (Supplier above : index.ancestors(operator)) {
            if (above.id().equals(supplier)) {
                return true;
            }
        }
        return false;
    }

    /** The reasons of down services, sharing component labels and per-part boundaries. */
    private static final class Causes {
        private final Model model;
        private final FailureExplainer explainer;
        private final Map<String, Integer> order;
        private final Map<String, Integer> nodeIndex = new HashMap<>();
        private final Map<String, Integer> serviceIndex = new HashMap<>();
        private final int[][] incident; // links at each node
        private final int[] component;
        private final int[] componentSize;
        /** Nodes of each component, filled on first use: componentNodes[root] lists the component of root. */
        private int[][] componentNodes;
        private final Map<Integer, List<ElementFailure>> boundaries = new HashMap<>();
        private final ServiceCause[] memo;

        Causes(Model model, FailureExplainer explainer, Map<String, Integer> order) {
            this.model = model;
            this.explainer = explainer;
            this.order = order;
            for (int n = 0; n < model.nodes().size(); n++) {
                nodeIndex.put(model.nodes().get(n).id(), n);
            }
            for (int s = 0; s < model.services().size(); s++) {
                serviceIndex.put(model.services().get(s).id(), s);
            }
            int[] degree = new int[model.nodes().size()];
            for (Link l : model.links()) {
                degree[nodeIndex.get(l.a())]++;
                degree[nodeIndex.get(l.b())]++;
            }
            incident = new int[degree.length][];
            for (int n = 0; n < degree.length; n++) {
                incident[n] = new int[degree[n]];
                degree[n] = 0;
            }
            for (int l = 0; l < model.links().size(); l++) {
                int a = nodeIndex.get(model.links().get(l).a());
                int b = nodeIndex.get(model.links().get(l).b());
                incident[a][degree[a]++] = l;
                incident[b][degree[b]++] = l;
            }
            component = new int[degree.length];
            componentSize = new int[degree.length];
            label();
            memo = new ServiceCause[model.services().size()];
        }

        /** Components of live nodes over live links; -1 for a down node. O(V + E). */
        private void label() {
            java.util.Arrays.fill(component, Integer.MAX_VALUE);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int root = 0; root < component.length; root++) {
                if (explainer.nodeDown(root)) {
                    component[root] = -1;
                }
            }
            for (int root = 0; root < component.length; root++) {
                if (component[root] != Integer.MAX_VALUE) {
                    continue;
                }
                component[root] = root;
                queue.add(root);
                int size = 0;
                while (!queue.isEmpty()) {
                    int v = queue.poll();
                    size++;
                    for (int l : incident[v]) {
                        int w = other(l, v);
                        if (component[w] == Integer.MAX_VALUE && !explainer.linkDown(l)) {
                            component[w] = root;
                            queue.add(w);
                        }
                    }
                }
                componentSize[root] = size;
            }
        }

        private int other(int l, int v) {
            int a = nodeIndex.get(model.links().get(l).a());
            return a == v ? nodeIndex.get(model.links().get(l).b()) : a;
        }

        ServiceCause of(int s, boolean[] up) {
            if (memo[s] != null) {
                return memo[s];
            }
            Service service = model.services().get(s);
            boolean self = order.containsKey(service.id());
            Set<String> deps = new LinkedHashSet<>();
            List<List<String>> entriesDown = new ArrayList<>();
            Set<String> roots = new LinkedHashSet<>();
            if (self) {
                roots.add(service.id());
            }
            for (List<String> entry : service.dependsOn()) {
                List<String> alternatives = entry.stream().distinct().toList();
                // an entry is down only when every alternative is: then each of them is part of the cause
                if (alternatives.stream().noneMatch(d -> up[serviceIndex.get(d)])) {
                    entriesDown.add(alternatives);
                    for (String d : alternatives) {
                        deps.add(d);
                        roots.addAll(of(serviceIndex.get(d), up).rootEvents());
                    }
                }
            }
            List<EntryCutOff> cutOff = new ArrayList<>();
            for (int i = 0; i < service.endpoints().size(); i++) {
                List<String> entry = service.endpoints().get(i);
                List<ElementFailure> members = new ArrayList<>();
                for (String id : entry.stream().distinct().toList()) {
                    int n = nodeIndex.get(id);
                    if (explainer.nodeDown(n)) {
                        members.add(explainer.node(n));
                    }
                }
                if (members.size() == entry.stream().distinct().count()) {
                    cutOff.add(new EntryCutOff(i, entry, members));
                    roots.addAll(FailureExplainer.events(members));
                }
            }
            NetworkSplit split = cutOff.isEmpty() ? split(service) : null;
            if (split != null) {
                roots.addAll(FailureExplainer.events(split.separatedBy()));
                roots.addAll(FailureExplainer.events(split.downAlternatives()));
            }
            List<String> sortedRoots = roots.stream().sorted(Comparator.comparingInt(order::get)).toList();
            memo[s] = new ServiceCause(self, new ArrayList<>(deps), entriesDown, cutOff, split, sortedRoots);
            return memo[s];
        }

        /** The split of the endpoints, or null when one part holds a live alternative of every entry. */
        private NetworkSplit split(Service service) {
            if (service.endpoints().isEmpty()) {
                return null;
            }
            Map<Integer, List<String>> parts = new LinkedHashMap<>();
            Map<Integer, Integer> entriesHeld = new HashMap<>();
            List<ElementFailure> down = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (List<String> entry : service.endpoints()) {
                Set<Integer> holders = new java.util.HashSet<>();
                for (String id : entry) {
                    int n = nodeIndex.get(id);
                    if (explainer.nodeDown(n)) {
                        if (seen.add(id)) {
                            down.add(explainer.node(n));
                        }
                        continue;
                    }
                    List<String> part = parts.computeIfAbsent(component[n], k -> new ArrayList<>());
                    if (!part.contains(id)) {
                        part.add(id);
                    }
                    holders.add(component[n]);
                }
                holders.forEach(c -> entriesHeld.merge(c, 1, Integer::sum));
            }
            int entries = service.endpoints().size();
            if (entriesHeld.values().stream().anyMatch(held -> held == entries)) {
                return null; // connected: the service is down for another reason
            }
            List<Integer> byNodes = new ArrayList<>(parts.keySet());
            byNodes.sort(Comparator.comparingInt((Integer c) -> -componentSize[c]));
            Map<String, ElementFailure> separators = new LinkedHashMap<>();
            for (int c : byNodes.subList(1, byNodes.size())) {
                for (ElementFailure f : boundary(c)) {
                    separators.putIfAbsent(f.id(), f);
                }
            }
            List<ElementFailure> listed = new ArrayList<>(separators.values());
            int omitted = Math.max(0, listed.size() - SEPARATORS_LISTED);
            if (omitted > 0) {
                listed = listed.subList(0, SEPARATORS_LISTED);
            }
            List<List<String>> partList = new ArrayList<>();
            byNodes.forEach(c -> partList.add(parts.get(c)));
            return new NetworkSplit(partList, listed, omitted, down);
        }

        /** The nodes of component c (its root's label), by one bucketing pass over all nodes on first use. */
        private int[] nodesOf(int c) {
            if (componentNodes == null) {
                componentNodes = new int[component.length][];
                int[] fill = new int[component.length];
                for (int v = 0; v < component.length; v++) {
                    if (component[v] >= 0) {
                        if (componentNodes[component[v]] == null) {
                            componentNodes[component[v]] = new int[componentSize[component[v]]];
                        }
                        componentNodes[component[v]][fill[component[v]]++] = v;
                    }
                }
            }
            return componentNodes[c];
        }

        /** The failed elements around a part: down links leaving it, or the down node at their far end. */
        private List<ElementFailure> boundary(int c) {
            return boundaries.computeIfAbsent(c, key -> {
                Map<String, ElementFailure> out = new LinkedHashMap<>();
                for (int v : nodesOf(c)) {
                    for (int l : incident[v]) {
                        if (!explainer.linkDown(l)) {
                            continue;
                        }
                        ElementFailure link = explainer.link(l, nodeIndex);
                        // a link down only because its far end is down: the node is what failed
                        ElementFailure cause = link.events().isEmpty() && link.endsDown().size() == 1
                                ? link.endsDown().get(0) : link;
                        out.putIfAbsent(cause.id(), cause);
                    }
                }
                return List.copyOf(out.values());
            });
        }
    }
}
