package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
import org.neverout.model.Service;
import org.w3c.dom.Document;

/**
 * The 26 SNDlib instances (academic licence: never bundled) read from the directory named by the
 * system property {@code neverout.datasets} ({@code <dir>/sndlib/native/*.txt}, {@code <dir>/sndlib/xml/*.xml});
 * skipped, saying so, when it is absent. Counts are checked against an independent reading of each file.
 */
class SndlibDatasetsTest {
    static final String PROPERTY = "neverout.datasets";

    static Path sndlib() {
        String dir = System.getProperty(PROPERTY);
        Path path = dir == null ? null : Path.of(dir, "sndlib");
        assumeTrue(path != null && Files.isDirectory(path.resolve("native")),
                "SNDlib tests skipped: system property '" + PROPERTY + "' does not name a directory with "
                        + "sndlib/native (is: " + dir + ")");
        return path;
    }

    static Stream<String> instances() throws IOException {
        String dir = System.getProperty(PROPERTY);
        Path nat = dir == null ? null : Path.of(dir, "sndlib", "native");
        if (nat == null || !Files.isDirectory(nat)) {
            return Stream.of("(datasets absent)");
        }
        try (Stream<Path> files = Files.list(nat)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList()).stream();
        }
    }

    @Test
    void all26NativeInstancesArePresent() throws IOException {
        sndlib();
        assertThat(instances()).hasSize(26);
    }

    /** Entries of a native section, counted line by line (the files put one entry per line). */
    static int nativeEntries(List<String> lines, String section) {
        int count = 0;
        boolean inside = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith(section + " (")) {
                inside = true;
            } else if (inside && t.equals(")")) {
                return count;
            } else if (inside && !t.isEmpty() && !t.startsWith("#")) {
                count++;
            }
        }
        return count;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void nativeImportHasTheFilesCounts(String instance) throws Exception {
        Path file = sndlib().resolve("native").resolve(instance + ".txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        Model model = new SndlibNativeImporter().importFile(file, ImportOptions.DEFAULTS).model();
        assertEquals(nativeEntries(lines, "NODES"), model.nodes().size(), "nodes");
        assertEquals(nativeEntries(lines, "LINKS"), model.links().size(), "links");
        assertEquals(nativeEntries(lines, "DEMANDS"), model.services().size(), "demands");
        assertUniqueIds(model);
        assertThat(model.services()).allMatch(s -> s.demand() != null && s.endpoints().size() == 2);
        RoundTrip.assertRoundTrips(model);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void xmlImportHasTheFilesCountsAndAgreesWithNative(String instance) throws Exception {
        Path xml = sndlib().resolve("xml").resolve(instance + ".xml");
        assumeTrue(Files.exists(xml), instance + " has no XML version in the dataset");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        Model fromXml = new SndlibXmlImporter().importFile(xml, ImportOptions.DEFAULTS).model();
        assertEquals(doc.getElementsByTagNameNS("*", "node").getLength(), fromXml.nodes().size(), "nodes");
        assertEquals(doc.getElementsByTagNameNS("*", "link").getLength(), fromXml.links().size(), "links");
        assertEquals(doc.getElementsByTagNameNS("*", "demand").getLength(), fromXml.services().size(), "demands");
        boolean pixel = doc.getElementsByTagNameNS("*", "nodes").item(0).getAttributes()
                .getNamedItem("coordinatesType").getNodeValue().equals("pixel");
        assertThat(fromXml.nodes()).allMatch(n -> pixel ? n.x() != null && n.lat() == null
                : n.lat() != null && n.x() == null);
        // the round trip is checked on the native import, which must equal this one

        Model fromNative = new SndlibNativeImporter()
                .importFile(sndlib().resolve("native").resolve(instance + ".txt"), ImportOptions.DEFAULTS).model();
        assertEquals(fromNative.nodes(), fromXml.nodes(), "nodes (ids, coordinates and their kind)");
        assertEquals(fromNative.links(), fromXml.links(), "links (ids, ends, capacity, cost)");
        assertEquals(fromNative.services(), fromXml.services(), "demands");
    }

    @Test
    void abileneLinkAndDemandWithOneNameGetDistinctIds() throws Exception {
        Model m = new SndlibNativeImporter()
                .importFile(sndlib().resolve("native/abilene.txt"), ImportOptions.DEFAULTS).model();
        Link link = m.links().stream().filter(l -> l.name().equals("ATLAM5_ATLAng")).findFirst().orElseThrow();
        assertThat(link.id()).isEqualTo("l-ATLAM5_ATLAng");
        assertThat(link.a()).isEqualTo("ATLAng");
        // the file says MBITPERSEC: capacities and demands are converted to Gbit/s
        assertThat(link.capacityGbps()).isCloseTo(9.92, org.assertj.core.data.Offset.offset(1e-12));
        Set<String> linkNames = m.links().stream().map(Link::name).collect(Collectors.toSet());
        assertThat(m.services()).anyMatch(s -> linkNames.contains(s.name()) && s.id().equals("d-" + s.name()));
        Service d = m.services().stream().filter(s -> s.name().equals("IPLSng_STTLng")).findFirst().orElseThrow();
        assertThat(d.endpoints()).containsExactly(List.of("IPLSng"), List.of("STTLng"));
        assertThat(d.demand()).isCloseTo(3.58, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.nodes().get(0).lon()).isEqualTo(-84.3833);
        assertThat(m.nodes().get(0).lat()).isEqualTo(33.75);
    }

    @Test
    void india35NodeLinkAndDemandNamedZeroStayThreeElements() throws Exception {
        for (Model m : List.of(
                new SndlibNativeImporter().importFile(sndlib().resolve("native/india35.txt"), ImportOptions.DEFAULTS).model(),
                new SndlibXmlImporter().importFile(sndlib().resolve("xml/india35.xml"), ImportOptions.DEFAULTS).model())) {
            assertThat(m.nodes()).extracting(Node::id).contains("0");
            assertThat(m.links()).extracting(Link::id).contains("l-0");
            assertThat(m.services()).extracting(Service::id).contains("d-0");
            assertUniqueIds(m);
        }
    }

    @Test
    void pixelCoordinatesGiveXAndY() throws Exception {
        Model m = new SndlibNativeImporter().importFile(sndlib().resolve("native/atlanta.txt"), ImportOptions.DEFAULTS).model();
        assertThat(m.nodes()).allMatch(n -> n.x() != null && n.y() != null && n.lat() == null && n.lon() == null);
    }

    @Test
    void bothDirectionsAndEveryDemandAreKept() throws Exception {
        Model m = new SndlibNativeImporter().importFile(sndlib().resolve("native/giul39.txt"), ImportOptions.DEFAULTS).model();
        Set<String> directed = new HashSet<>();
        m.links().forEach(l -> directed.add(l.a() + ">" + l.b()));
        assertThat(m.links()).anyMatch(l -> directed.contains(l.b() + ">" + l.a()));
        Model brain = new SndlibNativeImporter().importFile(sndlib().resolve("native/brain.txt"), ImportOptions.DEFAULTS).model();
        assertThat(brain.services()).hasSize(14311);
    }

    static void assertUniqueIds(Model m) {
        Set<String> ids = new HashSet<>();
        m.nodes().forEach(n -> ids.add(n.id()));
        m.links().forEach(l -> ids.add(l.id()));
        m.services().forEach(s -> ids.add(s.id()));
        assertEquals(m.nodes().size() + m.links().size() + m.services().size(), ids.size(), "ids unique across kinds");
    }
}
