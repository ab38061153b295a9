package org.neverout.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;
import org.neverout.testkit.Golden;
import org.neverout.testkit.Models;

/** The golden simulate vectors, hand-made causal chains, impact and bad ids. */
class SimulationTest {
    private static Model golden;
    private static CompiledModel compiled;

    @BeforeAll
    static void load() throws Exception {
        golden = ModelLoader.parse(Golden.read("semantics.yaml"), "semantics.yaml", Format.YAML);
        compiled = CompiledModel.compile(golden);
    }

    private static SimulationResult run(String... fail) {
        return Simulation.run(golden, compiled, List.of(fail), 1);
    }

    private static String explanation(SimulationResult r, String service) {
        return SimulationText.explain(r.service(service).cause(), new SimulationText.Labels(r));
    }

    @Test
    void reproducesTheGoldenSimulateVectors() throws Exception {
        List<Map<String, Object>> cases = new ObjectMapper().readValue(Golden.read("semantics.simulate.expected.json"),
                new TypeReference<List<Map<String, Object>>>() { });
        assertThat(cases).hasSize(15);
        for (Map<String, Object> c : cases) {
            @SuppressWarnings("unchecked")
            List<String> fail = (List<String>) c.get("fail");
            @SuppressWarnings("unchecked")
            Map<String, Boolean> up = (Map<String, Boolean>) c.get("up");
            SimulationResult r = Simulation.run(golden, compiled, fail, 1);
            assertThat(r.services()).extracting(ServiceOutcome::id).containsExactlyElementsOf(up.keySet());
            r.services().forEach(s -> assertThat(s.up()).as(s.id() + " after " + fail).isEqualTo(up.get(s.id())));
        }
    }

    @Test
    void explainsAnEntryWhoseAlternativesAreAllDownWithPowerCauses() {
        SimulationResult r = run("hq-1", "ups-hq");
        assertThat(explanation(r, "access"))
                .isEqualTo("entry [hq-1, hq-2] has no live node: hq-1 failed, hq-2 down (no power: ups-hq failed)");
        assertThat(explanation(run("HQ"), "access"))
                .isEqualTo("entry [hq-1, hq-2] has no live node: hq-1 down (site HQ failed), hq-2 down (site HQ failed)");
        SimulationResult grid = run("grid-east", "region-west");
        assertThat(explanation(grid, "timesync")).isEqualTo("entry [dc-1, dc-2] has no live node: "
                + "dc-1 down (no power: grid-west down (group region-west failed), grid-east failed), "
                + "dc-2 down (no power: grid-west down (group region-west failed), grid-east failed)");
        assertThat(explanation(grid, "access")).isEqualTo("depends on timesync, which is down; entry [dc-1, dc-2] has "
                + "no live node: dc-1 down (no power: grid-west down (group region-west failed), grid-east failed), "
                + "dc-2 down (no power: grid-west down (group region-west failed), grid-east failed)");
        assertThat(explanation(run("supplier:telco"), "c2")).isEqualTo("endpoint base-1 down (supplier:telco failed)");
    }

    @Test
    void explainsASplitNetworkByTheFailedElementsAroundTheCutOffParts() {
        SimulationResult r = run("duct-a", "l-hq-dc2");
        assertThat(explanation(r, "access")).isEqualTo("no connected part of the network holds one node of every "
                + "endpoint entry: the endpoints are split between [dc-1, dc-2] and [hq-1] and [hq-2], cut off by "
                + "l-hq-relay down (group duct-a failed), l-hq-dc2 failed, l-hq2-relay down (group duct-a failed)");
        ServiceCause cause = r.service("access").cause();
        assertThat(cause.rootEvents()).containsExactly("duct-a", "l-hq-dc2");
        Map<String, Object> json = SimulationJson.toJson(r);
        assertThat(json.get("services")).asString().contains("separated_by=[{id=l-hq-relay, kind=link, events=[duct-a]}");
        // a link down because its far end died names the node, not the link
        SimulationResult relay = run("relay", "l-hq-dc2");
        assertThat(explanation(relay, "access")).contains("cut off by relay failed");
    }

