package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;

class GraphMlImporterTest {

    static ImportResult read(String xml) {
        return read(xml, ImportOptions.DEFAULTS);
    }

    static ImportResult read(String xml, ImportOptions options) {
        return new GraphMlImporter().importBytes(xml.getBytes(StandardCharsets.UTF_8), "t.graphml", options);
    }

    static Model zoo(String name) throws Exception {
        return zooResult(name, ImportOptions.DEFAULTS).model();
    }

    static ImportResult zooResult(String name, ImportOptions options) throws Exception {
        return new GraphMlImporter().importFile(TopologyZooImportTest.zoo().resolve(name + ".graphml"), options);
    }

    /** Keys with unusual ids and types, declared after use of their attribute names elsewhere. */
    static final String SMALL = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key attr.name="Longitude" attr.type="double" for="node" id="zz9"/>
              <key attr.name="label" attr.type="string" for="node" id="k1"/>
              <key attr.name="Latitude" attr.type="integer" for="node" id="lat-key"/>
              <key attr.name="Internal" attr.type="int" for="node" id="i"><default>1</default></key>
              <key attr.name="hyperedge" attr.type="int" for="node" id="h"/>
              <key attr.name="LinkSpeed" attr.type="string" for="edge" id="s"/>
              <key attr.name="LinkSpeedUnits" attr.type="string" for="edge" id="u"/>
              <key attr.name="LinkSpeedRaw" attr.type="double" for="edge" id="raw"/>
              <key attr.name="LinkType" attr.type="string" for="edge" id="t"/>
              <key attr.name="LinkStatus" attr.type="string" for="edge" id="st"/>
              <key attr.name="LinkLabel" attr.type="string" for="edge" id="ll"/>
              <key attr.name="label" attr.type="string" for="graph" id="g"/>
              <graph edgedefault="undirected">
                <data key="g">Tiny Net</data>
                <node id="0"><data key="k1">Den Haag</data><data key="lat-key">52</data><data key="zz9">4.3</data></node>
                <node id="1"><data key="k1">Amsterdam</data><data key="lat-key">52.37</data><data key="zz9">4.89</data></node>
                <node id="2"><data key="k1">Amsterdam</data><data key="lat-key">95</data><data key="zz9">4.9</data><data key="i">0</data></node>
                <node id="3"><data key="h">1</data></node>
                <edge source="0" target="1"><data key="s">10</data><data key="u">G</data><data key="t">Fibre</data><data key="ll">core A</data></edge>
                <edge source="1" target="0"><data key="raw">155000000</data><data key="t">Microwave</data></edge>
                <edge source="0" target="1"><data key="s">2.5</data><data key="u">M</data><data key="t">DS-3</data><data key="st">Future</data></edge>
                <edge source="2" target="2"/>
                <edge source="2" target="3" directed="true"/>
              </graph>
            </graphml>
            """;

    @Test
    void mapsKeysByAttributeNameAndZooConventions() {
        ImportResult r = read(SMALL);
        Model m = r.model();
        assertThat(m.name()).isEqualTo("Tiny Net");
        assertThat(m.nodes()).extracting(Node::id).containsExactly("den-haag", "n1-amsterdam", "n2-amsterdam", "n3");
        Node haag = m.nodes().get(0);
        assertThat(haag.name()).isEqualTo("Den Haag");
        assertThat(haag.lat()).isEqualTo(52.0);
        assertThat(haag.lon()).isEqualTo(4.3);
        assertThat(haag.role()).isEqualTo("core");
        Node bad = m.nodes().get(2);
        assertThat(bad.lat()).isNull();
        assertThat(bad.lon()).isNull();
        assertThat(bad.role()).isEqualTo("external");
        assertThat(m.nodes().get(3).role()).isEqualTo("hyperedge");

        assertThat(m.links()).extracting(Link::id)
                .containsExactly("l-den-haag-n1-amsterdam", "l-n1-amsterdam-den-haag", "l-den-haag-n1-amsterdam-2",
                        "l-n2-amsterdam-n3");
        Link first = m.links().get(0);
        assertThat(first.capacityGbps()).isEqualTo(10.0);
        assertThat(first.medium()).isEqualTo("fiber");
        assertThat(first.name()).isEqualTo("core A");
        assertThat(first.status()).isNull();
        assertThat(m.links().get(1).capacityGbps()).isEqualTo(0.155);
        assertThat(m.links().get(1).medium()).isEqualTo("microwave");
        assertThat(m.links().get(2).capacityGbps()).isEqualTo(0.0025);
        assertThat(m.links().get(2).medium()).isEqualTo("other");
        assertThat(m.links().get(2).status()).isEqualTo("planned");

        assertThat(r.warnings()).anyMatch(w -> w.startsWith("t.graphml:") && w.contains("n2-amsterdam")
                && w.contains("Latitude=95"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("self-loop edge on node 'n2-amsterdam' dropped"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("1 directed edge read as undirected"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("medium 'other': DS-3"));
        assertThat(m.source().locationOf("den-haag").line()).isEqualTo(17);
        assertThat(m.source().sha256()).hasSize(64);
        RoundTrip.assertRoundTrips(m);
    }

    @Test
    void excludePlannedDropsThemWithACount() {
        ImportResult r = read(SMALL, ImportOptions.DEFAULTS.withExcludePlanned(true));
        assertThat(r.model().links()).hasSize(3).noneMatch(l -> "planned".equals(l.status()));
        assertThat(r.warnings()).anyMatch(w -> w.contains("1 planned link (LinkStatus Future/Planned/Proposed) excluded"));
    }

    @Test
    void brokenReferencesAreLocatedErrors() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> read("""
                <graphml><graph>
                <node id="a"/>
                <node id="a"/>
                <edge source="a" target="ghost"/>
                </graph></graphml>"""));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).toString()).startsWith("t.graphml:3:").contains("duplicate node id 'a'");
        assertThat(e.problems().get(1).toString()).startsWith("t.graphml:4:").contains("unknown node 'ghost'");
    }

    @Test
    void notGraphMlIsNamed() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> read("<network/>"));
        assertThat(e.getMessage()).contains("not <graphml>");
    }

    @Test
    void yEdGraphicsInsideDataAreSkipped() {
        Model m = read("""
                <graphml xmlns:y="http://www.yworks.com/xml/graphml">
                <key id="d6" for="node" yfiles.type="nodegraphics"/>
                <key id="d1" for="node" attr.name="label"/>
                <graph><node id="n0"><data key="d1">A</data><data key="d6"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n1"/><edge source="n0" target="n1"/></graph></graphml>""").model();
        assertThat(m.nodes()).extracting(Node::id).containsExactly("a", "n1");
        assertThat(m.links()).hasSize(1);
    }

    @Test
    void kdlHasAllItsNodesAndLinksAndDuplicateLabelsNeverMerge() throws Exception {
        Model kdl = zoo("Kdl");
        assertThat(kdl.nodes()).hasSize(754);
        assertThat(kdl.links()).hasSize(899);
        Map<String, List<Node>> byName = kdl.nodes().stream().filter(n -> n.name() != null)
                .collect(Collectors.groupingBy(Node::name));
        List<List<Node>> duplicates = byName.values().stream().filter(l -> l.size() > 1).collect(Collectors.toList());
        assertThat(duplicates).isNotEmpty();
        for (List<Node> same : duplicates) {
            assertThat(same.stream().map(Node::id).distinct()).hasSize(same.size());
            assertThat(same).allMatch(n -> n.id().matches("n\\d+-.*"));
        }
    }

    @Test
    void nttParallelEdgesStaySeparateLinks() throws Exception {
        Model ntt = zoo("Ntt");
        assertThat(ntt.links()).hasSize(216);
        Set<Set<String>> pairs = new HashSet<>();
        ntt.links().forEach(l -> pairs.add(Set.of(l.a(), l.b())));
        assertThat(pairs).hasSize(63);
        assertThat(ntt.links()).anyMatch(l -> l.id().endsWith("-2"));
    }

    @Test
    void interouteSelfLoopsAreWarnedAndDropped() throws Exception {
        ImportResult r = zooResult("Interoute", ImportOptions.DEFAULTS);
        assertThat(r.model().links()).hasSize(158 - 2);
        assertThat(r.warnings().stream().filter(w -> w.contains("self-loop"))).hasSize(2)
                .allMatch(w -> w.matches(".*Interoute\\.graphml:\\d+:\\d+: self-loop edge on node '.*' dropped"));
    }

    @Test
    void psncAndUninettWithIntegerAttrTypeImport() throws Exception {
        for (String name : List.of("Psnc", "Uninett")) {
            Model m = zoo(name);
            assertThat(m.nodes()).isNotEmpty();
            assertThat(m.nodes()).anyMatch(n -> n.lat() != null);
        }
        assertThat(zoo("Psnc").nodes()).hasSize(36);
        assertThat(zoo("Uninett").links()).hasSize(97);
    }

    @Test
    void fileNameIsTheModelNameWithoutAGraphLabel() {
        Model m = new GraphMlImporter().importBytes("<graphml><graph><node id=\"x\"/></graph></graphml>"
                .getBytes(StandardCharsets.UTF_8), Path.of("dir", "My Net.graphml").toString(), ImportOptions.DEFAULTS).model();
        assertThat(m.name()).isEqualTo("My Net");
        assertThat(m.nodes().get(0).id()).isEqualTo("x");
    }
}
