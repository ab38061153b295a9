package org.neverout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Problem;

/** The NetBox mapping (docs/NETBOX.md) on the bundled export, and every refusal of bad input. */
class NetboxImportTest {
    /** The bundled example export (not a copy: the README imports it). */
    static final Path EXAMPLE = Path.of("../examples/netbox");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static ImportResult importDir(Path dir, boolean excludePlanned) {
        return new NetboxImporter().importFile(dir, ImportOptions.DEFAULTS.withExcludePlanned(excludePlanned));
    }

    @Test
    void mapsSitesDevicesSuppliersAndPower() {
        Model m = importDir(EXAMPLE, false).model();
        assertEquals(List.of("oslo", "bergen", "trondheim"), m.sites().stream().map(s -> s.id()).toList());
        assertEquals(59.9139, m.sites().get(0).lat());
        assertEquals(10.7522, m.sites().get(0).lon());
        assertEquals(List.of("oslo-pp-1-feed-a", "oslo-pp-1-feed-b"), m.sites().get(0).power());
        assertEquals(List.of("bergen-pp-a-mains"), m.sites().get(1).power());
        assertEquals(List.of(), m.sites().get(2).power());
        PowerFeed feedA = m.powerFeeds().get(0);
        assertEquals(List.of("grid-oslo-east"), feedA.groups());
        assertEquals(List.of("telenor", "telia"), m.suppliers().stream().map(s -> s.id()).toList());
        assertEquals("Telia Norge", m.suppliers().get(1).name());

        Map<String, Node> nodes = m.nodes().stream().collect(Collectors.toMap(Node::id, n -> n));
        assertEquals(5, nodes.size());
        Node bgo = nodes.get("bgo-core-1");
        assertEquals("bergen", bgo.site());
        assertEquals("core", bgo.role());
        assertEquals("cisco", bgo.vendor());
        assertEquals("ios-xr", bgo.software());
        assertEquals("telia", bgo.operator());
        assertEquals(Model.DEFENCE, bgo.owner()); // custom field owner is null
        assertEquals(Model.DEFENCE, nodes.get("osl-core-1").operator());
        assertNull(nodes.get("osl-core-1").status());
        assertEquals("planned", nodes.get("trd-edge-2").status());
    }

    @Test
    void mapsCablesAndCircuitsToLinks() {
        Map<String, Link> links = importDir(EXAMPLE, false).model().links().stream()
                .collect(Collectors.toMap(Link::id, l -> l));
        // cables 6 to 9 end on circuit terminations: not links themselves
        assertEquals(List.of("bgo-trd", "cable-3", "circuit-telia-9001", "circuit-tn-4471", "osl-bgo-1",
                "osl-intra", "trd-edge"), links.keySet().stream().sorted().toList());
        Link intra = links.get("osl-intra");
        assertEquals(List.of("osl-core-1", "osl-core-2"), List.of(intra.a(), intra.b()));
        assertEquals(0.12, intra.lengthKm()); // 120 m
        assertEquals("fiber", intra.medium());
        Link unlabelled = links.get("cable-3"); // no label: cable-<id>
        assertEquals(310 * 1.609344, unlabelled.lengthKm(), 1e-6); // miles
        assertEquals(List.of("duct-a7"), unlabelled.groups());
        assertEquals(463.5, links.get("osl-bgo-1").lengthKm());
        assertNull(links.get("bgo-trd").lengthKm());
        assertEquals("planned", links.get("trd-edge").status());
        assertEquals("copper", links.get("trd-edge").medium());

        Link tn = links.get("circuit-tn-4471");
        assertEquals(List.of("osl-core-2", "trd-core-1"), List.of(tn.a(), tn.b())); // A then Z link peers
        assertEquals("telenor", tn.operator());
        assertEquals("telenor", tn.owner());
        assertEquals(10.0, tn.capacityGbps()); // 10,000,000 Kbps
        assertEquals(List.of("duct-a7"), tn.groups());
        assertNull(tn.status());
        Link telia = links.get("circuit-telia-9001");
        assertEquals(List.of("bgo-core-1", "osl-core-1"), List.of(telia.a(), telia.b()));
        assertEquals(1.0, telia.capacityGbps());
        assertEquals("planned", telia.status());
    }