    @Test
    void aServiceDownWithoutFailureIsToldAsSuch() {
        SimulationResult r = run("supplier:idle");
        assertThat(r.service("cut-off").takenDown()).isFalse();
        assertThat(explanation(r, "cut-off")).isEqualTo("no connected part of the network holds one node of every "
                + "endpoint entry: the endpoints are split between [hq-1] and [lonely], which are not connected even "
                + "with nothing failed");
        assertThat(r.effects().get(0).noEffect()).isTrue();
        String text = SimulationText.toText(r);
        assertThat(text).contains("- supplier:idle (supplier): no effect")
                .contains("cut-off, vital: already down before the incident: no connected part");
        assertThat(r.impact().servicesDown()).isZero();
    }

    @Test
    void tellsTheCascadeInDependencyOrder() {
        SimulationResult r = run("timesync");
        assertThat(r.story()).containsExactly("timesync", "cut-off", "access", "logical", "c2");
        assertThat(explanation(r, "timesync")).isEqualTo("failed itself (its own event)");
        assertThat(explanation(r, "c2")).isEqualTo("depends on access, which is down");
        assertThat(r.service("c2").cause().rootEvents()).containsExactly("timesync");
        String text = SimulationText.toText(r);
        assertThat(text).contains("Cascade: timesync failed -> cut-off down -> access, logical down -> c2 down");
        assertThat(text.indexOf("1. timesync")).isLessThan(text.indexOf("3. access")).isLessThan(text.indexOf("5. c2"));
        assertThat(text).contains("Still up: same-node-twice.");
    }

    @Test
    void anEntryOfAlternativesIsToldDownOnlyWhenAllAreAndNamesThem() {
        Model model = Models.model("alternatives", List.of(), List.of(),
                List.of(Models.node("a", null), Models.node("b", null)), List.of(), List.of(),
                List.of(Models.service("gnss", ServiceKind.INFRASTRUCTURE, List.of(List.of("a")), List.of(), 0, null),
                        Models.service("ptp", ServiceKind.INFRASTRUCTURE, List.of(List.of("b")), List.of(), 0, null),
                        Models.service("access", ServiceKind.VITAL, List.of(),
                                List.of(List.of("gnss", "ptp"), List.of("gnss")), 0, null)));
        CompiledModel c = CompiledModel.compile(model);
        SimulationResult one = Simulation.run(model, c, List.of("b"), 1);
        assertThat(one.service("access").up()).isTrue();
        SimulationResult both = Simulation.run(model, c, List.of("a", "b"), 1);
        ServiceCause cause = both.service("access").cause();
        assertThat(cause.dependencyEntriesDown()).containsExactly(List.of("gnss", "ptp"), List.of("gnss"));
        assertThat(cause.dependenciesDown()).containsExactly("gnss", "ptp");
        assertThat(cause.rootEvents()).containsExactly("a", "b");
        assertThat(SimulationText.explain(cause, new SimulationText.Labels(both))).isEqualTo(
                "depends on gnss, which is down; needs one of gnss or ptp, which are all down");
        assertThat(SimulationJson.toJson(both).get("services")).asString()
                .contains("dependency_entries_down=[[gnss, ptp], [gnss]]");
    }

