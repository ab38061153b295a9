package org.neverout.quant;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Minimal, safe reader of a Topology Zoo GraphML file's nodes and edges (DOCTYPE, external entities and
 * XInclude refused). Test code only; the io module owns the real importer.
 */
final class TopologyZoo {
    /** An undirected multigraph: node count and edges as index pairs (self-loops dropped). */
    record Graph(String name, int nodes, List<int[]> edges) {
    }

    private TopologyZoo() {
    }

    /** A graph from the test resources ({@code /topologyzoo/NAME.graphml}). */
    static Graph resource(String name) {
        String path = "/topologyzoo/" + name + ".graphml";
        try (InputStream in = TopologyZoo.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return read(name, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** A graph from a file (the benchmark). */
    static Graph file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString().replace(".graphml", ""), in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Graph read(String name, InputStream in) {
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
                index.putIfAbsent(((Element) nodes.item(i)).getAttribute("id"), index.size());
            }
            List<int[]> edges = new ArrayList<>();
            NodeList list = doc.getElementsByTagName("edge");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                Integer a = index.get(e.getAttribute("source"));
                Integer b = index.get(e.getAttribute("target"));
                if (a == null || b == null) {
                    throw new IllegalStateException("edge " + i + " names an unknown node");
                }
                if (!a.equals(b)) {
                    edges.add(new int[] {a, b});
                }
            }
            return new Graph(name, index.size(), edges);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse GraphML " + name + ": " + e.getMessage(), e);
        }
    }
}
