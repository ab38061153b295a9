package org.neverout.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neverout.model.Authorisation;
import org.neverout.model.Evidence;
import org.neverout.model.ExternalParty;
import org.neverout.model.Link;
import org.neverout.model.Measure;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Security;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The subjects of a model and their facts (see {@link CelSchema}), including the facts that need the whole
 * model: sites of an external party's connection nodes, supplier depth, authorisation validity at the
 * check date, what a supplier operates, ages of audits, inspections and reviews. Linear in the size of the
 * model (suppliers' depths are memoised).
 */
final class SubjectFacts {
    private final Model model;
    private final LocalDate asOf;
    private final List<Map.Entry<String, String>> measureCatalogue;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<String, Long> depths = new HashMap<>();

    /**
     * @param measureCatalogue  the duty-of-care measures every model is expected to declare, key to title
     */
    SubjectFacts(Model model, LocalDate asOf, List<Map.Entry<String, String>> measureCatalogue) {
        this.model = model;
        this.asOf = asOf;
        this.measureCatalogue = List.copyOf(measureCatalogue);
        model.nodes().forEach(n -> nodes.put(n.id(), n));
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
    }

    /** The subjects of {@code kind}, in model order (measures: catalogue order, then other declared keys). */
    List<Subject> subjects(SubjectKind kind) {
        List<Subject> out = new ArrayList<>();
        switch (kind) {
            case EXTERNAL_PARTY -> model.externalParties().forEach(p -> out.add(externalParty(p)));
            case SITE -> model.sites().forEach(s -> out.add(site(s)));
            case NODE -> model.nodes().forEach(n -> out.add(node(n)));
            case LINK -> model.links().forEach(l -> out.add(link(l)));
            case SUPPLIER -> model.suppliers().forEach(s -> out.add(supplier(s)));
            case SERVICE -> model.services().forEach(s -> out.add(service(s)));
            case MODEL -> out.add(modelSubject());
            case MEASURE -> out.addAll(measures());
        }
        return out;
    }

    private Subject externalParty(ExternalParty p) {
        Facts f = new Facts();
        f.put("id", p.id()).put("name", p.name()).put("connects_at", p.connectsAt());
        Evidence e = p.evidence() == null ? Evidence.NONE : p.evidence();
        f.put("evidence", new Facts().put("firewall", e.firewall()).put("encryption", e.encryption())
                .put("last_audit", e.lastAudit()).put("patch_days", e.patchDays())
                .put("contact_24x7", e.contact24x7()).map);
        Set<String> locations = new LinkedHashSet<>();
        for (String nodeId : p.connectsAt()) {
            Node node = nodes.get(nodeId);
            // a node without a site is a location of its own
            locations.add(node != null && node.site() != null ? node.site() : nodeId);
        }
        f.put("connection_locations", List.copyOf(locations)).put("distinct_sites", (long) locations.size());
        ages(f, "audit", e.lastAudit());
        return new Subject(p.id(), SubjectKind.EXTERNAL_PARTY, f.map);
    }

    private Subject site(Site s) {
        Facts f = new Facts();
        f.put("id", s.id()).put("name", s.name()).put("lat", s.lat()).put("lon", s.lon()).put("x", s.x())
                .put("y", s.y()).put("power", s.power());
        // no security: section at all stays absent (one "not declared" finding, PS-05, instead of four)
        Security sec = s.security();
        if (sec != null) {
            f.put("security", new Facts().put("alarm", sec.alarm()).put("alarm_monitored", sec.alarmMonitored())
                    .put("access_control", sec.accessControl()).put("last_inspection", sec.lastInspection()).map);
        }
        reliability(f, s.reliability());
        List<String> here = new ArrayList<>();
        long defence = 0;
        for (Node n : model.nodes()) {
            if (s.id().equals(n.site())) {
                here.add(n.id());
                if (isDefence(n.owner()) || isDefence(n.operator())) {
                    defence++;
                }
            }
        }
        f.put("nodes", here).put("defence_nodes", defence);
        ages(f, "inspection", sec == null ? null : sec.lastInspection());
        return new Subject(s.id(), SubjectKind.SITE, f.map);
    }

    private Subject node(Node n) {
        Facts f = new Facts();
        f.put("id", n.id()).put("name", n.name()).put("site", n.site()).put("role", n.role())
                .put("vendor", n.vendor()).put("software", n.software()).put("operator", orDefence(n.operator()))
                .put("owner", orDefence(n.owner())).put("groups", n.groups()).put("power", n.power())
                .put("lat", n.lat()).put("lon", n.lon()).put("x", n.x()).put("y", n.y());
        reliability(f, n.reliability());
        f.put("core", isCore(n));
        return new Subject(n.id(), SubjectKind.NODE, f.map);
    }

    private Subject link(Link l) {
        Facts f = new Facts();
        f.put("id", l.id()).put("name", l.name()).put("a", l.a()).put("b", l.b())
                .put("operator", orDefence(l.operator())).put("owner", orDefence(l.owner())).put("groups", l.groups())
                .put("capacity_gbps", l.capacityGbps()).put("length_km", l.lengthKm())
                .put("latency_ms", l.latencyMs()).put("medium", l.medium()).put("status", l.status())
                .put("cost", l.cost());
        reliability(f, l.reliability());
        f.put("core", isCore(nodes.get(l.a())) && isCore(nodes.get(l.b())));
        return new Subject(l.id(), SubjectKind.LINK, f.map);
    }

    private Subject supplier(Supplier s) {
        Facts f = new Facts();
        f.put("id", s.id()).put("name", s.name()).put("parent", s.parent()).put("jurisdiction", s.jurisdiction());
        List<Map<String, Object>> auths = new ArrayList<>();
        boolean anyValid = false;
        for (Authorisation a : s.authorisations()) {
            Facts af = new Facts().put("scope", a.scope()).put("valid_until", a.validUntil());
            if (a.validUntil() != null) {
                long remaining = -CalendarFacts.daysSince(a.validUntil(), asOf);
                af.put("days_remaining", remaining).put("valid", remaining >= 0);
                anyValid |= remaining >= 0;
            }
            auths.add(af.map);
        }
        f.put("authorisations", auths).put("knows", s.knows()).put("clauses", s.clauses());
        f.put("depth", depth(s.id(), new LinkedHashSet<>())).put("ancestors", ancestors(s));
        List<String> subs = new ArrayList<>();
        model.suppliers().stream().filter(o -> s.id().equals(o.parent())).forEach(o -> subs.add(o.id()));
        List<String> operates = new ArrayList<>();
        List<String> owns = new ArrayList<>();
        for (Node n : model.nodes()) {
            addIf(operates, s.id().equals(n.operator()), n.id());
            addIf(owns, s.id().equals(n.owner()), n.id());
        }
        for (Link l : model.links()) {
            addIf(operates, s.id().equals(l.operator()), l.id());
            addIf(owns, s.id().equals(l.owner()), l.id());
        }
        f.put("subcontractors", subs).put("operates", operates).put("owns", owns)
                .put("authorisation_valid", anyValid);
        reliability(f, s.reliability()); // MODEL.md 1.1: figures of the supplier's own event
        return new Subject(s.id(), SubjectKind.SUPPLIER, f.map);
    }

    private Subject service(Service s) {
        Facts f = new Facts();
        f.put("id", s.id()).put("name", s.name()).put("kind", s.kind() == null ? null : s.kind().token())
                .put("endpoints", s.endpoints()).put("depends_on", s.dependencyIds())
                .put("depends_on_entries", s.dependsOn()).put("never_out", (long) s.neverOut())
                .put("users", s.users()).put("category", s.category()).put("demand", s.demand())
                .put("availability_target", s.availabilityTarget()).put("description", s.description())
                .put("sector", s.sector()).put("organisation", s.organisation());
        reliability(f, s.reliability());
        return new Subject(s.id(), SubjectKind.SERVICE, f.map);
    }

    private Subject modelSubject() {
        Facts f = new Facts();
        List<Map<String, Object>> declared = new ArrayList<>();
        for (Measure m : model.measures()) {
            declared.add(new Facts().put("measure", m.measure()).put("status", m.status())
                    .put("evidence", m.evidence()).put("review_date", m.reviewDate()).map);
        }
        f.put("name", model.name()).put("measures", declared)
                .put("site_count", (long) model.sites().size()).put("node_count", (long) model.nodes().size())
                .put("link_count", (long) model.links().size()).put("supplier_count", (long) model.suppliers().size())
                .put("service_count", (long) model.services().size())
                .put("external_party_count", (long) model.externalParties().size());
        return new Subject(model.name(), SubjectKind.MODEL, f.map);
    }

    private List<Subject> measures() {
        Map<String, Measure> declared = new LinkedHashMap<>();
        model.measures().forEach(m -> declared.putIfAbsent(m.measure(), m));
        Map<String, String> titles = new LinkedHashMap<>();
        measureCatalogue.forEach(e -> titles.put(e.getKey(), e.getValue()));
        Set<String> keys = new LinkedHashSet<>(titles.keySet());
        keys.addAll(declared.keySet());
        List<Subject> out = new ArrayList<>();
        for (String key : keys) {
            Measure m = declared.get(key);
            Facts f = new Facts().put("measure", key).put("title", titles.get(key)).put("declared", m != null)
                    .put("any_declared", !declared.isEmpty());
            if (m != null) {
                f.put("status", m.status()).put("evidence", m.evidence()).put("review_date", m.reviewDate());
                ages(f, "review", m.reviewDate());
            }
            out.add(new Subject(key, SubjectKind.MEASURE, f.map));
        }
        return out;
    }

    private void ages(Facts f, String what, LocalDate date) {
        if (date != null) {
            f.put("days_since_" + what, CalendarFacts.daysSince(date, asOf))
                    .put("months_since_" + what, CalendarFacts.monthsSince(date, asOf));
        }
    }

    /** 1 for a direct supplier, parent's depth + 1 for a subcontractor; a parent cycle stops the count. */
    private long depth(String id, Set<String> seen) {
        Long known = depths.get(id);
        if (known != null) {
            return known;
        }
        Supplier s = suppliers.get(id);
        long d = 1;
        if (s != null && s.parent() != null && suppliers.containsKey(s.parent()) && seen.add(id)) {
            d = depth(s.parent(), seen) + 1;
        }
        depths.put(id, d);
        return d;
    }

    private List<String> ancestors(Supplier s) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(s.id()));
        for (String p = s.parent(); p != null && seen.add(p); ) {
            out.add(p);
            Supplier parent = suppliers.get(p);
            p = parent == null ? null : parent.parent();
        }
        return out;
    }

    private static void reliability(Facts f, Reliability r) {
        if (r != null) {
            f.put("mtbf_h", r.mtbfH()).put("mttr_h", r.mttrH());
        }
    }

    private static boolean isCore(Node n) {
        return n != null && n.role() != null && n.role().toLowerCase(Locale.ROOT).equals("core");
    }

    private static String orDefence(String party) {
        return party == null ? Model.DEFENCE : party;
    }

    private static boolean isDefence(String party) {
        return party == null || Model.DEFENCE.equals(party);
    }

    private static void addIf(List<String> list, boolean condition, String id) {
        if (condition) {
            list.add(id);
        }
    }

    /** A fact map that leaves undeclared (null) facts out, so CEL sees them as absent. */
    private static final class Facts {
        final Map<String, Object> map = new LinkedHashMap<>();

        Facts put(String key, Object value) {
            if (value instanceof Integer i) {
                map.put(key, i.longValue()); // one integer type in facts, as in CEL
            } else if (value != null) {
                map.put(key, value);
            }
            return this;
        }
    }
}
