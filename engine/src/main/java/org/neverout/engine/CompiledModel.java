package org.neverout.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neverout.engine.graph.Adjacency;
import org.neverout.model.Group;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Problem;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * A model compiled once into int-indexed primitive arrays for the failure engine. Primitives are nodes,
 * links and power feeds; every basic event of MODEL.md maps to the primitives it takes down (site to its
 * nodes, group to its member nodes, links and feeds, supplier to what it and its subcontractors operate,
 * software version to its nodes, feed to itself). Services keep their endpoint entries as arrays of
 * alternative node indices, their depends_on entries as arrays of alternative service indices, and a
 * topological order over every service they name.
 *
 * <p>Immutable and thread-safe; arrays are shared with the engine's package and never modified.
 * Compilation is O(size of the model) apart from the supplier ancestry walk (O(elements x depth)).
 */
public final class CompiledModel {
    final String name;
    final String[] nodeIds;
    final String[] linkIds;
    final String[] feedIds;
    final int[] linkA;
    final int[] linkB;
    /** The nodes and links as one adjacency (links with an unresolved end left out). */
    final Adjacency adjacency;
    /** The feeds that power each node (its own, else its site's); none means always powered. */
    final int[] nodeFeedStart;
    final int[] nodeFeed;
    /** Reverse of nodeFeed: the nodes each feed powers. */
    final int[] feedNodeStart;
    final int[] feedNode;

    final List<BasicEvent> events;
    final Map<String, Integer> eventIndex;
    final int[] eventNodeStart;
    final int[] eventNode;
    final int[] eventLinkStart;
    final int[] eventLink;
    final int[] eventFeedStart;
    final int[] eventFeed;
    /** The service an event is the intrinsic failure of, or -1. */
    final int[] eventService;

    final String[] serviceIds;
    /** serviceEntries[s][i] = distinct alternative node indices of entry i of service s. */
    final int[][][] serviceEntries;
    /** serviceDeps[s][i] = distinct alternative service indices of depends_on entry i of service s. */
    final int[][][] serviceDeps;
    /** Services such that every dependency comes before its dependents. */
    final int[] topologicalOrder;
    final int[] serviceEvent;

    private CompiledModel(Builder b) {
        this.name = b.model.name();
        this.nodeIds = b.nodeIds;
        this.linkIds = b.linkIds;
        this.feedIds = b.feedIds;
        this.linkA = b.linkA;
        this.linkB = b.linkB;
        this.adjacency = b.adjacency;
        this.nodeFeedStart = b.nodeFeedStart;
        this.nodeFeed = b.nodeFeed;
        this.feedNodeStart = b.feedNodeStart;
        this.feedNode = b.feedNode;
        this.events = Collections.unmodifiableList(b.events);
        this.eventIndex = Collections.unmodifiableMap(b.eventIndex);
        this.eventNodeStart = b.eventNodes.start();
        this.eventNode = b.eventNodes.values();
        this.eventLinkStart = b.eventLinks.start();
        this.eventLink = b.eventLinks.values();
        this.eventFeedStart = b.eventFeeds.start();
        this.eventFeed = b.eventFeeds.values();
        this.eventService = b.eventService;
        this.serviceIds = b.serviceIds;
        this.serviceEntries = b.serviceEntries;
        this.serviceDeps = b.serviceDeps;
        this.topologicalOrder = b.topologicalOrder;
        this.serviceEvent = b.serviceEvent;
    }

    /**
     * Compiles a validated model.
     *
     * @throws InvalidModelException when a reference does not resolve, two basic events share an id,
     *                               a supplier chain or {@code depends_on} is cyclic (the loader normally
     *                               rejects all of these first)
     */
    public static CompiledModel compile(Model model) {
        return new CompiledModel(new Builder(model).build());
    }

    /** The model's name. */
    public String name() {
        return name;
    }

    public int nodeCount() {
        return nodeIds.length;
    }

    public int linkCount() {
        return linkIds.length;
    }

