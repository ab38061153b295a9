package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.AdversarySettings;
import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Evidence;
import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Link;
import org.neverout.model.Measure;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Security;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

class ModelWriterTest {

    /** Every kind of element and every field, with strings that YAML would read as something else unquoted. */
    static Model rich() {
        Reliability r = new Reliability(50000.0, 4.0);
        return new Model("rich: model # not a comment",
                List.of(new Site("DHD", "Den Helder", 52.95, 4.76, null, null, List.of("grid-nh", "gen-dhd"),
                                new Security(true, false, "badge", LocalDate.of(2026, 3, 1)), r),
                        new Site("PIX", null, null, null, 283.0, 12.5, List.of(), null, Reliability.NONE)),
                List.of(new PowerFeed("grid-nh", "Grid", List.of("region-north"), Reliability.NONE),
                        new PowerFeed("gen-dhd", null, List.of(), new Reliability(1000.0, 2.0))),
                List.of(new Node("n1", "yes", "DHD", "core", "vx", "vx-os-17.2", "telco-a", "telco-a",
                                List.of("bldg"), null, null, null, null, null, r),
                        new Node("0", "null", null, "true", null, null, Model.DEFENCE, Model.DEFENCE, List.of(),
                                List.of(), 1.5, -2.25, null, null, Reliability.NONE),
                        new Node("n-3", "- dash", "PIX", null, null, null, "sub1", Model.DEFENCE, List.of(),
                                List.of("gen-dhd"), null, null, null, null, Reliability.NONE)),
                List.of(new Link("l1", "1e3", "n1", "0", "telco-a", "telco-a", List.of("duct-a7"), 100.0, 150.5,
                                1.25, "fiber", "planned", 10.0, r),
                        new Link("l2", null, "0", "n-3", Model.DEFENCE, Model.DEFENCE, List.of(), null, null, null,
                                null, null, null, Reliability.NONE)),
                List.of(new Group("duct-a7", "Duct A7", GroupKind.CONDUIT, new Reliability(100000.0, 48.0)),
                        new Group("bldg", null, null)),
                List.of(new Supplier("telco-a", "Telco A", null, "NL",
                                List.of(new Authorisation("network-rooms", LocalDate.of(2025, 6, 30))),
                                List.of("routes"), List.of("clause 7"), new Reliability(175200.0, 72.0)),
                        new Supplier("sub1", null, "telco-a", null, List.of(), List.of(), List.of())),
                List.of(new Service("timesync", "Time", ServiceKind.INFRASTRUCTURE, List.of(List.of("n1", "0")),
                                List.of(), 1, null, null, null, null, "NTP: stratum 1", Reliability.NONE),
                        new Service("c2", null, ServiceKind.VITAL, List.of(List.of("n1"), List.of("0", "n-3"), List.of("n1")),
                                List.of(List.of("timesync"), List.of("bare", "timesync")), 2, 1200L, "B", 34.0, 0.99999, null, r),
                        new Service("bare", null, ServiceKind.OTHER, List.of(), List.of(), 0, null, null, null, null,
                                null, Reliability.NONE)),
                List.of(new ExternalParty("police", "National Police", List.of("n1"),
                                new Evidence(true, "ipsec", LocalDate.of(2026, 2, 1), 14, true)),
                        new ExternalParty("other", null, List.of(), Evidence.NONE)),
                Map.of("link", new Reliability(20000.0, 8.0), "node", new Reliability(100000.0, 4.0),
                        "group", new Reliability(90000.0, 24.0), "software", new Reliability(87600.0, 19.0),
                        "supplier", new Reliability(200000.0, 72.0)),
                List.of(new Measure("a", "implemented", "policy.pdf", LocalDate.of(2026, 1, 1)),
                        new Measure("b", "absent", null, null)),
                new ComplianceSettings(Map.of("patch_days_max", 14L), Map.of("PS-02", "not applicable")),
                Model.Source.NONE,
                List.of(new SoftwareVersion("vx-os-17.2", "VX OS", "vx", new Reliability(43800.0, 19.0)),
                        new SoftwareVersion("n1", null, null, Reliability.NONE))); // may equal an element id
    }

    @Test
    void everyFieldRoundTripsThroughTheLoader() {
        RoundTrip.assertRoundTrips(rich());
    }

