package org.neverout.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * The benchmark inputs: a Topology Zoo graph (bundled resource, see topologyzoo/ATTRIBUTION.md) with
 * seeded random services of 2-3 distinct single-node endpoints. Nodes are {@code n<i>}, links
 * {@code l<i>}, services {@code svc<i>}; everything operated by defence, no sites or power.
 */
public final class BenchmarkModels {
    /** An undirected multigraph read from GraphML. */
    public record Topology(String name, int nodes, List<int[]> edges) {
    }

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
}
