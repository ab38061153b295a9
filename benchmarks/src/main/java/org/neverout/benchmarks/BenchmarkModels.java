package org.neverout.benchmarks;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Supplier;

/**
 * The benchmark inputs: a Topology Zoo graph (bundled resource, see topologyzoo/ATTRIBUTION.md) with
 * seeded random services of 2-3 distinct single-node endpoints. Nodes are {@code n<i>}, links
 * {@code l<i>}, services {@code svc<i>}; everything operated by defence, no sites or power.
 *
 * <p>Variants add what other analyses need, each deterministic for a given seed: a breadth-first
 * {@link #ball ball} of the topology, {@link #withReliabilityDefaults reliability defaults}, a share of
 * {@link #withVitalServices vital services} and a share of {@link #withSuppliers supplier-operated}
 * nodes and links.
 */
public final class BenchmarkModels {
    /** An undirected multigraph read from GraphML. */
    public record Topology(String name, int nodes, List<int[]> edges) {
    }

    /** The date {@link #withSuppliers} authorisations are meant to be judged at. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private BenchmarkModels() {
    }

    /** Reads a bundled GraphML file with a streaming parser, safely (no DTDs, no external entities). */
    public static Topology topology(String name) {
        String resource = "/topologyzoo/" + name + ".graphml";
        try (InputStream in = BenchmarkModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled topology '" + name + "' (try Kdl or Colt)");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String[]> rawEdges = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("node")) {
                    index.put(xml.getAttributeValue(null, "id"), index.size());
                } else if (xml.getLocalName().equals("edge")) {
                    rawEdges.add(new String[] {xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target")});
                }
            }
            xml.close();
            List<int[]> edges = new ArrayList<>();
            for (String[] e : rawEdges) {
                edges.add(new int[] {index.get(e[0]), index.get(e[1])});
            }
            return new Topology(name, index.size(), edges);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The topology with {@code services} random services of 2-3 distinct endpoints each. */
    public static Model withServices(Topology topology, int services, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < topology.nodes(); i++) {
            nodes.add(new Node("n" + i, null, null, "core", null, null, Model.DEFENCE, Model.DEFENCE, List.of(), null,
                    null, null, null, null, Reliability.NONE));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < topology.edges().size(); i++) {
            int[] e = topology.edges().get(i);
            links.add(new Link("l" + i, null, "n" + e[0], "n" + e[1], Model.DEFENCE, Model.DEFENCE, List.of(),
                    null, null, null, null, null, null, Reliability.NONE));
        }
        List<Service> list = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            int count = 2 + random.nextInt(2);
            Set<String> endpoints = new LinkedHashSet<>();
            while (endpoints.size() < count) {
                endpoints.add("n" + random.nextInt(topology.nodes()));
            }
            List<List<String>> entries = endpoints.stream().map(List::of).toList();
            list.add(new Service("svc" + s, null, ServiceKind.OTHER, entries, List.of(), 0, null, null, null, null,
                    null, Reliability.NONE));
        }
        return new Model(topology.name().toLowerCase() + "-" + services + "-services", List.of(), List.of(), nodes,
                links, List.of(), List.of(), list, List.of(), Map.of(), List.of(), ComplianceSettings.NONE,
                Model.Source.NONE);
    }

    /**
     * The breadth-first ball of {@code size} nodes around node 0 (neighbours in file order), with the edges
     * between its nodes; nodes renumbered in visiting order. O(V + E).
     */
    public static Topology ball(Topology topology, int size) {
        List<Integer> ball = ballNodes(topology, 0, size);
        Map<Integer, Integer> kept = new HashMap<>();
        for (int n : ball) {
            kept.put(n, kept.size());
        }
        List<int[]> edges = new ArrayList<>();
        for (int[] e : topology.edges()) {
            if (kept.containsKey(e[0]) && kept.containsKey(e[1])) {
                edges.add(new int[] {kept.get(e[0]), kept.get(e[1])});
            }
        }
        return new Topology(topology.name() + "-ball" + kept.size(), kept.size(), edges);
    }

    /** The first {@code size} nodes a breadth-first search from {@code root} visits (neighbours in file order). O(V + E). */
    public static List<Integer> ballNodes(Topology topology, int root, int size) {
        List<List<Integer>> adjacency = adjacency(topology);
        List<Integer> visited = new ArrayList<>(List.of(root));
        Set<Integer> seen = new LinkedHashSet<>(visited);
        for (int head = 0; head < visited.size() && visited.size() < size; head++) {
            for (int m : adjacency.get(visited.get(head))) {
                if (visited.size() < size && seen.add(m)) {
                    visited.add(m);
                }
            }
        }
        return visited;
    }

