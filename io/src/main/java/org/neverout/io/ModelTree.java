package org.neverout.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neverout.model.AdversarySettings;
import org.neverout.model.Authorisation;
import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
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

/**
 * A model as the ordered tree of maps and lists that MODEL.md describes: snake_case field names in
 * the document's order, optional fields left out when null, empty or at their default (operator and
 * owner {@code defence}, service kind {@code other}, never_out 0), except a node's {@code power},
 * written whenever it is non-null because an empty list there means "no feeds" rather than
 * "inherit the site's". Elements keep the model's order. O(model size).
 */
final class ModelTree {
    private static final List<String> DEFAULT_KINDS = List.of("node", "link", "power_feed", "site", "service",
            "group", "software", "supplier");

    private ModelTree() {
    }

    static Map<String, Object> of(Model model) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (model.classification().isPresent()) {
            root.put("classification", model.classification().marking());
        }
        root.put("name", model.name());
        AdversarySettings adversary = model.adversary();
        list(root, "sites", model.sites(), attacked(adversary, Site::id, ModelTree::site));
        list(root, "power_feeds", model.powerFeeds(), attacked(adversary, PowerFeed::id, ModelTree::powerFeed));
        list(root, "nodes", model.nodes(), attacked(adversary, Node::id, ModelTree::node));
        list(root, "links", model.links(), attacked(adversary, Link::id, ModelTree::link));
        list(root, "groups", model.groups(), attacked(adversary, Group::id, ModelTree::group));
        list(root, "suppliers", model.suppliers(), attacked(adversary, s -> "supplier:" + s.id(),
                ModelTree::supplier));
        list(root, "software_versions", model.softwareVersions(), attacked(adversary, SoftwareVersion::eventId,
                ModelTree::softwareVersion));
        list(root, "services", model.services(), attacked(adversary, Service::id, ModelTree::service));
        list(root, "external_parties", model.externalParties(), ModelTree::externalParty);
        if (!model.defaults().isEmpty()) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            DEFAULT_KINDS.stream().filter(model.defaults()::containsKey)
                    .forEach(k -> defaults.put(k, reliability(new LinkedHashMap<>(), model.defaults().get(k))));
            new TreeMap<>(model.defaults()).forEach((k, v) -> {
                if (!defaults.containsKey(k)) {
                    defaults.put(k, reliability(new LinkedHashMap<>(), v));
                }
            });
            root.put("defaults", defaults);
        }
        list(root, "measures", model.measures(), ModelTree::measure);
        if (adversary.hasCustomDefaults()) {
            Map<String, Object> costs = new LinkedHashMap<>();
            AdversarySettings.KINDS.forEach(k -> costs.put(k, adversary.defaultCost(k)));
            root.put("adversary", Map.of("costs", costs));
        }
        if (model.compliance() != null
                && (!model.compliance().thresholds().isEmpty() || !model.compliance().disabled().isEmpty())) {
            Map<String, Object> compliance = new LinkedHashMap<>();
            if (!model.compliance().thresholds().isEmpty()) {
                compliance.put("thresholds", new TreeMap<>(model.compliance().thresholds()));
            }
            if (!model.compliance().disabled().isEmpty()) {
                compliance.put("disabled", new TreeMap<>(model.compliance().disabled()));
            }
            root.put("compliance", compliance);
        }
        if (!model.impact().isDefault()) {
            Map<String, Object> weights = new LinkedHashMap<>();
            org.neverout.model.ImpactWeights.KEYS.forEach(k -> weights.put(k, model.impact().categoryWeights().get(k)));
            root.put("impact", Map.of("category_weights", weights));
        }
        return root;
    }

    /** The element's map with its explicit {@code attack_cost} (by event id) last, when it has one. */
    private static <T> java.util.function.Function<T, Map<String, Object>> attacked(
            AdversarySettings adversary, java.util.function.Function<T, String> eventId,
            java.util.function.Function<T, Map<String, Object>> writer) {
        return element -> {
            Map<String, Object> m = writer.apply(element);
            put(m, "attack_cost", adversary.explicitCost(eventId.apply(element)));
            return m;
        };
    }

    private static Map<String, Object> site(Site s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        put(m, "name", s.name());
        put(m, "lat", s.lat());
        put(m, "lon", s.lon());
        put(m, "x", s.x());
        put(m, "y", s.y());
        put(m, "power", s.power());
        if (s.security() != null) {
            Security sec = s.security();
            Map<String, Object> security = new LinkedHashMap<>();
            put(security, "alarm", sec.alarm());
            put(security, "alarm_monitored", sec.alarmMonitored());
            put(security, "access_control", sec.accessControl());
            put(security, "last_inspection", sec.lastInspection() == null ? null : sec.lastInspection().toString());
            if (!security.isEmpty()) {
                m.put("security", security);
            }
        }
        return reliability(m, s.reliability());
    }

    private static Map<String, Object> powerFeed(PowerFeed f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        put(m, "name", f.name());
        put(m, "groups", f.groups());
        return reliability(m, f.reliability());
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        put(m, "name", n.name());
        put(m, "site", n.site());
        put(m, "role", n.role());
        put(m, "vendor", n.vendor());
        put(m, "software", n.software());
        party(m, "operator", n.operator());
        party(m, "owner", n.owner());
        put(m, "groups", n.groups());
        if (n.power() != null) {
            m.put("power", n.power());
        }
        put(m, "lat", n.lat());
        put(m, "lon", n.lon());
        put(m, "x", n.x());
        put(m, "y", n.y());
        put(m, "status", n.status());
        return reliability(m, n.reliability());
    }

    private static Map<String, Object> link(Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        put(m, "name", l.name());
        m.put("a", l.a());
        m.put("b", l.b());
        party(m, "operator", l.operator());
        party(m, "owner", l.owner());
        put(m, "groups", l.groups());
        put(m, "capacity_gbps", l.capacityGbps());
        put(m, "length_km", l.lengthKm());
        put(m, "latency_ms", l.latencyMs());
        put(m, "medium", l.medium());
        put(m, "status", l.status());
        put(m, "cost", l.cost());
        return reliability(m, l.reliability());
    }

    private static Map<String, Object> group(Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        put(m, "name", g.name());
        put(m, "kind", g.kind() == null ? null : g.kind().token());
        return reliability(m, g.reliability());
    }

    private static Map<String, Object> softwareVersion(SoftwareVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        put(m, "name", v.name());
        put(m, "vendor", v.vendor());
        return reliability(m, v.reliability());
    }

    private static Map<String, Object> supplier(Supplier s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        put(m, "name", s.name());
        put(m, "parent", s.parent());
        put(m, "jurisdiction", s.jurisdiction());
        List<Object> authorisations = new ArrayList<>();
        for (Authorisation a : s.authorisations()) {
            Map<String, Object> am = new LinkedHashMap<>();
            put(am, "scope", a.scope());
            put(am, "valid_until", a.validUntil() == null ? null : a.validUntil().toString());
            authorisations.add(am);
        }
        put(m, "authorisations", authorisations);
        put(m, "knows", s.knows());
        put(m, "clauses", s.clauses());
        return reliability(m, s.reliability());
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        put(m, "name", s.name());
        if (s.kind() != null && s.kind() != ServiceKind.OTHER) {
            m.put("kind", s.kind().token());
        }
        put(m, "public_name", s.publicName());
        put(m, "description", s.description());
        List<Object> endpoints = new ArrayList<>();
        for (List<String> entry : s.endpoints()) {
            endpoints.add(entry.size() == 1 ? entry.get(0) : entry);
        }
        m.put("endpoints", endpoints);
        List<Object> dependsOn = new ArrayList<>();
        for (List<String> entry : s.dependsOn()) {
            dependsOn.add(entry.size() == 1 ? entry.get(0) : entry); // a plain id stays plain, as written
        }
        put(m, "depends_on", dependsOn);
        if (s.neverOut() != 0) {
            m.put("never_out", s.neverOut());
        }
        put(m, "users", s.users());
        put(m, "category", s.category());
        put(m, "demand", s.demand());
        put(m, "availability_target", s.availabilityTarget());
        if (!Service.UNASSIGNED.equals(s.sector())) {
            m.put("sector", s.sector());
        }
        put(m, "organisation", s.organisation());
        return reliability(m, s.reliability());
    }

    private static Map<String, Object> externalParty(ExternalParty p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        put(m, "name", p.name());
        put(m, "connects_at", p.connectsAt());
        if (p.evidence() != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            put(e, "firewall", p.evidence().firewall());
            put(e, "encryption", p.evidence().encryption());
            put(e, "last_audit", p.evidence().lastAudit() == null ? null : p.evidence().lastAudit().toString());
            put(e, "patch_days", p.evidence().patchDays());
            put(e, "contact_24x7", p.evidence().contact24x7());
            if (!e.isEmpty()) {
                m.put("evidence", e);
            }
        }
        return m;
    }

    private static Map<String, Object> measure(Measure x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", x.measure());
        put(m, "status", x.status());
        put(m, "evidence", x.evidence());
        put(m, "review_date", x.reviewDate() == null ? null : x.reviewDate().toString());
        return m;
    }

    private static Map<String, Object> reliability(Map<String, Object> m, Reliability r) {
        if (r != null) {
            put(m, "mtbf_h", r.mtbfH());
            put(m, "mttr_h", r.mttrH());
        }
        return m;
    }

    private static <T> void list(Map<String, Object> root, String key, List<T> items,
                                 java.util.function.Function<T, Map<String, Object>> writer) {
        if (!items.isEmpty()) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(writer.apply(i)));
            root.put(key, out);
        }
    }

    /** Operator and owner: left out at their default, defence. */
    private static void party(Map<String, Object> m, String key, String value) {
        if (value != null && !value.equals(Model.DEFENCE)) {
            m.put(key, value);
        }
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || (value instanceof List && ((List<?>) value).isEmpty())) {
            return;
        }
        m.put(key, value);
    }
}
