package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.model.GoldenModelsTest.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.tree.Format;

/** Every optional field reaches its record; defaults apply; the source is recorded. */
class ModelLoaderTest {

    @Test
    void dependsOnEntriesAreListsOfAlternatives() {
        Model m = ModelLoader.parse(String.join("\n", "name: m", "services:",
                "  - {id: gnss, endpoints: []}", "  - {id: ptp, endpoints: []}", "  - {id: aaa, endpoints: []}",
                "  - {id: s, endpoints: [], depends_on: [aaa, [gnss, ptp], [ptp]]}"), "m.yaml", Format.YAML);
        Service s = m.services().get(3);
        assertThat(s.dependsOn()).containsExactly(List.of("aaa"), List.of("gnss", "ptp"), List.of("ptp"));
        assertThat(s.dependencyIds()).containsExactly("aaa", "gnss", "ptp");
    }

    @Test
    void everyOptionalFieldRoundTrips() {
        Model m = ModelLoader.load(resource("models/full.yaml"));
        Site dhd = m.sites().get(0);
        assertThat(dhd).isEqualTo(new Site("DHD", "Den Helder", 52.95, 4.76, null, null, List.of("grid-nh", "gen-dhd"),
                new Security(true, false, "badge", LocalDate.of(2026, 3, 1)), new Reliability(1e6, 24.0)));
        assertThat(m.sites().get(1)).isEqualTo(new Site("LAB", null, null, null, 283.0, 120.0, List.of(), null,
                Reliability.NONE));
        assertThat(m.powerFeeds().get(0)).isEqualTo(new PowerFeed("grid-nh", "Grid North-Holland",
                List.of("region-north"), new Reliability(8760.0, 3.0)));
        assertThat(m.nodes().get(0)).isEqualTo(new Node("dhd-core-1", "Core 1", "DHD", "core", "vx", "vx-os-17.2",
                "telco-a", "telco-a", List.of("bldg-dhd-a"), List.of("ups-dhd"), null, null, null, null,
                new Reliability(100000.0, 4.0)));
        assertThat(m.nodes().get(2).lat()).isEqualTo(-33.9);
        assertThat(m.links().get(0)).isEqualTo(new Link("l1", "DHD ring", "dhd-core-1", "dhd-core-2", "sub1", "telco-a",
                List.of("duct-a7"), 100.0, 0.5, 0.1, "fiber", "planned", 10.0, new Reliability(20000.0, 8.0)));
        assertThat(m.groups()).containsExactly(new Group("duct-a7", "Duct A7", GroupKind.CONDUIT));
        assertThat(m.suppliers().get(0)).isEqualTo(new Supplier("telco-a", "Telco A", null, "NL", List.of(),
                List.of(), List.of("audit-right", "escrow")));
        assertThat(m.suppliers().get(1)).isEqualTo(new Supplier("sub1", null, "telco-a", null,
                List.of(new Authorisation("network-rooms", LocalDate.of(2025, 6, 30)),
                        new Authorisation("routes", LocalDate.of(2027, 1, 1))),
                List.of("routes", "rooms"), List.of()));
        assertThat(m.services().get(1)).isEqualTo(new Service("c2", "Command and control", ServiceKind.VITAL,
                List.of(List.of("dhd-core-1"), List.of("dhd-core-2", "remote")), List.of(List.of("timesync")), 2, 1200L, "B",
                34.0, 0.99999, "C2 for the north", Reliability.NONE));
        assertThat(m.externalParties().get(0)).isEqualTo(new ExternalParty("police", "National Police",
                List.of("remote"), new Evidence(true, "ipsec", LocalDate.of(2026, 2, 1), 14, true)));
        assertThat(m.externalParties().get(1)).isEqualTo(new ExternalParty("ministry", null, List.of(), Evidence.NONE));
        assertThat(m.defaults()).containsOnlyKeys("node", "link", "power_feed", "site", "service");
        assertThat(m.defaults().get("site")).isEqualTo(new Reliability(1e6, 48.0));
        assertThat(m.measures()).containsExactly(
                new Measure("a", "implemented", "risk-analysis-2026.pdf", LocalDate.of(2026, 1, 15)),
                new Measure("j", "planned", null, null));
        assertThat(m.compliance().thresholds()).isEqualTo(
                Map.of("patch_days_max", 14L, "require_mfa", true, "min_tls", "1.3", "ratio", 0.5));
        assertThat(m.compliance().disabled()).isEqualTo(Map.of("PS-02", "no network rooms at this site"));
    }

