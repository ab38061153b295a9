package org.neverout.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Minimal, safe reader of the nodes and edges of a Topology Zoo GraphML file: DOCTYPE declarations,
 * external entities, external DTDs and schemas and XInclude are all refused. Test support only; the io
 * module owns the real importer. The graphs named here are bundled under {@code /topologyzoo/} (CC BY 4.0,
 * see {@code topologyzoo/ATTRIBUTION.md}). Cost: linear in the file size.
 */
public final class TopologyZoo {
    /** Four small graphs (9 to 15 nodes) that the supplier-tree tests run on. */
    public static final List<String> SMALL = List.of("Abilene", "Nsfnet", "Arpanet19706", "Claranet");

    /** Every bundled graph, by name. */
    public static final List<String> BUNDLED = List.of("Aarnet", "Abilene", "Arpanet196912", "Arpanet19706",
            "Bics", "Cesnet1999", "Claranet", "Epoch", "Garr199901", "Geant2001", "Getnet", "Janetbackbone",
            "Nordu2005", "Nsfnet", "Sprint");

    /**
     * An undirected multigraph: node count and edges as pairs of node indices (file order). Self-loops are
     * dropped (a model refuses a link from a node to itself); parallel edges are kept.
     */
    public record Graph(String name, int nodes, List<int[]> edges) {
        public Graph {
            edges = Collections.unmodifiableList(new ArrayList<>(edges));
        }
    }

    private TopologyZoo() {
    }

    /** A bundled graph ({@code /topologyzoo/NAME.graphml}, e.g. {@code Abilene}). */
    public static Graph load(String name) {
        String resource = "/topologyzoo/" + name + ".graphml";
        try (InputStream in = TopologyZoo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled Topology Zoo graph " + resource
                        + "; bundled: " + BUNDLED);
            }
            return read(name, resource, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A graph from a GraphML file on disk (measurement mains); its name is the file name without extension. */
    public static Graph load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString().replace(".graphml", ""), file.toString(), in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Graph read(String name, String source, InputStream in) {
        try {
            DocumentBuilder builder = safeFactory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() { // throw, instead of printing to standard error
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document doc = builder.parse(in);
            Map<String, Integer> index = new LinkedHashMap<>();
            NodeList nodes = doc.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                index.putIfAbsent(((Element) nodes.item(i)).getAttribute("id"), index.size());
            }
            List<int[]> edges = new ArrayList<>();
            NodeList edgeList = doc.getElementsByTagName("edge");
            for (int i = 0; i < edgeList.getLength(); i++) {
                Element e = (Element) edgeList.item(i);
                Integer a = index.get(e.getAttribute("source"));
                Integer b = index.get(e.getAttribute("target"));
                if (a == null || b == null) {
                    throw new IllegalStateException(source + ": edge #" + (i + 1) + " names an unknown node ('"
                            + e.getAttribute("source") + "' -> '" + e.getAttribute("target") + "')");
                }
                if (!a.equals(b)) {
                    edges.add(new int[] {a, b});
                }
            }
            return new Graph(name, index.size(), edges);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot parse GraphML " + source + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory safeFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
