package org.neverout.remediate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.Finding;
import org.neverout.engine.NetworkState;
import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The candidate actions of one step, generated from the model and its never-out findings (issue 14).
 * Generation is selective - it looks at what each violating cut set (most severe first) takes down and
 * proposes the changes that could let a violated service survive it - and capped at
 * {@link #PER_KIND} candidates per kind; which candidates can really help is decided afterwards, soundly
 * ({@link CandidateScreen}) and exactly (re-analysis).
 * <ul>
 *   <li>new link: the two nearest live nodes, at different sites and not yet adjacent, of two parts a cut
 *       set splits a violated service's endpoints into; its own conduit group, length from coordinates
 *       x {@link Geography#ROUTE_FACTOR} (its cost, in km);</li>
 *   <li>second power feed: a generator in a group of its own for every site (or node with own feeds) that
 *       has exactly one feed;</li>
 *   <li>diverse software: a new version on the last node of a group of endpoint alternatives that all run
 *       a version a violating cut set names (else on the last node running it);</li>
 *   <li>second shared service: for a depended-on service a cut set takes down, a new service on a new
 *       server at another site, added as an alternative wherever the service is depended on;</li>
 *   <li>extra alternative endpoint: the nearest live node of the same role at another site, for an
 *       endpoint entry whose every alternative a cut set takes down;</li>
 *   <li>dual-homing: a second link for a single-homed endpoint node, a second connection point for an
 *       external party connected at one node;</li>
 *   <li>operation to defence: every node and link a supplier named by a cut set (or its subcontractors)
 *       operates.</li>
 * </ul>
 * Cost: O(F (V + E + S a)) state evaluations for F findings plus O(|X| |Y|) per nearest-pair search.
 */
public final class CandidateGenerator {
    /** At most this many candidates of each kind per step, from the most severe findings first. */
    public static final int PER_KIND = 24;

    private final Model model;
    private final CompiledModel compiled;
    private final Geography geo;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<ActionKind, Map<String, Action>> out = new LinkedHashMap<>();

    private CandidateGenerator(Model model) {
        this.model = model;
        this.compiled = CompiledModel.compile(model);
        this.geo = new Geography(model);
        model.nodes().forEach(n -> nodes.put(n.id(), n));
        model.sites().forEach(s -> sites.put(s.id(), s));
        model.services().forEach(s -> services.put(s.id(), s));
        for (Link l : model.links()) {
            neighbours.computeIfAbsent(l.a(), k -> new HashSet<>()).add(l.b());
            neighbours.computeIfAbsent(l.b(), k -> new HashSet<>()).add(l.a());
        }
        ids.addAll(ModelPatch.existingIds(model));
        for (Node n : model.nodes()) {
            for (String g : n.groups()) {
                ids.add(g);
            }
        }
        model.links().forEach(l -> ids.addAll(l.groups()));
        model.powerFeeds().forEach(f -> ids.addAll(f.groups()));
        for (int n = 0; n < compiled.nodeCount(); n++) {
            nodeIndex.put(compiled.nodeId(n), n);
        }
        List<String> serviceIds = compiled.serviceIds();
        for (int s = 0; s < serviceIds.size(); s++) {
            serviceIndex.put(serviceIds.get(s), s);
        }
        for (ActionKind k : ActionKind.values()) {
            out.put(k, new LinkedHashMap<>());
        }
    }

    /** The candidates for {@code model} with these findings (the model's own), in kind then finding order. */
    public static List<Action> generate(Model model, List<Finding> findings) {
        CandidateGenerator g = new CandidateGenerator(model);
        g.powerFeeds();
        g.externalParties();
        NetworkState state = new NetworkState(g.compiled);
        boolean[] up = new boolean[g.compiled.serviceCount()];
        for (Finding f : findings) {
            int[] events = f.cutSet().stream().mapToInt(g.compiled::eventIndex).toArray();
            for (int e : events) {
                state.apply(e);
            }
            state.serviceStates(up);
            g.afterCut(f, state, up);
            for (int e : events) {
                state.undo(e);
            }
        }
        List<Action> all = new ArrayList<>();
        g.out.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    private boolean full(ActionKind kind) {
        return out.get(kind).size() >= PER_KIND;
    }

    private void add(Action a) {
        Map<String, Action> m = out.get(a.kind());
        if (m.size() < PER_KIND) {
            m.putIfAbsent(a.id(), a);
        }
    }

    /** What one violating cut set suggests, with the network in the state after it. */
    private void afterCut(Finding f, NetworkState state, boolean[] up) {
        for (String event : f.cutSet()) {
            if (event.startsWith("software:")) {
                diverseSoftware(event.substring("software:".length()), f);
            } else if (event.startsWith("supplier:")) {
                operationToDefence(event.substring("supplier:".length()));
            }
        }
        for (String id : f.services()) {
            Service s = services.get(id);
            if (s == null) {
                continue;
            }
            for (List<String> entry : s.dependsOn()) {
                for (String d : entry) {
                    Integer di = serviceIndex.get(d);
                    if (di != null && !up[di]) {
                        secondService(services.get(d));
                    }
                }
            }
            endpoints(s, state);
        }
    }

    private boolean live(NetworkState state, String node) {
        Integer n = nodeIndex.get(node);
        return n != null && state.isNodeLive(n);
    }

    /** New links, extra alternative endpoints and dual-homing for a service after a cut. */
    private void endpoints(Service s, NetworkState state) {
        Map<String, Integer> component = components(state);
        Integer first = null;
        Integer other = null;
        for (int i = 0; i < s.endpoints().size(); i++) {
            List<String> entry = s.endpoints().get(i);
            List<String> liveOnes = entry.stream().filter(n -> live(state, n)).toList();
            if (liveOnes.isEmpty()) {
                alternativeEndpoint(s, i, state);
                continue;
            }
            for (String n : entry) {
                if (neighbours.getOrDefault(n, Set.of()).size() <= 1) {
                    dualHome(n);
                }
            }
            Integer label = first;
            if (first == null) {
                first = component.get(liveOnes.get(0));
            } else if (other == null && liveOnes.stream().noneMatch(n -> component.get(n).equals(label))) {
                other = component.get(liveOnes.get(0));
            }
        }
        if (first != null && other != null && !full(ActionKind.NEW_LINK)) {
            nearestPair(component, first, other).ifPresent(p -> add(link(ActionKind.NEW_LINK, p[0], p[1])));
        }
    }

    /** Component labels of the live nodes over live links (union-find). O(V + E). */
    private Map<String, Integer> components(NetworkState state) {
        Map<String, Integer> index = new HashMap<>();
        List<String> liveNodes = new ArrayList<>();
        for (String n : nodes.keySet()) {
            if (live(state, n)) {
                index.put(n, liveNodes.size());
                liveNodes.add(n);
            }
        }
        int[] parent = new int[liveNodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int l = 0; l < compiled.linkCount(); l++) {
            if (!state.isLinkLive(l)) {
                continue;
            }
            Link link = linkById(compiled.linkId(l));
            Integer a = index.get(link.a());
            Integer b = index.get(link.b());
            if (a != null && b != null) {
                parent[find(parent, a)] = find(parent, b);
            }
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (int i = 0; i < liveNodes.size(); i++) {
            labels.put(liveNodes.get(i), find(parent, i));
        }
        return labels;
    }

    private Map<String, Link> linksById;

    private Link linkById(String id) {
        if (linksById == null) {
            linksById = new HashMap<>();
            model.links().forEach(l -> linksById.put(l.id(), l));
        }
        return linksById.get(id);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The nearest pair of nodes of components a and b at different sites, not adjacent. Where the cut left
     * nodes on its edge (a neighbour in the intact network is down or now in another part), the pair is
     * taken among those: the new link bridges the break where it happened, as an engineer would route a
     * bypass, also when the model has no coordinates to rank pairs by. O(|a| |b| + V + E).
     */
    private java.util.Optional<String[]> nearestPair(Map<String, Integer> component, int a, int b) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        component.forEach((n, c) -> {
            if (c == a) {
                left.add(n);
            } else if (c == b) {
                right.add(n);
            }
        });
        List<String> leftEdge = left.stream().filter(n -> onTheEdge(n, component)).toList();
        List<String> rightEdge = right.stream().filter(n -> onTheEdge(n, component)).toList();
        java.util.Optional<String[]> bridging = leftEdge.isEmpty() || rightEdge.isEmpty()
                ? java.util.Optional.empty() : nearestPair(leftEdge, rightEdge);
        return bridging.isPresent() ? bridging : nearestPair(left, right);
    }

    /** A live node with a neighbour (intact network) that is down or in another part after the cut. */
    private boolean onTheEdge(String node, Map<String, Integer> component) {
        Integer own = component.get(node);
        for (String w : neighbours.getOrDefault(node, Set.of())) {
            if (!own.equals(component.get(w))) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<String[]> nearestPair(List<String> left, List<String> right) {
        String[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (String u : left) {
            for (String v : right) {
                if (geo.siteOf(u).equals(geo.siteOf(v)) || neighbours.getOrDefault(u, Set.of()).contains(v)) {
                    continue;
                }
                double d = geo.rank(u, v);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new String[] {u, v};
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** A new defence-operated link u-v in a conduit group of its own. */
    private Action link(ActionKind kind, String u, String v) {
        String a = u.compareTo(v) <= 0 ? u : v;
        String b = u.compareTo(v) <= 0 ? v : u;
        String id = fresh("rl-" + a + "-" + b);
        String conduit = fresh(id + "-conduit");
        Double km = geo.routeKm(a, b);
        // the plan's cost is the route length; the link's IGP cost is left to the default (routing is the
        // network team's choice, and the contract wants a positive integer there)
        Link link = new Link(id, null, a, b, Model.DEFENCE, Model.DEFENCE,
                List.of(conduit), null, km, null, null, null, null, Reliability.NONE);
        ModelPatch patch = new ModelPatch(List.of(), List.of(), List.of(), List.of(link),
                List.of(new Group(conduit, "new conduit for " + id, GroupKind.CONDUIT)), List.of(), List.of());
        String length = km == null ? "new conduit" : "~" + Math.round(km) + " km, new conduit";
        String what = kind == ActionKind.DUAL_HOMING ? "dual-home " + u + ": a second link " + u + "-" + v
                : "add a link " + a + "-" + b;
        return new Action(kind.token() + ":" + a + ":" + b, kind, what + " (" + length + ")", km, patch);
    }

    private void dualHome(String node) {
        if (full(ActionKind.DUAL_HOMING)) {
            return;
        }
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        Set<String> adjacent = neighbours.getOrDefault(node, Set.of());
        for (String other : nodes.keySet()) {
            if (other.equals(node) || adjacent.contains(other) || geo.siteOf(other).equals(geo.siteOf(node))) {
                continue;
            }
            double d = geo.rank(node, other);
            if (d < bestDistance) {
                bestDistance = d;
                best = other;
            }
        }
        if (best != null) {
            add(link(ActionKind.DUAL_HOMING, node, best));
        }
    }

    private void alternativeEndpoint(Service s, int entry, NetworkState state) {
        if (full(ActionKind.ALTERNATIVE_ENDPOINT)) {
            return;
        }
        List<String> alternatives = s.endpoints().get(entry);
        Node first = nodes.get(alternatives.get(0));
        if (first == null || first.role() == null) {
            return; // no role: no way to tell which node could stand in
        }
        Set<String> taken = new HashSet<>();
        alternatives.forEach(n -> taken.add(geo.siteOf(n)));
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Node n : nodes.values()) {
            if (first.role().equals(n.role()) && !taken.contains(geo.siteOf(n.id())) && live(state, n.id())) {
                double d = geo.rank(first.id(), n.id());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = n.id();
                }
            }
        }
        if (best == null) {
            return;
        }
        List<List<String>> endpoints = new ArrayList<>(s.endpoints());
        List<String> extended = new ArrayList<>(alternatives);
        extended.add(best);
        endpoints.set(entry, extended);
        Service changed = withEndpointsAndDeps(s, endpoints, s.dependsOn());
        add(new Action("alternative-endpoint:" + s.id() + ":" + entry + ":" + best, ActionKind.ALTERNATIVE_ENDPOINT,
                "let " + s.id() + " also use " + best + " (" + first.role() + " at " + siteName(best)
                        + ") as an alternative to " + String.join(" / ", alternatives), null,
                new ModelPatch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(changed), List.of())));
    }

    private String siteName(String node) {
        String site = geo.siteOf(node);
        return site.startsWith("node:") ? "its own location" : "site " + site;
    }

    private void diverseSoftware(String version, Finding f) {
        if (full(ActionKind.DIVERSE_SOFTWARE)) {
            return;
        }
        String target = null;
        for (String id : f.services()) {
            Service s = services.get(id);
            for (List<String> entry : s == null ? List.<List<String>>of() : s.endpoints()) {
                List<String> running = entry.stream()
                        .filter(n -> nodes.containsKey(n) && version.equals(nodes.get(n).software())).toList();
                if (running.size() >= 2 && target == null) {
                    target = running.get(running.size() - 1);
                }
            }
        }
        if (target == null) {
            List<String> running = nodes.values().stream().filter(n -> version.equals(n.software())).map(Node::id)
                    .sorted().toList();
            if (running.size() < 2) {
                return; // one node: a new version there moves the single point, it does not remove it
            }
            target = running.get(running.size() - 1);
        }
        String diverse = freshSoftware(version + "-diverse");
        Node n = nodes.get(target);
        Node changed = new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), diverse, n.operator(), n.owner(),
                n.groups(), n.power(), n.lat(), n.lon(), n.x(), n.y(), n.reliability(), n.status());
        add(new Action("diverse-software:" + target + ":" + version, ActionKind.DIVERSE_SOFTWARE,
                "run diverse software on " + target + " (a new version '" + diverse + "' instead of " + version + ")",
                null, new ModelPatch(List.of(), List.of(), List.of(changed), List.of(), List.of(), List.of(), List.of())));
    }

    private String freshSoftware(String base) {
        Set<String> used = new HashSet<>();
        nodes.values().forEach(n -> used.add(n.software()));
        model.softwareVersions().forEach(v -> used.add(v.id()));
        String v = base;
        for (int i = 2; used.contains(v); i++) {
            v = base + "-" + i;
        }
        return v;
    }

    private void operationToDefence(String supplier) {
        if (full(ActionKind.OPERATION_TO_DEFENCE)) {
            return;
        }
        Set<String> covered = new HashSet<>(List.of(supplier));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Supplier s : model.suppliers()) {
                if (s.parent() != null && covered.contains(s.parent()) && covered.add(s.id())) {
                    grew = true;
                }
            }
        }
        List<Node> changedNodes = new ArrayList<>();
        for (Node n : model.nodes()) {
            if (covered.contains(n.operator())) {
                changedNodes.add(new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), n.software(), Model.DEFENCE,
                        n.owner(), n.groups(), n.power(), n.lat(), n.lon(), n.x(), n.y(), n.reliability(), n.status()));
            }
        }
        List<Link> changedLinks = new ArrayList<>();
        for (Link l : model.links()) {
            if (covered.contains(l.operator())) {
                changedLinks.add(new Link(l.id(), l.name(), l.a(), l.b(), Model.DEFENCE, l.owner(), l.groups(),
                        l.capacityGbps(), l.lengthKm(), l.latencyMs(), l.medium(), l.status(), l.cost(), l.reliability()));
            }
        }
        int count = changedNodes.size() + changedLinks.size();
        if (count == 0) {
            return;
        }
        add(new Action("operation-to-defence:" + supplier, ActionKind.OPERATION_TO_DEFENCE,
                "take operation of the " + count + " element" + (count == 1 ? "" : "s") + " " + supplier
                        + (covered.size() > 1 ? " and its subcontractors operate" : " operates") + " in-house (defence)",
                null, new ModelPatch(List.of(), List.of(), changedNodes, changedLinks, List.of(), List.of(), List.of())));
    }

    /** A second, diverse instance of a depended-on service on a new server at another site. */
    private void secondService(Service d) {
        if (d == null || full(ActionKind.ALTERNATIVE_SERVICE)) {
            return;
        }
        Set<String> taken = new HashSet<>();
        d.endpoints().forEach(e -> e.forEach(n -> taken.add(geo.siteOf(n))));
        String host = null;
        int degree = -1;
        for (Node n : nodes.values()) {
            int deg = neighbours.getOrDefault(n.id(), Set.of()).size();
            if (!taken.contains(geo.siteOf(n.id())) && deg > degree) {
                degree = deg;
                host = n.id();
            }
        }
        if (host == null) {
            return;
        }
        String serviceId = fresh(d.id() + "-alt");
        String serverId = fresh(serviceId + "-server");
        String uplinkId = fresh(serverId + "-uplink");
        Node h = nodes.get(host);
        Node server = new Node(serverId, null, h.site(), "server", null, null, Model.DEFENCE, Model.DEFENCE, List.of(),
                null, h.site() == null ? h.lat() : null, h.site() == null ? h.lon() : null,
                h.site() == null ? h.x() : null, h.site() == null ? h.y() : null, Reliability.NONE);
        Link uplink = new Link(uplinkId, null, serverId, host, Model.DEFENCE, Model.DEFENCE, List.of(), null, null, null,
                null, null, null, Reliability.NONE);
        Service alt = new Service(serviceId, "second, diverse " + (d.name() == null ? d.id() : d.name()), d.kind(),
                List.of(List.of(serverId)), d.dependsOn(), 0, null, null, null, null,
                "added by remediate: an alternative to " + d.id(), Reliability.NONE);
        List<Service> changed = new ArrayList<>(List.of(alt));
        List<String> users = new ArrayList<>();
        for (Service s : services.values()) {
            boolean uses = false;
            List<List<String>> deps = new ArrayList<>();
            for (List<String> entry : s.dependsOn()) {
                if (entry.contains(d.id())) {
                    List<String> extended = new ArrayList<>(entry);
                    extended.add(serviceId);
                    deps.add(extended);
                    uses = true;
                } else {
                    deps.add(entry);
                }
            }
            if (uses) {
                changed.add(withEndpointsAndDeps(s, s.endpoints(), deps));
                users.add(s.id());
            }
        }
        if (users.isEmpty()) {
            return;
        }
        add(new Action("alternative-service:" + d.id(), ActionKind.ALTERNATIVE_SERVICE,
                "add a second, diverse " + d.id() + " (" + serviceId + " on a new server at " + siteName(host)
                        + ") as an alternative for " + names(users),
                null, new ModelPatch(List.of(), List.of(), List.of(server), List.of(uplink), List.of(), changed,
                List.of())));
    }

    /** Up to three ids, then how many more. */
    private static String names(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

    private static Service withEndpointsAndDeps(Service s, List<List<String>> endpoints, List<List<String>> deps) {
        return new Service(s.id(), s.name(), s.kind(), endpoints, deps, s.neverOut(), s.users(), s.category(),
                s.demand(), s.availabilityTarget(), s.description(), s.reliability(), s.sector(), s.organisation(),
                s.publicName());
    }

    /** A second feed (a generator in its own group) for every site, and node with own feeds, that has one. */
    private void powerFeeds() {
        for (Site s : model.sites()) {
            if (s.power().size() == 1 && !full(ActionKind.POWER_FEED)) {
                PowerFeed feed = generator(s.id());
                Site changed = new Site(s.id(), s.name(), s.lat(), s.lon(), s.x(), s.y(),
                        List.of(s.power().get(0), feed.id()), s.security(), s.reliability());
                add(new Action("power-feed:" + s.id(), ActionKind.POWER_FEED, "give site " + s.id()
                        + " a second power feed (generator " + feed.id() + " in its own group)", null,
                        new ModelPatch(List.of(changed), List.of(feed), List.of(), List.of(),
                                List.of(new Group(feed.groups().get(0), null, GroupKind.POWER)), List.of(), List.of())));
            }
        }
        for (Node n : model.nodes()) {
            if (n.power() != null && n.power().size() == 1 && !full(ActionKind.POWER_FEED)) {
                PowerFeed feed = generator(n.id());
                Node changed = new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), n.software(), n.operator(),
                        n.owner(), n.groups(), List.of(n.power().get(0), feed.id()), n.lat(), n.lon(), n.x(), n.y(),
                        n.reliability(), n.status());
                add(new Action("power-feed:" + n.id(), ActionKind.POWER_FEED, "give node " + n.id()
                        + " a second power feed (generator " + feed.id() + " in its own group)", null,
                        new ModelPatch(List.of(), List.of(feed), List.of(changed), List.of(),
                                List.of(new Group(feed.groups().get(0), null, GroupKind.POWER)), List.of(), List.of())));
            }
        }
    }

    private PowerFeed generator(String owner) {
        String id = fresh("gen2-" + owner);
        return new PowerFeed(id, "second feed (generator) for " + owner, List.of(fresh(id + "-room")), Reliability.NONE);
    }

    /** A second connection point for every external party connected at one node. */
    private void externalParties() {
        for (ExternalParty p : model.externalParties()) {
            if (p.connectsAt().size() != 1 || full(ActionKind.DUAL_HOMING)) {
                continue;
            }
            String at = p.connectsAt().get(0);
            String best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            Node first = nodes.get(at);
            for (Node n : nodes.values()) {
                boolean sameRole = first == null || first.role() == null || first.role().equals(n.role());
                if (!n.id().equals(at) && sameRole && !geo.siteOf(n.id()).equals(geo.siteOf(at))) {
                    double d = geo.rank(at, n.id());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = n.id();
                    }
                }
            }
            if (best != null) {
                ExternalParty changed = new ExternalParty(p.id(), p.name(), List.of(at, best), p.evidence());
                add(new Action("dual-homing:" + p.id() + ":" + best, ActionKind.DUAL_HOMING, "dual-home external party "
                        + p.id() + ": also connect it at " + best, null, new ModelPatch(List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(changed))));
            }
        }
    }

    /** An id not used in the model (nor by an earlier candidate of this step), from {@code base}. */
    private String fresh(String base) {
        String id = base;
        for (int i = 2; ids.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
