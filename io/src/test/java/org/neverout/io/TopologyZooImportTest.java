package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Topology Zoo file (CC BY 4.0, bundled in test resources): counts and coordinates checked
 * against an independent DOM reading of the same file.
 */
class TopologyZooImportTest {

    static Path zoo() throws URISyntaxException {
        return Path.of(TopologyZooImportTest.class.getResource("/topologyzoo/ATTRIBUTION.md").toURI()).getParent();
    }

    static Stream<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(zoo())) {
            return list.filter(p -> p.toString().endsWith(".graphml")).sorted().collect(Collectors.toList()).stream();
        }
    }

    @Test
    void allZooFilesAreBundled() throws Exception {
        assertThat(files().count()).isEqualTo(276);
    }

    /** What the DOM says about a file: the oracle. */
    record Truth(List<Element> nodes, Map<String, String> nodeKeys, int edges, int selfLoops, int plannedNonLoops) {
    }

    static Truth truth(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Map<String, String> nodeKeys = new HashMap<>();
        String statusKey = null;
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if ("node".equals(k.getAttribute("for"))) {
                nodeKeys.put(k.getAttribute("attr.name"), k.getAttribute("id"));
            } else if ("LinkStatus".equals(k.getAttribute("attr.name"))) {
                statusKey = k.getAttribute("id");
            }
        }
        List<Element> nodes = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nl.getLength(); i++) {
            nodes.add((Element) nl.item(i));
        }
        NodeList el = doc.getElementsByTagNameNS("*", "edge");
        int loops = 0;
        int planned = 0;
        for (int i = 0; i < el.getLength(); i++) {
            Element e = (Element) el.item(i);
            if (e.getAttribute("source").equals(e.getAttribute("target"))) {
                loops++;
            } else if (statusKey != null) {
                String status = data(e, statusKey);
                if (status != null && status.matches("(?i)future|planned|proposed|planning")) {
                    planned++;
                }
            }
        }
        return new Truth(nodes, nodeKeys, el.getLength(), loops, planned);
    }

    static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent().strip();
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsWithTheFilesCountsAndCoordinates(Path file) throws Exception {
        Truth truth = truth(file);
        ImportResult result = new GraphMlImporter().importFile(file, ImportOptions.DEFAULTS);
        Model model = result.model();

        assertEquals(truth.nodes().size(), model.nodes().size(), "nodes");
        assertEquals(truth.edges() - truth.selfLoops(), model.links().size(), "links");
        assertThat(result.warnings().stream().filter(w -> w.contains("self-loop"))).hasSize(truth.selfLoops());
        Set<String> ids = new HashSet<>();
        model.nodes().forEach(n -> ids.add(n.id()));
        model.links().forEach(l -> ids.add(l.id()));
        assertEquals(model.nodes().size() + model.links().size(), ids.size(), "ids unique: no node merged");

        // nodes are in document order: compare each with its GraphML node
        String latKey = truth.nodeKeys().get("Latitude");
        String lonKey = truth.nodeKeys().get("Longitude");
        String labelKey = truth.nodeKeys().get("label");
        for (int i = 0; i < model.nodes().size(); i++) {
            Element xml = truth.nodes().get(i);
            Node node = model.nodes().get(i);
            String lat = latKey == null ? null : data(xml, latKey);
            String lon = lonKey == null ? null : data(xml, lonKey);
            if (lat != null && lon != null && Math.abs(Double.parseDouble(lat)) <= 90
                    && Math.abs(Double.parseDouble(lon)) <= 180) {
                assertEquals(Double.parseDouble(lat), node.lat(), "lat of " + node.id());
                assertEquals(Double.parseDouble(lon), node.lon(), "lon of " + node.id());
            } else {
                assertThat(node.lat()).as("lat of %s", node.id()).isNull();
            }
            String label = labelKey == null ? null : data(xml, labelKey);
            assertEquals(label == null || label.isBlank() ? null : label, node.name() == null ? null : node.name().strip(),
                    "name of node " + i);
        }
        for (Link l : model.links()) {
            assertThat(l.a()).isNotEqualTo(l.b());
            assertThat(ids).contains(l.a(), l.b());
        }
        RoundTrip.assertRoundTrips(model);

        ImportResult excluded = new GraphMlImporter().importFile(file, ImportOptions.DEFAULTS.withExcludePlanned(true));
        assertEquals(truth.edges() - truth.selfLoops() - truth.plannedNonLoops(), excluded.model().links().size(),
                "links without planned ones");
        assertThat(excluded.model().links()).noneMatch(l -> "planned".equals(l.status()));
    }
}
