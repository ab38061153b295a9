package org.neverout.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable look-ups over a {@link Model}: elements by id, the kind of an id, nodes per site, links per
 * node, the shared-risk group ids in use and the subcontractor tree. Built in O(size of the model);
 * each look-up is O(1) plus the size of its answer.
 */
public final class ModelIndex {
    private final Model model;
    private final Map<String, Site> sites;
    private final Map<String, PowerFeed> powerFeeds;
    private final Map<String, Node> nodes;
    private final Map<String, Link> links;
    private final Map<String, Group> groups;
    private final Map<String, Supplier> suppliers;
    private final Map<String, Service> services;
    private final Map<String, ExternalParty> externalParties;
    private final Map<String, ElementKind> kinds;
    private final Set<String> groupIds;
    private final Map<String, List<Supplier>> children;
    private final Map<String, List<Node>> nodesAtSite;
    private final Map<String, List<Link>> linksAtNode;

    private ModelIndex(Model model) {
        this.model = model;
        Map<String, ElementKind> kindOf = new HashMap<>();
        sites = byId(model.sites(), Site::id, ElementKind.SITE, kindOf);
        powerFeeds = byId(model.powerFeeds(), PowerFeed::id, ElementKind.POWER_FEED, kindOf);
        nodes = byId(model.nodes(), Node::id, ElementKind.NODE, kindOf);
        links = byId(model.links(), Link::id, ElementKind.LINK, kindOf);
        groups = byId(model.groups(), Group::id, ElementKind.GROUP, kindOf);
        suppliers = byId(model.suppliers(), Supplier::id, ElementKind.SUPPLIER, kindOf);
        services = byId(model.services(), Service::id, ElementKind.SERVICE, kindOf);
        externalParties = byId(model.externalParties(), ExternalParty::id, ElementKind.EXTERNAL_PARTY, kindOf);

        Set<String> used = new LinkedHashSet<>(groups.keySet());
        model.powerFeeds().forEach(f -> used.addAll(f.groups()));
        model.nodes().forEach(n -> used.addAll(n.groups()));
        model.links().forEach(l -> used.addAll(l.groups()));
        for (String g : used) {
            kindOf.putIfAbsent(g, ElementKind.GROUP);
        }
        groupIds = Collections.unmodifiableSet(used);
        kinds = Map.copyOf(kindOf);

        Map<String, List<Supplier>> kids = new HashMap<>();
        for (Supplier s : model.suppliers()) {
            if (s.parent() != null) {
                kids.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s);
            }
        }
        children = freeze(kids);
        Map<String, List<Node>> atSite = new HashMap<>();
        for (Node n : model.nodes()) {
            if (n.site() != null) {
                atSite.computeIfAbsent(n.site(), k -> new ArrayList<>()).add(n);
            }
        }
        nodesAtSite = freeze(atSite);
        Map<String, List<Link>> atNode = new HashMap<>();
        for (Link l : model.links()) {
            atNode.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            if (!l.b().equals(l.a())) {
                atNode.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
            }
        }
        linksAtNode = freeze(atNode);
    }

    /** Indexes a (validated) model. */
    public static ModelIndex of(Model model) {
        return new ModelIndex(model);
    }

    public Model model() {
        return model;
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public Optional<PowerFeed> powerFeed(String id) {
        return Optional.ofNullable(powerFeeds.get(id));
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** A declared group (undeclared groups in use are in {@link #groupIds()} only). */
    public Optional<Group> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public Optional<Supplier> supplier(String id) {
        return Optional.ofNullable(suppliers.get(id));
    }

    public Optional<Service> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    public Optional<ExternalParty> externalParty(String id) {
        return Optional.ofNullable(externalParties.get(id));
    }

    /** The kind of element an id names (groups: declared or used), or empty. */
    public Optional<ElementKind> kindOf(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** Every shared-risk group id: declared ones first (file order), then those only used, by first use. */
    public Set<String> groupIds() {
        return groupIds;
    }

    /** The direct subcontractors of a supplier, in file order. */
    public List<Supplier> children(String supplierId) {
        return children.getOrDefault(supplierId, List.of());
    }

    /** Every subcontractor below a supplier (depth first, file order), not including itself. */
    public List<Supplier> descendants(String supplierId) {
        List<Supplier> out = new ArrayList<>();
        collect(supplierId, out, new java.util.HashSet<>(Set.of(supplierId)));
        return List.copyOf(out);
    }

    private void collect(String supplierId, List<Supplier> out, Set<String> seen) {
        for (Supplier child : children(supplierId)) {
            if (seen.add(child.id())) { // the loader rejects cycles; this guards hand-built models
                out.add(child);
                collect(child.id(), out, seen);
            }
        }
    }

    /** The suppliers above a subcontractor: its parent first, the top supplier last. */
    public List<Supplier> ancestors(String supplierId) {
        List<Supplier> out = new ArrayList<>();
        Supplier s = suppliers.get(supplierId);
        // the loader rejects parent cycles; the size bound keeps a hand-built model from looping
        while (s != null && s.parent() != null && out.size() < suppliers.size()) {
            s = suppliers.get(s.parent());
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Suppliers without a parent, in file order. */
    public List<Supplier> topSuppliers() {
        return model.suppliers().stream().filter(s -> s.parent() == null).toList();
    }

    /** Nodes whose site is {@code siteId}, in file order. */
    public List<Node> nodesAt(String siteId) {
        return nodesAtSite.getOrDefault(siteId, List.of());
    }

    /** Links with {@code nodeId} as one end, in file order. */
    public List<Link> linksAt(String nodeId) {
        return linksAtNode.getOrDefault(nodeId, List.of());
    }

    private static <T> Map<String, T> byId(List<T> elements, java.util.function.Function<T, String> id,
                                           ElementKind kind, Map<String, ElementKind> kindOf) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T e : elements) {
            map.putIfAbsent(id.apply(e), e);
            kindOf.putIfAbsent(id.apply(e), kind);
        }
        return Collections.unmodifiableMap(map);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
