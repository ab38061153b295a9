package org.neverout.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Evidence;
import org.neverout.model.ExternalParty;
import org.neverout.model.Link;
import org.neverout.model.Measure;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Security;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Builds models from records for tests. {@link #compliant()} is a model every built-in rule passes at
 * {@link #AS_OF}; tests change one fact and expect exactly the rule about it to fire.
 */
final class Fixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    final List<Site> sites = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Supplier> suppliers = new ArrayList<>();
    final List<ExternalParty> parties = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    ComplianceSettings settings = ComplianceSettings.NONE;

    /**
     * Two sites with core nodes and a link between them, a gateway at each, a supplier with a valid
     * authorisation operating a gateway, an external party connected at both gateways, all ten measures.
     */
    static Fixture compliant() {
        return new Fixture()
                .site("DHD", goodSecurity())
                .site("EDE", goodSecurity())
                .node("dhd-core-1", "DHD", "core", "defence", "defence")
                .node("ede-core-1", "EDE", "core", "defence", "defence")
                .node("dhd-gw-1", "DHD", "gateway", "defence", "telco-a")
                .node("ede-gw-1", "EDE", "gateway", "defence", "defence")
                .link("l-dhd-ede", "dhd-core-1", "ede-core-1", "defence")
                .supplier("telco-a", null, List.of(auth("network-rooms", AS_OF.plusYears(1))), List.of("routes"))
                .party("police", List.of("dhd-gw-1", "ede-gw-1"), goodEvidence())
                .allMeasures();
    }

    static Evidence goodEvidence() {
        return new Evidence(true, "ipsec", AS_OF.minusMonths(3), 14, true);
    }

    static Security goodSecurity() {
        return new Security(true, true, "badge", AS_OF.minusMonths(2));
    }

    static Authorisation auth(String scope, LocalDate validUntil) {
        return new Authorisation(scope, validUntil);
    }

    Fixture site(String id, Security security) {
        sites.add(new Site(id, null, null, null, null, null, List.of(), security, Reliability.NONE));
        return this;
    }

    Fixture node(String id, String site, String role, String owner, String operator) {
        nodes.add(new Node(id, null, site, role, null, null, operator, owner, List.of(), null, null, null, null, null,
                Reliability.NONE));
        return this;
    }

    Fixture link(String id, String a, String b, String owner) {
        links.add(new Link(id, null, a, b, Model.DEFENCE, owner, List.of(), null, null, null, null, null, null,
                Reliability.NONE));
        return this;
    }

    Fixture supplier(String id, String parent, List<Authorisation> auths, List<String> knows) {
        suppliers.add(new Supplier(id, null, parent, null, auths, knows, List.of()));
        return this;
    }

    Fixture party(String id, List<String> connectsAt, Evidence evidence) {
        parties.add(new ExternalParty(id, null, connectsAt, evidence));
        return this;
    }

    Fixture measure(String key, String status, String evidence, LocalDate review) {
        measures.removeIf(m -> m.measure().equals(key));
        measures.add(new Measure(key, status, evidence, review));
        return this;
    }

    Fixture allMeasures() {
        for (char c = 'a'; c <= 'j'; c++) {
            measure(String.valueOf(c), "implemented", "doc/" + c + ".pdf", AS_OF.minusMonths(1));
        }
        return this;
    }

    Fixture withoutMeasure(String key) {
        measures.removeIf(m -> m.measure().equals(key));
        return this;
    }

    Fixture evidence(String party, UnaryOperator<Evidence> change) {
        parties.replaceAll(p -> p.id().equals(party) ? new ExternalParty(p.id(), p.name(), p.connectsAt(),
                change.apply(p.evidence())) : p);
        return this;
    }

    Fixture security(String site, Security security) {
        sites.replaceAll(s -> s.id().equals(site) ? new Site(s.id(), s.name(), s.lat(), s.lon(), s.x(), s.y(),
                s.power(), security, s.reliability()) : s);
        return this;
    }

    Fixture thresholds(Map<String, Object> thresholds) {
        settings = new ComplianceSettings(thresholds, settings.disabled());
        return this;
    }

    Fixture disable(String rule, String reason) {
        Map<String, String> disabled = new HashMap<>(settings.disabled());
        disabled.put(rule, reason);
        settings = new ComplianceSettings(settings.thresholds(), disabled);
        return this;
    }

    Model model() {
        return new Model("fixture", sites, List.of(), nodes, links, List.of(), suppliers, List.of(), parties, Map.of(),
                measures, settings, Model.Source.NONE);
    }

    ComplianceResult check() {
        return ComplianceChecker.check(model(), List.of(), AS_OF);
    }

    ComplianceResult check(List<Rule> userRules) {
        return ComplianceChecker.check(model(), userRules, AS_OF);
    }
}