    public int feedCount() {
        return feedIds.length;
    }

    public int serviceCount() {
        return serviceIds.length;
    }

    /** Service ids in model order; service index i is position i. */
    public List<String> serviceIds() {
        return List.of(serviceIds);
    }

    /**
     * Every basic event of the model in a deterministic order: nodes, links, sites, power feeds, groups
     * (declared, then undeclared by first use), software versions, suppliers, services, each in model order.
     * An event's index in this list is its number in {@link NetworkState#apply(int)}.
     */
    public List<BasicEvent> events() {
        return events;
    }

    /** The event with that id, if any. */
    public Optional<BasicEvent> event(String id) {
        Integer i = eventIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(events.get(i));
    }

    /** The index of the event with that id, or -1. */
    public int eventIndex(String id) {
        Integer i = eventIndex.get(id);
        return i == null ? -1 : i;
    }

    /** The id of node {@code n} (model order). */
    public String nodeId(int n) {
        return nodeIds[n];
    }

    /** The id of link {@code l} (model order). */
    public String linkId(int l) {
        return linkIds[l];
    }

    /** The node index of link {@code l}'s end {@code a}. */
    public int linkA(int l) {
        return linkA[l];
    }

    /** The node index of link {@code l}'s end {@code b}. */
    public int linkB(int l) {
        return linkB[l];
    }

    /** The node/link adjacency of the whole network (every link, live or not). */
    public Adjacency adjacency() {
        return adjacency;
    }

    /** The index of the service with that id, or -1. */
    public int serviceIndex(String id) {
        for (int s = 0; s < serviceIds.length; s++) {
            if (serviceIds[s].equals(id)) {
                return s;
            }
        }
        return -1;
    }

    /** Whether the event takes down no node, link or feed and is no service failure (it can never matter). */
    public boolean hasNoEffect(int event) {
        return eventNodeStart[event] == eventNodeStart[event + 1]
                && eventLinkStart[event] == eventLinkStart[event + 1]
                && eventFeedStart[event] == eventFeedStart[event + 1]
                && eventService[event] < 0;
    }

    /** Growable CSR table (one row per event). */
    private static final class Csr {
        private final List<int[]> rows = new ArrayList<>();

        void add(Set<Integer> row) {
            rows.add(row.stream().mapToInt(Integer::intValue).sorted().toArray());
        }

        int[] start() {
            int[] start = new int[rows.size() + 1];
            for (int i = 0; i < rows.size(); i++) {
                start[i + 1] = start[i] + rows.get(i).length;
            }
            return start;
        }

        int[] values() {
            return rows.stream().flatMapToInt(Arrays::stream).toArray();
        }
    }

    private static final class Builder {
        private final Model model;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> nodeIndex = new HashMap<>();
        private final Map<String, Integer> linkIndex = new HashMap<>();
        private final Map<String, Integer> feedIndex = new HashMap<>();
        private final Map<String, Supplier> suppliers = new HashMap<>();
        String[] nodeIds;
        String[] linkIds;
        String[] feedIds;
        int[] linkA;
        int[] linkB;
        Adjacency adjacency;
        int[] nodeFeedStart;
        int[] nodeFeed;
        int[] feedNodeStart;
        int[] feedNode;
        final List<BasicEvent> events = new ArrayList<>();
        final Map<String, Integer> eventIndex = new HashMap<>();
        final Csr eventNodes = new Csr();
        final Csr eventLinks = new Csr();
        final Csr eventFeeds = new Csr();
        int[] eventService;
        private final List<Integer> eventServiceList = new ArrayList<>();
        String[] serviceIds;
        int[][][] serviceEntries;
        int[][][] serviceDeps;
        int[] topologicalOrder;
        int[] serviceEvent;

        Builder(Model model) {
            this.model = model;
        }

        Builder build() {
            indexPrimitives();
            buildAdjacency();
            buildPower();
            buildEvents();
            buildServices();
            if (!problems.isEmpty()) {
                throw new InvalidModelException(problems);
            }
            eventService = eventServiceList.stream().mapToInt(Integer::intValue).toArray();
            return this;
        }

