package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Authorisation;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;
import org.neverout.testkit.Golden;
import org.neverout.testkit.Models;

/** Golden control flags and hand-made cases for dependence, knowledge, authorisations and the text. */
class ControlAnalysisTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void reproducesTheGoldenControlledFlags() throws Exception {
        Model model = ModelLoader.parse(Golden.read("semantics.yaml"), "semantics.yaml", Format.YAML);
        Map<String, Boolean> expected = new ObjectMapper().readValue(Golden.read("semantics.controlled.expected.json"),
                new TypeReference<LinkedHashMap<String, Boolean>>() { });
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        Map<String, Boolean> actual = new LinkedHashMap<>();
        report.services().forEach(s -> actual.put(s.id(), s.controlled()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        // c2 needs base-1, operated by sub (telco's subcontractor), and the link to it
        SupplierDependence c2 = report.service("c2").dependence();
        assertThat(c2.exact()).isTrue();
        assertThat(c2.elements()).extracting(OperatedElement::id).containsExactly("base-1", "l-relay-base");
        assertThat(c2.elements()).extracting(OperatedElement::topSupplier).containsOnly("telco");
        assertThat(c2.operators()).containsExactly("sub", "telco");
        assertThat(report.service("cut-off").downWithoutFailure()).isTrue();
        assertThat(report.service("cut-off").dependence()).isNull();
        assertThat(report.supplier("sub").servicesLost()).containsExactly("c2");
        assertThat(report.supplier("idle").servicesLost()).isEmpty();
    }

    /** hq - a - b - dc, all three hops on supplier fibre, and a defence-only second service. */
    private static Model chain(int maxHopsOperatedBySupplier) {
        return Models.model("chain", List.of(), List.of(),
                List.of(Models.node("hq", null), Models.node("a", "telco"), Models.node("b", "sub"), Models.node("dc", null)),
                List.of(Models.link("l1", "hq", "a", "telco"), Models.link("l2", "a", "b", "sub"),
                        Models.link("l3", "b", "dc", maxHopsOperatedBySupplier > 2 ? "telco" : null),
                        Models.link("l-own", "hq", "dc", null, "telco", List.of())),
                List.of(Models.supplier("telco", null, List.of(), List.of("routes")), Models.supplier("sub", "telco")),
                List.of(Models.serviceWithUsers("c2", ServiceKind.VITAL, List.of(List.of("hq"), List.of("b")), List.of(), 500L, "A"),
                        Models.serviceWithUsers("own", ServiceKind.VITAL, List.of(List.of("hq"), List.of("dc")), List.of(), 10L, "B")));
    }

    @Test
    void aServiceOnDefenceOperatedButSupplierOwnedFibreIsControlledButNotOwned() {
        Model model = Models.model("m", List.of(), List.of(), List.of(Models.node("hq"), Models.node("base")),
                List.of(Models.link("fibre", "hq", "base", null, "telco", List.of())), List.of(),
                List.of(Models.supplier("telco", null, List.of(), List.of())),
                List.of(Models.serviceWithUsers("c2", ServiceKind.VITAL, List.of(List.of("hq"), List.of("base")), List.of(),
                        100L, "A")));
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        assertThat(report.service("c2").controlled()).isTrue();
        assertThat(report.service("c2").owned()).isFalse();
        assertThat(ControlJson.service(report.service("c2"))).containsEntry("controlled", true).containsEntry("owned", false);
    }

    @Test
    void findsTheMinimumSetAndSaysMoreThanNWhenTheSearchIsCapped() {
        Model model = chain(3);
        CompiledModel compiled = CompiledModel.compile(model);
        ControlReport exact = ControlAnalysis.analyze(model, compiled, null, AS_OF);
        SupplierDependence d = exact.service("c2").dependence();
        // via a: a, b, l1, l2 (4); via dc: b, l3 (2, dc and l-own are defence-operated)
        assertThat(d.exact()).isTrue();
        assertThat(d.elements()).extracting(OperatedElement::id).containsExactly("b", "l3");
        assertThat(exact.service("own").controlled()).isTrue();

        ControlReport capped = ControlAnalysis.analyze(model, compiled, null, AS_OF, new ControlLimits(1, 1000, 100_000, 90));
        SupplierDependence c = capped.service("c2").dependence();
        assertThat(c.exact()).isFalse();
        assertThat(c.moreThan()).isEqualTo(1);
        assertThat(c.elements()).extracting(OperatedElement::id).containsExactly("b"); // needed in every answer
        assertThat(ControlText.toText(capped)).contains("cannot run without more than 1 supplier-operated elements")
                .contains("node b (sub for telco)");
        assertThat(ControlJson.service(capped.service("c2")).get("needs")).asString().contains("more_than=1");
    }

    @Test
    void sensitiveKnowledgeCoversTheContractChainAndOnlyCriticalElementsOfVitalServices() {
        Model model = chain(3);
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        // telco knows routes: links operated (by telco or its subcontractor sub) or owned (l-own, operated by
        // defence) that are in a cut set of order <= 2 of a vital service; never nodes (routes are links)
        SupplierControl telco = report.supplier("telco");
        assertThat(telco.sensitiveElements()).containsExactly("l1", "l2", "l3", "l-own");
        assertThat(telco.sensitiveServices()).contains("c2");
        // sub knows nothing
        assertThat(report.supplier("sub").holdsSensitiveKnowledge()).isFalse();
        assertThat(report.criticalOrder()).isEqualTo(2);
    }

    @Test
    void aSubcontractorKnowsWhatItRunsNeverItsParentsElements() {
        Model base = chain(3);
        List<org.neverout.model.Supplier> suppliers = List.of(Models.supplier("telco", null, List.of(), List.of("routes")),
                Models.supplier("sub", "telco", List.of(), List.of("routes")));
        Model model = new Model(base.name(), base.sites(), base.powerFeeds(), base.nodes(), base.links(), base.groups(),
                suppliers, base.services(), base.externalParties(), base.defaults(), base.measures(), base.compliance(),
                base.source());
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        // sub runs l2 only: telco's own l1, l3 and its owned l-own are not sub's knowledge
        assertThat(report.supplier("sub").sensitiveElements()).containsExactly("l2");
        // the other way: telco's knowledge covers what its subcontractor runs
        assertThat(report.supplier("telco").sensitiveElements()).containsExactly("l1", "l2", "l3", "l-own");
    }

    @Test
    void judgesAuthorisationsAgainstTheDateWithANinetyDayWindow() {
        LocalDate d = AS_OF;
        assertThat(ControlAnalysis.judge(new Authorisation("x", d.minusDays(1)), d, 90).state())
                .isEqualTo(AuthorisationStatus.State.EXPIRED);
        assertThat(ControlAnalysis.judge(new Authorisation("x", d), d, 90).state())
                .isEqualTo(AuthorisationStatus.State.EXPIRING);
        assertThat(ControlAnalysis.judge(new Authorisation("x", d.plusDays(90)), d, 90).state())
                .isEqualTo(AuthorisationStatus.State.EXPIRING);
        assertThat(ControlAnalysis.judge(new Authorisation("x", d.plusDays(91)), d, 90).state())
                .isEqualTo(AuthorisationStatus.State.VALID);
        AuthorisationStatus open = ControlAnalysis.judge(new Authorisation("x", null), d, 90);
        assertThat(open.state()).isEqualTo(AuthorisationStatus.State.VALID);
        assertThat(open.daysLeft()).isNull();
    }

    @Test
    void flagsSuppliersOperatingWithoutValidAuthorisationAndTellsTheStory() {
        Model base = chain(3);
        Model model = new Model(base.name(), base.sites(), base.powerFeeds(), base.nodes(), base.links(), base.groups(),
                List.of(Models.supplier("telco", null, List.of(new Authorisation("rooms", AS_OF.plusDays(30))), List.of("routes")),
                        Models.supplier("sub", "telco", List.of(new Authorisation("rooms", AS_OF.minusDays(400))), List.of())),
                base.services(), base.externalParties(), base.defaults(), base.measures(), base.compliance(), base.source());
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        assertThat(report.supplier("telco").operatesWithoutValidAuthorisation()).isFalse();
        assertThat(report.supplier("sub").operatesWithoutValidAuthorisation()).isTrue();
        assertThat(report.mostHarmfulSupplier()).isEqualTo("telco");
        String text = ControlText.toText(report);
        assertThat(text).contains("Defence keeps 1 of 2 vital services running on its own elements")
                .contains("c2: cannot run without these 2 supplier-operated elements: node b (sub for telco) and link l3 (telco)")
                .contains("Losing telco hurts most: 1 vital service and 500 users.")
                .contains("Authorisation expired: sub, rooms, on 2025-04-27 (400 days ago).")
                .contains("Authorisation expiring: telco, rooms, on 2026-07-01 (in 30 days).")
                .contains("No valid authorisation: sub operates b, l2 without one.");
        // the subcontractor is indented under its parent
        assertThat(text).containsPattern("\n    - telco: .*\n      - sub: ");
        Map<String, Object> json = ControlJson.toJson(report);
        assertThat(json.keySet()).startsWith("as_of", "vital_services", "vital_controlled", "services", "suppliers");
        assertThat(json.get("suppliers")).asString().contains("subcontractors=[{id=sub");
    }
}