    /** The node of highest degree (links counted with multiplicity), the lowest index on ties. */
    public static int highestDegreeNode(Topology topology) {
        List<List<Integer>> adjacency = adjacency(topology);
        int best = 0;
        for (int n = 1; n < topology.nodes(); n++) {
            if (adjacency.get(n).size() > adjacency.get(best).size()) {
                best = n;
            }
        }
        return best;
    }

    private static List<List<Integer>> adjacency(Topology topology) {
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int n = 0; n < topology.nodes(); n++) {
            adjacency.add(new ArrayList<>());
        }
        for (int[] e : topology.edges()) {
            adjacency.get(e[0]).add(e[1]);
            adjacency.get(e[1]).add(e[0]);
        }
        return adjacency;
    }

    /**
     * The model with reliability defaults for every node (mtbf 100,000 h, mttr 4 h) and link (mtbf
     * 20,000 h, mttr 8 h), so every node and link event can fail in quantification.
     */
    public static Model withReliabilityDefaults(Model model) {
        Map<String, Reliability> defaults = Map.of("node", new Reliability(100_000.0, 4.0),
                "link", new Reliability(20_000.0, 8.0));
        return new Model(model.name(), model.sites(), model.powerFeeds(), model.nodes(), model.links(),
                model.groups(), model.suppliers(), model.services(), model.externalParties(), defaults,
                model.measures(), model.compliance(), model.source(), model.softwareVersions());
    }

    /**
     * The model with a random {@code share} of its services made vital, with 1-1,000 users each (the
     * others keep their kind and get no users).
     */
    public static Model withVitalServices(Model model, double share, long seed) {
        Random random = new Random(seed);
        List<Service> services = new ArrayList<>();
        for (Service s : model.services()) {
            boolean vital = random.nextDouble() < share;
            services.add(!vital ? s : new Service(s.id(), s.name(), ServiceKind.VITAL, s.endpoints(), s.dependsOn(),
                    s.neverOut(), (long) (1 + random.nextInt(1000)), s.category(), s.demand(),
                    s.availabilityTarget(), s.description(), s.reliability()));
        }
        return new Model(model.name(), model.sites(), model.powerFeeds(), model.nodes(), model.links(),
                model.groups(), model.suppliers(), services, model.externalParties(), model.defaults(),
                model.measures(), model.compliance(), model.source(), model.softwareVersions());
    }

    /**
     * The model with {@code share} of its nodes and of its links (chosen at random) operated and owned by
     * one of six suppliers: four top-level ones and two subcontractors of the first. Each supplier knows
     * routes and rooms and holds an authorisation that is, as of {@link #AS_OF}, valid, expiring within
     * 90 days or expired (round robin), so every part of the control analysis has work to do.
     */
    public static Model withSuppliers(Model model, double share, long seed) {
        Random random = new Random(seed);
        List<Supplier> suppliers = new ArrayList<>();
        LocalDate[] validUntil = {AS_OF.plusYears(2), AS_OF.plusDays(30), AS_OF.minusDays(10)};
        for (int i = 0; i < 6; i++) {
            String parent = i >= 4 ? "sup0" : null;
            suppliers.add(new Supplier("sup" + i, "Supplier " + i, parent, "NL",
                    List.of(new Authorisation("network-rooms", validUntil[i % validUntil.length])),
                    List.of("routes", "rooms"), List.of()));
        }
        List<Node> nodes = new ArrayList<>(model.nodes());
        for (int i : randomSubset(nodes.size(), share, random)) {
            Node n = nodes.get(i);
            String op = "sup" + random.nextInt(suppliers.size());
            nodes.set(i, new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), n.software(), op, op, n.groups(),
                    n.power(), n.lat(), n.lon(), n.x(), n.y(), n.reliability()));
        }
        List<Link> links = new ArrayList<>(model.links());
        for (int i : randomSubset(links.size(), share, random)) {
            Link l = links.get(i);
            String op = "sup" + random.nextInt(suppliers.size());
            links.set(i, new Link(l.id(), l.name(), l.a(), l.b(), op, op, l.groups(), l.capacityGbps(),
                    l.lengthKm(), l.latencyMs(), l.medium(), l.status(), l.cost(), l.reliability()));
        }
        return new Model(model.name(), model.sites(), model.powerFeeds(), nodes, links, model.groups(), suppliers,
                model.services(), model.externalParties(), model.defaults(), model.measures(), model.compliance(),
                model.source(), model.softwareVersions());
    }

    /** round(share x size) distinct indices below {@code size}, sorted. */
    private static List<Integer> randomSubset(int size, double share, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        List<Integer> subset = new ArrayList<>(all.subList(0, (int) Math.round(share * size)));
        Collections.sort(subset);
        return subset;
    }
}
