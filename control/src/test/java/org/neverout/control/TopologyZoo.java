package org.neverout.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Minimal, safe reader of the nodes and edges of a Topology Zoo GraphML test resource (DTDs, external
 * entities and XInclude refused). Test code only: the io module owns the real importer.
 */
final class TopologyZoo {
    /** An undirected multigraph: node count and edges as index pairs (self-loops dropped). */
    record Graph(String name, int nodes, List<int[]> edges) {
    }

    static final List<String> SMALL = List.of("Abilene", "Nsfnet", "Arpanet19706", "Claranet");

    private TopologyZoo() {
    }

    static Graph load(String name) {
        String resource = "/topologyzoo/" + name + ".graphml";
        try (InputStream in = TopologyZoo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return read(name, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads a GraphML file from disk (the measurement main). */
    static Graph load(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(file.getFileName().toString().replace(".graphml", ""), in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Graph read(String name, InputStream in) {
        String resource = name;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            Document doc = factory.newDocumentBuilder().parse(in);
            Map<String, Integer> index = new LinkedHashMap<>();
            NodeList nodes = doc.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                index.put(((Element) nodes.item(i)).getAttribute("id"), index.size());
            }
            List<int[]> edges = new ArrayList<>();
            NodeList edgeList = doc.getElementsByTagName("edge");
            for (int i = 0; i < edgeList.getLength(); i++) {
                Element e = (Element) edgeList.item(i);
                int a = index.get(e.getAttribute("source"));
                int b = index.get(e.getAttribute("target"));
                if (a != b) {
                    edges.add(new int[] {a, b});
                }
            }
            return new Graph(name, index.size(), edges);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