    @Test
    void sourceLocatesEveryElementAndUsedGroup() {
        Model m = ModelLoader.load(resource("models/full.yaml"));
        Map<String, Location> at = m.source().locations();
        assertThat(at).containsKeys("DHD", "LAB", "grid-nh", "dhd-core-1", "l1", "duct-a7", "telco-a", "sub1",
                "timesync", "c2", "police", "ministry", "region-north", "bldg-dhd-a");
        assertThat(at.get("DHD").line()).isEqualTo(7);
        // dhd-core-1 and l1 name their operator; the other nodes and links default to defence
        assertThat(m.source().implicitOperator()).containsExactlyInAnyOrder("dhd-core-2", "remote", "l2");
        assertThat(at.get("bldg-dhd-a").line()).isEqualTo(29);
        assertThat(at.get("duct-a7").line()).isEqualTo(53); // declared: the declaration wins over the first use
    }

    @Test
    void defaultsApply() {
        Model m = ModelLoader.parse("name: d\nnodes: [{id: a}, {id: b, power: []}]\nlinks: [{id: l, a: a, b: b}]\n"
                + "services: [{id: s, endpoints: [a]}]\n", "d.yaml", Format.YAML);
        Node a = m.nodes().get(0);
        assertThat(a.operator()).isEqualTo(Model.DEFENCE);
        assertThat(a.owner()).isEqualTo(Model.DEFENCE);
        assertThat(a.power()).isNull();
        assertThat(a.groups()).isEmpty();
        assertThat(a.reliability()).isEqualTo(Reliability.NONE);
        assertThat(m.nodes().get(1).power()).isEmpty();
        assertThat(m.links().get(0).operator()).isEqualTo(Model.DEFENCE);
        assertThat(m.links().get(0).owner()).isEqualTo(Model.DEFENCE);
        Service s = m.services().get(0);
        assertThat(s.kind()).isEqualTo(ServiceKind.OTHER);
        assertThat(s.neverOut()).isZero();
        assertThat(s.dependsOn()).isEmpty();
        assertThat(s.users()).isNull();
        assertThat(m.defaults()).isEmpty();
        assertThat(m.measures()).isEmpty();
        assertThat(m.compliance()).isEqualTo(ComplianceSettings.NONE);
        assertThat(m.impact()).isEqualTo(ImpactWeights.DEFAULT);
        assertThat(m.source().file()).isEqualTo("d.yaml");
        assertThat(m.source().implicitOperator()).containsExactlyInAnyOrder("a", "b", "l");
    }

    @Test
    void impactWeightsOverrideTheBuiltInOnesKeyByKey() throws Exception {
        Model m = ModelLoader.parse("name: m\nimpact: {category_weights: {A: 50}}\n"
                + "services: [{id: s, endpoints: [], users: 200, category: A}, {id: t, endpoints: [], category: B}, {id: u, endpoints: [], users: 0}]\n", "w.yaml", Format.YAML);
        assertThat(m.impact().categoryWeights()).isEqualTo(Map.of("A", 50.0, "B", 3.0, "none", 1.0));
        assertThat(m.impact().impactOf(m.services().get(0))).isEqualTo(10_000.0);
        assertThat(m.impact().impactOf(m.services().get(1))).isEqualTo(3.0);
        assertThat(m.impact().impactOf(m.services().get(2))).isEqualTo(1.0);
    }

    @Test
    void sha256IsOfTheFileBytes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.yml");
        Files.writeString(f, "name: x\n", StandardCharsets.UTF_8);
        // sha256("name: x\n")
        assertThat(ModelLoader.load(f).source().sha256())
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("name: x\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(ModelLoader.load(f).source().file()).isEqualTo(f.toString());
    }

    @Test
    void datesAsYamlDatesOrQuotedIsoStrings() {
        Model m = ModelLoader.parse("name: d\nsuppliers: [{id: s, authorisations: [{scope: a, valid_until: 2025-06-30},"
                + " {scope: b, valid_until: '2025-07-01'}]}]\n", "d.yaml", Format.YAML);
        assertThat(m.suppliers().get(0).authorisations()).extracting(Authorisation::validUntil)
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1));
    }

    @Test
    void schemaAndVersionKeysAreAccepted() {
        Model m = ModelLoader.parse("{\"$schema\": \"x.json\", \"version\": 1, \"name\": \"j\"}", "j.json", Format.JSON);
        assertThat(m.name()).isEqualTo("j");
    }
}
