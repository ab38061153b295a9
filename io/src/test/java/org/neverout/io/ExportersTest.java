package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportersTest {
    static final Set<String> GRAPHML_TYPES = Set.of("boolean", "int", "long", "float", "double", "string");

    @Test
    void graphMlExportIsWellFormedWithKeysDeclaredOnceAndReimportsTheSameNetwork() throws Exception {
        for (String name : List.of("Kdl", "Ntt", "Interoute", "Uninett")) {
            Model model = GraphMlImporterTest.zoo(name);
            String graphml = GraphMlExporter.toGraphMl(model);
            assertStructurallyValid(graphml);

            Model back = new GraphMlImporter().importBytes(graphml.getBytes(StandardCharsets.UTF_8), name + ".graphml",
                    ImportOptions.DEFAULTS).model();
            assertThat(back.nodes()).hasSameSizeAs(model.nodes());
            assertThat(back.links()).hasSameSizeAs(model.links());
            for (int i = 0; i < model.nodes().size(); i++) {
                Node a = model.nodes().get(i);
                Node b = back.nodes().get(i);
                assertThat(List.of(String.valueOf(b.lat()), String.valueOf(b.lon()), String.valueOf(b.role())))
                        .isEqualTo(List.of(String.valueOf(a.lat()), String.valueOf(a.lon()), String.valueOf(a.role())));
            }
            for (int i = 0; i < model.links().size(); i++) {
                Link a = model.links().get(i);
                Link b = back.links().get(i);
                assertThat(b.capacityGbps()).isEqualTo(a.capacityGbps());
                assertThat(b.medium()).isEqualTo(a.medium());
                assertThat(b.status()).isEqualTo(a.status());
            }
        }
    }

    @Test
    void writerEscapesAndKeepsPixelCoordinates() throws Exception {
        Model rich = ModelWriterTest.rich();
        String graphml = GraphMlExporter.toGraphMl(rich);
        assertStructurallyValid(graphml);
        assertThat(graphml).contains("rich: model # not a comment").contains("attr.name=\"operator\"");
        String dot = DotExporter.toDot(rich);
        assertThat(dot).startsWith("graph \"rich: model # not a comment\" {").endsWith("}\n");
        assertThat(dot).contains("\"n1\" -- \"0\" [label=\"1e3\\n100.0 Gbit/s\"", "style=dashed",
                "\"0\" [label=\"null\", role=\"true\", operator=\"defence\", pos=\"-2.25,1.5!\"]");
        assertThat(DotExporter.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void dotHasOneLinePerNodeAndLink() throws Exception {
        Model ntt = GraphMlImporterTest.zoo("Ntt");
        String dot = DotExporter.toDot(ntt);
        long edges = dot.lines().filter(l -> l.contains(" -- ")).count();
        assertThat(edges).isEqualTo(ntt.links().size());
        assertThat(dot.lines().filter(l -> l.matches("  \"[^\"]+\" \\[label=.*"))).hasSize(ntt.nodes().size());
    }

    /** Parses safely; every key declared once with attr.name and a GraphML type; every data key declared for its element. */
    static void assertStructurallyValid(String graphml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        Map<String, String> keyFor = new HashMap<>();
        Set<String> names = new HashSet<>();
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            assertThat(keyFor.put(k.getAttribute("id"), k.getAttribute("for"))).as("key declared once").isNull();
            assertThat(names.add(k.getAttribute("for") + "/" + k.getAttribute("attr.name"))).isTrue();
            assertThat(GRAPHML_TYPES).contains(k.getAttribute("attr.type"));
        }
        NodeList data = doc.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            assertThat(keyFor.get(d.getAttribute("key"))).isEqualTo(d.getParentNode().getLocalName());
        }
        Set<String> ids = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            assertThat(ids.add(((Element) nodes.item(i)).getAttribute("id"))).isTrue();
        }
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    @Test
    void dotGroupsTheNodesOfEachSiteInAClusterAndLeavesTheOthersOutside() {
        Model example = org.neverout.model.ModelLoader.load(java.nio.file.Path.of("..", "examples",
                "nafin-example.yaml"));
        String dot = DotExporter.toDot(example);
        Map<String, String> siteOf = new HashMap<>();
        example.nodes().forEach(n -> siteOf.put(n.id(), n.site() == null ? "" : n.site()));
        Map<String, String> clusterOf = new HashMap<>();
        Set<String> clusters = new HashSet<>();
        String current = "";
        for (String line : dot.lines().toList()) {
            java.util.regex.Matcher open = java.util.regex.Pattern.compile("^  subgraph \"cluster_(.+)\" \\{$")
                    .matcher(line);
            java.util.regex.Matcher node = java.util.regex.Pattern.compile("^ +\"([^\"]+)\" \\[label=.*").matcher(line);
            if (open.matches()) {
                current = open.group(1);
                assertThat(clusters.add(current)).as("one cluster per site").isTrue();
            } else if (line.equals("  }")) {
                current = "";
            } else if (node.matches()) {
                clusterOf.put(node.group(1), current);
            }
        }
        assertThat(clusterOf).isEqualTo(siteOf);
        assertThat(clusters).isNotEmpty().allSatisfy(c -> assertThat(siteOf).containsValue(c));
        String small = DotExporter.toDot(org.neverout.model.ModelLoader.parse(
                "name: m\nsites: [{id: S, name: Site S}]\nnodes: [{id: a, site: S}, {id: b}]", "m.yaml",
                org.neverout.model.tree.Format.YAML));
        assertThat(small).contains("  subgraph \"cluster_S\" {\n    graph [label=\"Site S\", style=rounded];\n"
                + "    \"a\" [label=\"a\", site=\"S\", operator=\"defence\"];\n  }\n  \"b\" [label=\"b\"");
    }
}
