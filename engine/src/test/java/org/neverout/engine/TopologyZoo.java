package org.neverout.engine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Minimal, safe reader of the nodes and edges of a Topology Zoo GraphML test resource (DTDs and
 * external entities refused). Test code only: the io module owns the real importer.
 */
final class TopologyZoo {
    /** An undirected multigraph: node count and edges as index pairs. */
    record Graph(String name, int nodes, List<int[]> edges) {
    }

    private TopologyZoo() {
    }

    static Graph load(String name) {
        String resource = "/topologyzoo/" + name + ".graphml";
        try (InputStream in = TopologyZoo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(in);
            Map<String, Integer> index = new LinkedHashMap<>();
            NodeList nodes = doc.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                index.put(((Element) nodes.item(i)).getAttribute("id"), index.size());
            }
            List<int[]> edges = new ArrayList<>();
            NodeList edgeList = doc.getElementsByTagName("edge");
            for (int i = 0; i < edgeList.getLength(); i++) {
                Element e = (Element) edgeList.item(i);
                edges.add(new int[] {index.get(e.getAttribute("source")), index.get(e.getAttribute("target"))});
            }
            return new Graph(name, index.size(), edges);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