    @Test
    void attackCostsOfEveryKindAndTheDefaultsRoundTrip() {
        Model costed = rich().withAdversary(AdversarySettings.withDefaults(Map.of("node", 7.0, "group", 2.5))
                .withExplicitCosts(Map.of("n1", 2.0, "l1", 1.5, "DHD", 9.0, "grid-nh", 3.0, "duct-a7", 4.0,
                        "supplier:telco-a", 10.0, "software:vx-os-17.2", 11.0, "c2", 12.0)));
        RoundTrip.assertRoundTrips(costed);
        assertThat(ModelWriter.toYaml(costed)).contains("attack_cost: 2").contains("adversary:");
        assertThat(ModelWriter.toYaml(rich())).doesNotContain("attack_cost").doesNotContain("adversary");
    }

    @Test
    void sectorsAndOrganisationsRoundTripAndTheDefaultSectorIsLeftOut() {
        Model m = rich();
        List<Service> services = new java.util.ArrayList<>(m.services());
        services.set(0, services.get(0).withSector("government-it", "logius: ict"));
        services.set(1, services.get(1).withSector("defence", null));
        Model sectored = m.withServices(services);
        RoundTrip.assertRoundTrips(sectored);
        String yaml = ModelWriter.toYaml(sectored);
        assertThat(yaml).contains("sector: government-it", "sector: defence", "organisation: \"logius: ict\"");
        assertThat(yaml.substring(yaml.indexOf("id: bare"))).doesNotContain("sector").doesNotContain("organisation");
        assertThat(ModelWriter.toYaml(rich())).doesNotContain("sector:");
    }

    @Test
    void theClassificationAndPublicNamesRoundTripAndAnUnclassifiedModelHasNoField() {
        Model m = rich();
        List<Service> services = new java.util.ArrayList<>(m.services());
        Service s = services.get(0);
        services.set(0, new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), s.neverOut(), s.users(),
                s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability(), s.sector(),
                s.organisation(), "Emergency number"));
        Model classified = m.withServices(services)
                .withClassification(org.neverout.model.Classification.of("STG GEHEIM: \"need to know\""));
        RoundTrip.assertRoundTrips(classified);
        String yaml = ModelWriter.toYaml(classified);
        assertThat(yaml).startsWith("classification: ").contains("public_name: Emergency number");
        assertThat(ModelWriter.toJson(classified)).contains("\"classification\"");
        assertThat(ModelWriter.toYaml(rich())).doesNotContain("classification").doesNotContain("public_name");
    }

    @Test
    void writesMODELmdFieldNamesAndLeavesDefaultsOut() {
        String yaml = ModelWriter.toYaml(rich());
        assertThat(yaml).startsWith("name: ").contains("power_feeds:", "capacity_gbps: 100.0", "never_out: 2",
                "depends_on:", "software_versions:", "external_parties:", "alarm_monitored: false", "valid_until: 2025-06-30", "mtbf_h:");
        // node 0 has operator/owner defence: left out; its empty power list is written (it means "no feeds")
        String node0 = yaml.substring(yaml.indexOf("id: \"0\""), yaml.indexOf("id: n-3"));
        assertThat(node0).doesNotContain("operator").doesNotContain("owner").contains("power: []");
        assertThat(yaml.substring(yaml.indexOf("id: bare"))).doesNotContain("kind:").doesNotContain("never_out");
        assertThat(yaml.indexOf("sites:")).isLessThan(yaml.indexOf("power_feeds:"));
        assertThat(yaml.indexOf("power_feeds:")).isLessThan(yaml.indexOf("nodes:"));
        assertThat(yaml.indexOf("nodes:")).isLessThan(yaml.indexOf("links:"));
        assertThat(yaml.indexOf("links:")).isLessThan(yaml.indexOf("services:"));
    }

    @Test
    void nodePowerNullIsNotWritten() {
        Model m = rich();
        String yaml = ModelWriter.toYaml(m);
        String node1 = yaml.substring(yaml.indexOf("id: n1"), yaml.indexOf("id: \"0\""));
        assertThat(node1).doesNotContain("power");
    }

    @Test
    void jsonIsJson() {
        String json = ModelWriter.toJson(rich());
        assertThat(json).startsWith("{").contains("\"power_feeds\" : [").endsWith("}\n");
    }
}