    @Test
    void warnsAboutCablesWithoutLength() {
        List<String> warnings = importDir(EXAMPLE, false).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("cables.json:") && warnings.get(0).contains("cable 4 has no length"),
                warnings.get(0));
    }

    @Test
    void excludePlannedLeavesOutPlannedElementsAndLinksTouchingThem() {
        ImportResult r = importDir(EXAMPLE, true);
        Model m = r.model();
        assertTrue(m.nodes().stream().noneMatch(n -> n.id().equals("trd-edge-2")));
        List<String> ids = m.links().stream().map(Link::id).sorted().toList();
        // trd-edge (planned itself, and to a planned device) and the planned circuit are gone
        assertEquals(List.of("bgo-trd", "cable-3", "circuit-tn-4471", "osl-bgo-1", "osl-intra"), ids);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("device 5 is planned")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("circuit 2 is planned")), r.warnings().toString());
    }

    @Test
    void writtenModelLoadsBackEqual() throws IOException {
        Model m = importDir(EXAMPLE, false).model();
        Path out = tmp.resolve("netbox.yaml");
        ModelWriter.write(m, out);
        Model back = ModelLoader.load(out);
        assertEquals(ModelWriter.toYaml(m), ModelWriter.toYaml(back));
        assertEquals("planned", back.nodes().stream().filter(n -> n.id().equals("trd-edge-2")).findFirst()
                .orElseThrow().status());
    }

    @Test
    void deviceWithoutSiteIsAWarningAndNameClashesGetTheSiteSlug() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.DEVICES, results -> {
            ((ObjectNode) results.get(0)).putNull("site");
            ((ObjectNode) results.get(2)).put("name", "osl-core-2"); // bgo-core-1 renamed: two osl-core-2
        });
        ImportResult r = importDir(dir, false);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("device 1 has no site")), r.warnings().toString());
        List<String> ids = r.model().nodes().stream().map(Node::id).toList();
        assertEquals(List.of("osl-core-1", "oslo-osl-core-2", "bergen-osl-core-2", "trd-core-1", "trd-edge-2"), ids);
        assertNull(r.model().nodes().get(0).site());
    }

    @Test
    void refusesACableToADeviceNotInTheExport() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.CABLES, results -> ((ObjectNode) results.get(1).get("b_terminations").get(0)
                .get("object").get("device")).put("id", 99));
        Problem p = refused(dir);
        assertTrue(p.location().file().endsWith("cables.json") && p.location().line() > 0, p.toString());
        assertTrue(p.message().contains("cable 2") && p.message().contains("device 99")
                && p.message().contains("not in the export"), p.toString());
    }

    @Test
    void refusesACircuitTerminationPeerNotInTheExport() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.CIRCUIT_TERMINATIONS, results -> ((ObjectNode) results.get(1).get("link_peers").get(0)
                .get("device")).put("id", 42));
        Problem p = refused(dir);
        assertTrue(p.location().file().endsWith("circuit-terminations.json"), p.toString());
        assertTrue(p.message().contains("circuit termination 2") && p.message().contains("device 42"), p.toString());
    }

    @Test
    void refusesNetbox3Cables() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.CABLES, results -> {
            ObjectNode c = (ObjectNode) results.get(0);
            c.remove("a_terminations");
            c.remove("b_terminations");
            c.put("termination_a_type", "dcim.interface");
            c.put("termination_a_id", 1);
            c.put("termination_b_type", "dcim.interface");
            c.put("termination_b_id", 2);
        });
        Problem p = refused(dir);
        assertTrue(p.location().file().endsWith("cables.json"), p.toString());
        assertTrue(p.message().contains("cable 1") && p.message().contains("NetBox 3.x")
                && p.message().contains("NetBox 4.x"), p.toString());
    }

    @Test
    void refusesMalformedJsonWithItsLineAndColumn() throws IOException {
        Path dir = copy(e -> { });
        Path devices = dir.resolve("devices.json");
        String text = Files.readString(devices);
        Files.writeString(devices, text.substring(0, text.length() / 2));
        Problem p = refused(dir);
        assertTrue(p.location().file().endsWith("devices.json") && p.location().line() > 1, p.toString());
        assertTrue(p.message().startsWith("not valid JSON"), p.toString());
    }

    @Test
    void refusesOtherShapes() throws IOException {
        Path dir = copy(e -> { });
        Files.writeString(dir.resolve("sites.json"), "[1, 2]");
        assertTrue(refused(dir).message().contains("not a NetBox list response"));
        Files.writeString(dir.resolve("sites.json"), "{\"count\": 1, \"results\": [{\"name\": \"x\"}]}");
        assertTrue(refused(dir).message().contains("without an integer 'id'"));
        Files.writeString(dir.resolve("sites.json"), "{\"count\": 9, \"next\": \"http://nb/api/dcim/sites/?offset=1\", \"results\": []}");
        assertTrue(refused(dir).message().contains("'next' link"));
        Files.delete(dir.resolve("sites.json"));
        Problem missing = refused(dir);
        assertTrue(missing.location().file().endsWith("sites.json") && missing.message().startsWith("file not found"),
                missing.toString());
    }

    @Test
    void refusesAnOperatorThatIsNoProvider() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.DEVICES, results -> ((ObjectNode) results.get(0).get("custom_fields"))
                .put("operator", "acme"));
        Problem p = refused(dir);
        assertTrue(p.message().contains("device 1") && p.message().contains("'acme'"), p.toString());
    }

    @Test
    void supplierIdsComeFirstAndGroupsMustNotClashWithElements() throws IOException {
        Path dir = copy(e -> { });
        edit(dir, NetboxEndpoint.SITES, results -> ((ObjectNode) results.get(1)).put("slug", "telia"));
        Model m = importDir(dir, false).model();
        assertEquals("telia-2", m.sites().get(1).id()); // the provider keeps its slug: custom fields name it
        assertEquals("telia-2", m.nodes().stream().filter(n -> n.id().equals("bgo-core-1")).findFirst()
                .orElseThrow().site());
        assertEquals("telia", m.suppliers().get(1).id());

        edit(dir, NetboxEndpoint.CABLES, results -> ((ArrayNode) results.get(0).get("tags")).addObject()
                .put("id", 7).put("name", "srlg-osl-core-1").put("slug", "srlg-osl-core-1"));
        Problem p = refused(dir);
        assertTrue(p.message().contains("cable 1") && p.message().contains("group 'osl-core-1'"), p.toString());
    }

    @Test
    void refusesAFileOrAMissingDirectory() {
        assertTrue(refused(EXAMPLE.resolve("sites.json")).message().contains("directory"));
        assertTrue(refused(tmp.resolve("nowhere")).message().contains("directory not found"));
    }

    private Problem refused(Path dir) {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> importDir(dir, false));
        return e.problems().get(0);
    }

    /** A copy of the example export in the temporary directory. */
    Path copy(Consumer<Path> then) throws IOException {
        Path dir = tmp.resolve("export");
        Files.createDirectories(dir);
        for (NetboxEndpoint e : NetboxEndpoint.values()) {
            Files.copy(EXAMPLE.resolve(e.fileName()), dir.resolve(e.fileName()));
        }
        then.accept(dir);
        return dir;
    }

    /** Rewrites one endpoint's results in place. */
    static void edit(Path dir, NetboxEndpoint endpoint, Consumer<ArrayNode> change) throws IOException {
        Path file = dir.resolve(endpoint.fileName());
        ObjectNode page = (ObjectNode) JSON.readTree(file.toFile());
        change.accept((ArrayNode) page.get("results"));
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page));
    }
}