        private void problem(String id, String message) {
            problems.add(new Problem(model.source().locationOf(id), message));
        }

        private static <T> Map<String, Integer> index(List<T> items, java.util.function.Function<T, String> id) {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                map.put(id.apply(items.get(i)), i);
            }
            return map;
        }

        private void indexPrimitives() {
            nodeIndex.putAll(index(model.nodes(), Node::id));
            linkIndex.putAll(index(model.links(), Link::id));
            feedIndex.putAll(index(model.powerFeeds(), PowerFeed::id));
            for (Supplier s : model.suppliers()) {
                suppliers.put(s.id(), s);
            }
            nodeIds = model.nodes().stream().map(Node::id).toArray(String[]::new);
            linkIds = model.links().stream().map(Link::id).toArray(String[]::new);
            feedIds = model.powerFeeds().stream().map(PowerFeed::id).toArray(String[]::new);
        }

        private int node(String ref, String by) {
            Integer n = nodeIndex.get(ref);
            if (n == null) {
                problem(by, "'" + by + "' refers to unknown node '" + ref + "'");
                return -1;
            }
            return n;
        }

        private void buildAdjacency() {
            int links = linkIds.length;
            linkA = new int[links];
            linkB = new int[links];
            for (int l = 0; l < links; l++) {
                Link link = model.links().get(l);
                // -1 for an unknown node: reported; compilation fails after collecting every problem
                linkA[l] = node(link.a(), link.id());
                linkB[l] = node(link.b(), link.id());
            }
            adjacency = Adjacency.of(nodeIds.length, linkA, linkB);
        }

