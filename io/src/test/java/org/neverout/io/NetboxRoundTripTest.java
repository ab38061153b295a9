package org.neverout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;
import org.neverout.testkit.NetboxExportWriter;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Random models over Topology Zoo graphs, written as NetBox exports by the independent
 * {@link NetboxExportWriter} (shuffled lists, cable ends of two interfaces, circuits for supplier links,
 * random planned devices and links), imported back: every site, feed, node and link must come back as
 * docs/NETBOX.md says, with and without {@code --exclude-planned}. The expectation is computed here from
 * the source model, sharing no code with the importer.
 */
class NetboxRoundTripTest {
    @TempDir
    Path tmp;

    static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 10; seed++) {
                cases.add(new Object[] {graph, seed});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void importGivesBackTheModel(String graph, long seed) throws IOException {
        Model source = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        Random random = new Random(seed * 31 + graph.hashCode());
        Set<String> planned = new HashSet<>();
        source.nodes().forEach(n -> {
            if (random.nextInt(8) == 0) {
                planned.add(n.id());
            }
        });
        source.links().forEach(l -> {
            if (random.nextInt(6) == 0) {
                planned.add(l.id());
            }
        });
        Path dir = tmp.resolve(graph + "-" + seed);
        NetboxExportWriter.write(source, planned, seed, dir);
        for (boolean exclude : List.of(false, true)) {
            Model imported = new NetboxImporter().importFile(dir, ImportOptions.DEFAULTS.withExcludePlanned(exclude)).model();
            String label = graph + " seed " + seed + (exclude ? " --exclude-planned" : "");
            assertEquals(expectedSites(source), sites(imported), label);
            assertEquals(expectedNodes(source, planned, exclude), nodes(imported), label);
            assertEquals(expectedLinks(source, planned, exclude), links(imported), label);
            assertEquals(source.suppliers().stream().map(s -> s.id()).sorted().toList(),
                    imported.suppliers().stream().map(s -> s.id()).sorted().toList(), label);
        }
    }

    private static List<String> expectedSites(Model m) {
        return m.sites().stream().map(s -> s.id() + " power=" + s.power().stream()
                .map(f -> slug(s.id() + " pp " + f)).toList() + " at=" + s.lat() + "," + s.lon())
                .sorted().toList();
    }

    private static List<String> sites(Model m) {
        return m.sites().stream().map((Site s) -> s.id() + " power=" + s.power() + " at=" + s.lat() + "," + s.lon())
                .sorted().toList();
    }

    private static List<String> expectedNodes(Model m, Set<String> planned, boolean exclude) {
        return m.nodes().stream().filter(n -> !(exclude && planned.contains(n.id())))
                .map(n -> node(n.id(), n.site(), n.role(), n.vendor(), n.software(), n.operator(), n.owner(),
                        n.groups(), planned.contains(n.id()) ? "planned" : null))
                .sorted().toList();
    }

    private static List<String> nodes(Model m) {
        return m.nodes().stream().map((Node n) -> node(n.id(), n.site(), n.role(), n.vendor(), n.software(),
                n.operator(), n.owner(), n.groups(), n.status())).sorted().toList();
    }

    private static String node(String id, String site, String role, String vendor, String software, String operator,
                               String owner, List<String> groups, String status) {
        return String.join(" ", id, "" + site, "" + role, "" + vendor, "" + software, operator, owner,
                groups.toString(), "" + status);
    }

    private static List<String> expectedLinks(Model m, Set<String> planned, boolean exclude) {
        List<String> links = new ArrayList<>();
        for (Link l : m.links()) {
            boolean isPlanned = planned.contains(l.id());
            if (exclude && (isPlanned || planned.contains(l.a()) || planned.contains(l.b()))) {
                continue;
            }
            boolean circuit = !Model.DEFENCE.equals(l.operator());
            String id = circuit ? "circuit-" + slug(l.id()) : l.id();
            Double capacity = circuit && l.capacityGbps() != null
                    ? Math.round(l.capacityGbps() * 1_000_000) / 1_000_000.0 : null;
            Double length = circuit || l.lengthKm() == null ? null : Math.round(l.lengthKm() * 1e6) / 1e6;
            links.add(link(id, l.a(), l.b(), l.operator(), circuit ? l.operator() : Model.DEFENCE, l.groups(),
                    capacity, length, isPlanned ? "planned" : null));
        }
        return links.stream().sorted().toList();
    }

    private static List<String> links(Model m) {
        return m.links().stream().map(l -> link(l.id(), l.a(), l.b(), l.operator(), l.owner(), l.groups(),
                l.capacityGbps(), l.lengthKm(), l.status())).sorted().toList();
    }

    private static String link(String id, String a, String b, String operator, String owner, List<String> groups,
                               Double capacity, Double length, String status) {
        return String.join(" ", id, a, b, operator, owner, groups.toString(), "" + capacity, "" + length, "" + status);
    }

    /** Lower case, every run of other characters one hyphen, none at either end. */
    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