    @Test
    void computesImpactFromUsersCategoriesAndDuration() {
        Model model = Models.model("impact", List.of(), List.of(),
                List.of(Models.node("a", null), Models.node("b", null)), List.of(Models.link("ab", "a", "b", null)),
                List.of(),
                List.of(Models.serviceWithUsers("x", ServiceKind.VITAL, List.of(List.of("a"), List.of("b")), List.of(), 400_000L, "B"),
                        Models.serviceWithUsers("y", ServiceKind.VITAL, List.of(List.of("a")), List.of(), 100_000L, "A"),
                        Models.serviceWithUsers("z", ServiceKind.OTHER, List.of(List.of("b")), List.of(), 7L, null)));
        CompiledModel c = CompiledModel.compile(model);
        SimulationResult link = Simulation.run(model, c, List.of("ab"), 2.5);
        assertThat(link.impact().usersAffected()).isEqualTo(400_000);
        assertThat(link.impact().userHours()).isEqualTo(1_000_000.0);
        assertThat(link.impact().significant()).as("the threshold is 'more than'").isFalse();
        assertThat(link.impact().highestCategory()).isEqualTo("B");
        SimulationResult both = Simulation.run(model, c, List.of("a", "b"), 3);
        assertThat(both.impact().usersByCategory()).containsExactly(Map.entry("A", 100_000L), Map.entry("B", 400_000L),
                Map.entry("none", 7L));
        assertThat(both.impact().highestCategory()).isEqualTo("A");
        assertThat(both.impact().significant()).isTrue();
        assertThat(both.impact().vitalServicesDown()).isEqualTo(2);
        Map<String, Object> json = SimulationJson.toJson(both);
        assertThat(json.get("impact")).asString().contains("user_hours=1500021").contains("significant=true");
        assertThat(SimulationText.toText(both)).contains("Over 3 h: 1,500,021 user-hours.")
                .contains("Highest national-impact category reached: A.");
        assertThat(Simulation.run(model, c, List.of("z"), 0).impact().highestCategory()).isNull();
    }

    @Test
    void refusesIdsThatAreNoBasicEventWithASuggestion() {
        assertThatThrownBy(() -> run("tmesync", "telco", "os-1", "hq-1"))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).hasSize(3))
                .hasMessageContaining("'tmesync' is no basic event of model 'golden-semantics'; did you mean 'timesync'?")
                .hasMessageContaining("did you mean 'supplier:telco'?")
                .hasMessageContaining("did you mean 'software:os-1'?")
                .hasMessageContaining("--fail");
        assertThatThrownBy(() -> Simulation.run(golden, compiled, List.of("hq-1"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonCarriesTheContractFields() {
        Map<String, Object> json = SimulationJson.toJson(run("timesync"));
        assertThat(json.keySet()).contains("model", "fail", "duration_h", "failed", "services", "story", "impact");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) json.get("services");
        assertThat(services.get(0)).containsEntry("id", "timesync").containsEntry("up", false).containsKey("cause");
        assertThat(services.get(3)).containsEntry("id", "same-node-twice").containsEntry("up", true)
                .doesNotContainKey("cause");
        @SuppressWarnings("unchecked")
        Map<String, Object> impact = (Map<String, Object>) json.get("impact");
        assertThat(impact).containsKeys("user_hours", "users_affected", "highest_category", "significant");
    }

    /** The August 2024 replay on the example model (skipped when the example is not beside the module). */
    @Test
    void replaysAugust2024OnTheExample() {
        Path modelFile = Path.of("../examples/nafin-example.yaml");
        Path incidentFile = Path.of("../examples/incidents/2024-08-timesync.yaml");
        Assumptions.assumeTrue(Files.exists(modelFile) && Files.exists(incidentFile), "example files not present");
        Model model = ModelLoader.load(modelFile);
        Incident incident = IncidentFile.load(incidentFile);
        SimulationResult r = Simulation.run(model, CompiledModel.compile(model), incident,
                incident.durationH() == null ? 1 : incident.durationH());
        long vitalDown = r.services().stream().filter(s -> !s.up() && s.kind() == ServiceKind.VITAL).count();
        assertThat(vitalDown).isGreaterThanOrEqualTo(5);
        assertThat(r.service("air-traffic-eindhoven").up()).isFalse();
        assertThat(r.service("coastguard").up()).isFalse();
        assertThat(r.service("military-police").up()).isFalse();
        assertThat(r.service("emergency-112").up()).isTrue();
        assertThat(r.impact().significant()).isTrue();
        String text = SimulationText.toText(r);
        assertThat(text.indexOf("timesync (")).isLessThan(text.indexOf("access ("));
        assertThat(text.indexOf("access (")).isLessThan(text.indexOf("air-traffic-eindhoven ("));
    }
}