        private void buildPower() {
            Map<String, Site> sites = new HashMap<>();
            for (Site site : model.sites()) {
                sites.put(site.id(), site);
            }
            List<int[]> feedsOfNode = new ArrayList<>();
            int[] perFeed = new int[feedIds.length];
            for (Node node : model.nodes()) {
                List<String> feeds = node.power();
                if (feeds == null && node.site() != null) {
                    Site site = sites.get(node.site());
                    if (site == null) {
                        problem(node.id(), "node '" + node.id() + "' refers to unknown site '" + node.site() + "'");
                    }
                    feeds = site == null ? List.of() : site.power();
                }
                Set<Integer> distinct = new LinkedHashSet<>();
                for (String f : feeds == null ? List.<String>of() : feeds) {
                    Integer fi = feedIndex.get(f);
                    if (fi == null) {
                        problem(node.id(), "power of node '" + node.id() + "' refers to unknown power feed '" + f + "'");
                    } else {
                        distinct.add(fi);
                    }
                }
                int[] row = distinct.stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int f : row) {
                    perFeed[f]++;
                }
                feedsOfNode.add(row);
            }
            nodeFeedStart = new int[nodeIds.length + 1];
            for (int n = 0; n < nodeIds.length; n++) {
                nodeFeedStart[n + 1] = nodeFeedStart[n] + feedsOfNode.get(n).length;
            }
            nodeFeed = feedsOfNode.stream().flatMapToInt(Arrays::stream).toArray();
            feedNodeStart = new int[feedIds.length + 1];
            for (int f = 0; f < feedIds.length; f++) {
                feedNodeStart[f + 1] = feedNodeStart[f] + perFeed[f];
            }
            feedNode = new int[feedNodeStart[feedIds.length]];
            int[] fill = Arrays.copyOf(feedNodeStart, feedIds.length);
            for (int n = 0; n < nodeIds.length; n++) {
                for (int f : feedsOfNode.get(n)) {
                    feedNode[fill[f]++] = n;
                }
            }
        }

        private void addEvent(String id, EventKind kind, Set<Integer> nodes, Set<Integer> links,
                              Set<Integer> feeds, int service) {
            if (eventIndex.putIfAbsent(id, events.size()) != null) {
                problem(id, "basic event id '" + id + "' is used by two elements (ids must be unique)");
                return;
            }
            events.add(new BasicEvent(id, kind));
            eventNodes.add(nodes);
            eventLinks.add(links);
            eventFeeds.add(feeds);
            eventServiceList.add(service);
        }

        private void buildEvents() {
            for (int n = 0; n < nodeIds.length; n++) {
                addEvent(nodeIds[n], EventKind.NODE, Set.of(n), Set.of(), Set.of(), -1);
            }
            for (int l = 0; l < linkIds.length; l++) {
                addEvent(linkIds[l], EventKind.LINK, Set.of(), Set.of(l), Set.of(), -1);
            }
            Map<String, Set<Integer>> siteNodes = new LinkedHashMap<>();
            for (Site site : model.sites()) {
                siteNodes.put(site.id(), new LinkedHashSet<>());
            }
            Map<String, Set<Integer>> softwareNodes = new LinkedHashMap<>();
            Map<String, Set<Integer>[]> groups = new LinkedHashMap<>();
            for (Group g : model.groups()) {
                groups.put(g.id(), emptyTriple());
            }
            for (int n = 0; n < nodeIds.length; n++) {
                Node node = model.nodes().get(n);
                if (node.site() != null && siteNodes.containsKey(node.site())) {
                    siteNodes.get(node.site()).add(n);
                }
                if (node.software() != null) {
                    softwareNodes.computeIfAbsent(node.software(), k -> new LinkedHashSet<>()).add(n);
                }
            }
            for (SoftwareVersion v : model.softwareVersions()) {
                // a declared version no node runs is still an event (MODEL.md 1.1), after the ones in use
                softwareNodes.putIfAbsent(v.id(), new LinkedHashSet<>());
            }
            for (int n = 0; n < nodeIds.length; n++) {
                Node node = model.nodes().get(n);
                for (String g : node.groups()) {
                    groups.computeIfAbsent(g, k -> emptyTriple())[0].add(n);
                }
            }
            for (int l = 0; l < linkIds.length; l++) {
                for (String g : model.links().get(l).groups()) {
                    groups.computeIfAbsent(g, k -> emptyTriple())[1].add(l);
                }
            }
            for (int f = 0; f < feedIds.length; f++) {
                for (String g : model.powerFeeds().get(f).groups()) {
                    groups.computeIfAbsent(g, k -> emptyTriple())[2].add(f);
                }
            }
            for (Map.Entry<String, Set<Integer>> e : siteNodes.entrySet()) {
                addEvent(e.getKey(), EventKind.SITE, e.getValue(), Set.of(), Set.of(), -1);
            }
            for (int f = 0; f < feedIds.length; f++) {
                addEvent(feedIds[f], EventKind.POWER, Set.of(), Set.of(), Set.of(f), -1);
            }
            for (Map.Entry<String, Set<Integer>[]> e : groups.entrySet()) {
                Set<Integer>[] t = e.getValue();
                addEvent(e.getKey(), EventKind.GROUP, t[0], t[1], t[2], -1);
            }
            for (Map.Entry<String, Set<Integer>> e : softwareNodes.entrySet()) {
                addEvent("software:" + e.getKey(), EventKind.SOFTWARE, e.getValue(), Set.of(), Set.of(), -1);
            }
            buildSupplierEvents();
            for (int s = 0; s < model.services().size(); s++) {
                addEvent(model.services().get(s).id(), EventKind.SERVICE, Set.of(), Set.of(), Set.of(), s);
            }
        }

        @SuppressWarnings("unchecked")
        private static Set<Integer>[] emptyTriple() {
            return new Set[] {new LinkedHashSet<Integer>(), new LinkedHashSet<Integer>(), new LinkedHashSet<Integer>()};
        }

        /** Supplier events: each operated element counts for its operator and every ancestor of it. */
        private void buildSupplierEvents() {
            Map<String, Set<Integer>> nodes = new LinkedHashMap<>();
            Map<String, Set<Integer>> links = new LinkedHashMap<>();
            for (Supplier s : model.suppliers()) {
                nodes.put(s.id(), new LinkedHashSet<>());
                links.put(s.id(), new LinkedHashSet<>());
            }
            for (int n = 0; n < nodeIds.length; n++) {
                Node node = model.nodes().get(n);
                for (String s : chain(node.operator(), node.id())) {
                    nodes.get(s).add(n);
                }
            }
            for (int l = 0; l < linkIds.length; l++) {
                Link link = model.links().get(l);
                for (String s : chain(link.operator(), link.id())) {
                    links.get(s).add(l);
                }
            }
            for (Supplier s : model.suppliers()) {
                addEvent("supplier:" + s.id(), EventKind.SUPPLIER, nodes.get(s.id()), links.get(s.id()), Set.of(), -1);
            }
        }

        /** The operator and its ancestors (subcontractor up to its top supplier); empty for defence. */
        private List<String> chain(String operator, String elementId) {
            List<String> chain = new ArrayList<>();
            String current = operator;
            while (current != null && !Model.DEFENCE.equals(current)) {
                Supplier s = suppliers.get(current);
                if (s == null) {
                    problem(elementId, "'" + elementId + "' is operated by unknown supplier '" + current + "'");
                    break;
                }
                if (chain.contains(current)) {
                    problem(current, "supplier '" + current + "' is its own (indirect) parent");
                    break;
                }
                chain.add(current);
                current = s.parent();
            }
            return chain;
        }

        private void buildServices() {
            List<Service> services = model.services();
            int count = services.size();
            serviceIds = services.stream().map(Service::id).toArray(String[]::new);
            Map<String, Integer> serviceIndex = index(services, Service::id);
            serviceEntries = new int[count][][];
            serviceDeps = new int[count][][];
            serviceEvent = new int[count];
            for (int s = 0; s < count; s++) {
                Service service = services.get(s);
                serviceEntries[s] = new int[service.endpoints().size()][];
                for (int i = 0; i < service.endpoints().size(); i++) {
                    Set<Integer> alternatives = new LinkedHashSet<>();
                    for (String ref : service.endpoints().get(i)) {
                        int n = node(ref, service.id());
                        if (n >= 0) {
                            alternatives.add(n);
                        }
                    }
                    serviceEntries[s][i] = alternatives.stream().mapToInt(Integer::intValue).toArray();
                }
                serviceDeps[s] = new int[service.dependsOn().size()][];
                for (int i = 0; i < service.dependsOn().size(); i++) {
                    Set<Integer> alternatives = new LinkedHashSet<>();
                    for (String d : service.dependsOn().get(i)) {
                        Integer di = serviceIndex.get(d);
                        if (di == null) {
                            problem(service.id(), "service '" + service.id() + "' depends on unknown service '" + d
                                    + "'");
                        } else {
                            alternatives.add(di);
                        }
                    }
                    serviceDeps[s][i] = alternatives.stream().mapToInt(Integer::intValue).toArray();
                }
                serviceEvent[s] = eventIndex.getOrDefault(service.id(), -1);
            }
            topologicalOrder = topologicalOrder(count);
        }

        /** Depth-first topological order; reports a cycle in depends_on as a problem. */
        private int[] topologicalOrder(int count) {
            int[] state = new int[count]; // 0 new, 1 on stack, 2 done
            int[] order = new int[count];
            int[] size = {0};
            for (int s = 0; s < count; s++) {
                visit(s, state, order, size);
            }
            return order;
        }

        private void visit(int s, int[] state, int[] order, int[] size) {
            if (state[s] == 2) {
                return;
            }
            if (state[s] == 1) {
                problem(serviceIds[s], "depends_on of service '" + serviceIds[s] + "' is cyclic");
                return;
            }
            state[s] = 1;
            for (int[] entry : serviceDeps[s]) {
                for (int d : entry) { // every alternative comes first too
                    visit(d, state, order, size);
                }
            }
            state[s] = 2;
            order[size[0]++] = s;
        }
    }
}
