package org.neverout.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.neverout.model.tree.Binder;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * Binds a located tree to the model records, field by field (MODEL.md version 1, snake_case), with the
 * per-field value checks. Cross-element checks (ids, references, cycles) are {@link ModelValidator}'s:
 * this class only records declarations and references in {@link ModelFacts}.
 */
final class ModelReader {
    static final List<String> ROOT_FIELDS = List.of("$schema", "version", "name", "sites", "power_feeds", "nodes",
            "links", "groups", "suppliers", "software_versions", "services", "external_parties", "defaults", "measures",
            "compliance", "impact", "adversary", "include", "assign", "classification");
    static final List<String> SITE_FIELDS = List.of("id", "name", "lat", "lon", "x", "y", "power", "security",
            "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> SECURITY_FIELDS = List.of("alarm", "alarm_monitored", "access_control",
            "last_inspection");
    static final List<String> FEED_FIELDS = List.of("id", "name", "groups", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> NODE_FIELDS = List.of("id", "name", "site", "role", "vendor", "software", "operator",
            "owner", "groups", "power", "lat", "lon", "x", "y", "status", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> LINK_FIELDS = List.of("id", "name", "a", "b", "operator", "owner", "groups",
            "capacity_gbps", "length_km", "latency_ms", "medium", "status", "cost", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> GROUP_FIELDS = List.of("id", "name", "kind", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> SUPPLIER_FIELDS = List.of("id", "name", "parent", "jurisdiction", "authorisations",
            "knows", "clauses", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> SOFTWARE_FIELDS = List.of("id", "name", "vendor", "mtbf_h", "mttr_h", "attack_cost");
    static final List<String> AUTHORISATION_FIELDS = List.of("scope", "valid_until");
    static final List<String> SERVICE_FIELDS = List.of("id", "name", "kind", "endpoints", "depends_on",
            "never_out", "users", "category", "demand", "availability_target", "description", "mtbf_h", "mttr_h", "attack_cost",
            "sector", "organisation", "public_name");
    static final List<String> PARTY_FIELDS = List.of("id", "name", "connects_at", "evidence");
    static final List<String> EVIDENCE_FIELDS = List.of("firewall", "encryption", "last_audit", "patch_days",
            "contact_24x7");
    /** MODEL.md 1.1: exactly these keys (any other is an error, with a did-you-mean). */
    static final List<String> DEFAULTS_FIELDS = List.of("node", "link", "power_feed", "site", "service", "group",
            "software", "supplier");
    static final List<String> RELIABILITY_FIELDS = List.of("mtbf_h", "mttr_h");
    static final List<String> MEASURE_FIELDS = List.of("measure", "status", "evidence", "review_date");
    static final List<String> MEASURE_STATUSES = List.of("implemented", "partial", "planned", "absent");
    static final List<String> COMPLIANCE_FIELDS = List.of("thresholds", "disabled");
    static final List<String> CATEGORIES = List.of("A", "B");
    static final List<String> ADVERSARY_FIELDS = List.of("costs");

    private final Problems problems;
    private final ModelFacts facts;
    /** Every {@code attack_cost} read, by event id, in file order. */
    private final Map<String, Double> attackCosts = new LinkedHashMap<>();

    ModelReader(Problems problems, ModelFacts facts) {
        this.problems = problems;
        this.facts = facts;
    }

    /** The model's parts, or null when the root is not a mapping (reported). */
    Model read(LocatedNode root, Model.Source source) {
        Binder b = Binder.ofNode(root, "the model", problems, ROOT_FIELDS);
        if (b == null) {
            return null;
        }
        b.string("$schema");
        if (b.has("include")) {
            // ModelLoader resolves includes relative to the file; a tree bound on its own has none
            b.report("include", "is read only when the model is loaded from a file");
        }
        if (b.has("version")) {
            Long version = b.integer("version");
            if (version != null && version != 1) {
                b.report("version", "is " + version + ", but this NeverOut reads version 1 only");
            }
        }
        String name = b.requiredString("name");
        if (name != null && name.isBlank()) {
            b.report("name", "must not be empty");
        }
        List<Site> sites = list(b, "sites", ElementKind.SITE, this::site);
        List<PowerFeed> feeds = list(b, "power_feeds", ElementKind.POWER_FEED, this::powerFeed);
        List<Node> nodes = list(b, "nodes", ElementKind.NODE, this::node);
        List<Link> links = list(b, "links", ElementKind.LINK, this::link);
        List<Group> groups = list(b, "groups", ElementKind.GROUP, this::group);
        List<Supplier> suppliers = list(b, "suppliers", ElementKind.SUPPLIER, this::supplier);
        List<SoftwareVersion> softwareVersions = softwareVersions(b, nodes);
        List<Service> services = list(b, "services", ElementKind.SERVICE, this::service);
        List<ExternalParty> parties = list(b, "external_parties", ElementKind.EXTERNAL_PARTY, this::party);
        Map<String, Reliability> defaults = defaults(b);
        List<Measure> measures = measures(b);
        ComplianceSettings compliance = compliance(b);
        ImpactWeights impact = impact(b);
        AdversarySettings adversary = adversary(b).withExplicitCosts(attackCosts);
        return new Model(name, sites, feeds, nodes, links, groups, suppliers, services, parties, defaults,
                measures, compliance, source, softwareVersions, impact, adversary, classification(b));
    }

    /** {@code classification:} one non-empty line of free text, or {@link Classification#NONE} when absent. */
    private Classification classification(Binder b) {
        String text = nonBlank(b, "classification");
        if (text != null && (text.contains("\n") || text.contains("\r"))) {
            b.report("classification", "must be one line (it is printed as the first line of every output)");
            return Classification.NONE;
        }
        return Classification.of(text);
    }

    /** Reads a list of elements; an item that is not a mapping is reported and skipped. */
    private <T> List<T> list(Binder root, String field, ElementKind kind, BiFunction<Binder, String, T> reader) {
        LocatedSequence seq = root.sequence(field);
        if (seq == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(seq.size());
        List<String> allowed = allowedFields(kind);
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode item = seq.items().get(i);
            String owner = ownerName(kind, item, i);
            Binder b = Binder.ofNode(item, owner, problems, allowed);
            if (b == null) {
                continue;
            }
            String id = b.requiredString("id");
            if (id != null) {
                facts.declare(kind, id, b.location("id"));
            }
            out.add(reader.apply(b, id));
        }
        return out;
    }

    private static List<String> allowedFields(ElementKind kind) {
        switch (kind) {
            case SITE: return SITE_FIELDS;
            case POWER_FEED: return FEED_FIELDS;
            case NODE: return NODE_FIELDS;
            case LINK: return LINK_FIELDS;
            case GROUP: return GROUP_FIELDS;
            case SUPPLIER: return SUPPLIER_FIELDS;
            case SERVICE: return SERVICE_FIELDS;
            default: return PARTY_FIELDS;
        }
    }

    /** {@code node 'x'} when the item has a string id, else {@code node #3} (1-based position in its list). */
    private static String ownerName(ElementKind kind, LocatedNode item, int index) {
        if (item instanceof LocatedMapping) {
            LocatedNode id = ((LocatedMapping) item).get("id");
            if (id instanceof LocatedScalar && ((LocatedScalar) id).type() == LocatedScalar.Type.STRING) {
                return kind.label() + " '" + ((LocatedScalar) id).text() + "'";
            }
        }
        return kind.label() + " #" + (index + 1);
    }

    private Site site(Binder b, String id) {
        attackCost(b, id);
        Double lat = latitude(b);
        Double lon = longitude(b);
        pair(b, "lat", "lon");
        pair(b, "x", "y");
        return new Site(id, b.string("name"), lat, lon, b.number("x"), b.number("y"),
                references(b, "power", ElementKind.POWER_FEED), security(b), reliability(b));
    }

    private Security security(Binder site) {
        LocatedMapping m = site.mappingField("security");
        if (m == null) {
            return null;
        }
        Binder b = Binder.of(m, "'security' of " + site.owner(), problems, SECURITY_FIELDS);
        return new Security(b.bool("alarm"), b.bool("alarm_monitored"), b.string("access_control"),
                b.date("last_inspection"));
    }

    private PowerFeed powerFeed(Binder b, String id) {
        attackCost(b, id);
        return new PowerFeed(id, b.string("name"), groups(b), reliability(b));
    }

    private Node node(Binder b, String id) {
        attackCost(b, id);
        String site = reference(b, "site", ElementKind.SITE);
        Double lat = latitude(b);
        Double lon = longitude(b);
        pair(b, "lat", "lon");
        pair(b, "x", "y");
        List<String> power = b.has("power") ? references(b, "power", ElementKind.POWER_FEED) : null;
        noteImplicitOperator(b, id);
        return new Node(id, b.string("name"), site, b.string("role"), b.string("vendor"), b.string("software"),
                supplierOrDefence(b, "operator"), supplierOrDefence(b, "owner"), groups(b), power, lat, lon,
                b.number("x"), b.number("y"), reliability(b), b.string("status"));
    }

    private Link link(Binder b, String id) {
        attackCost(b, id);
        String a = b.requiredString("a");
        String end2 = b.requiredString("b");
        if (a != null) {
            facts.refer(ElementKind.NODE, a, b.location("a"), "'a' of " + b.owner());
        }
        if (end2 != null) {
            facts.refer(ElementKind.NODE, end2, b.location("b"), "'b' of " + b.owner());
        }
        if (a != null && end2 != null) {
            facts.linkEnds.add(new ModelFacts.LinkEnds(id, a, end2, b.location("b")));
        }
        noteImplicitOperator(b, id);
        return new Link(id, b.string("name"), a, end2, supplierOrDefence(b, "operator"),
                supplierOrDefence(b, "owner"), groups(b), nonNegative(b, "capacity_gbps"),
                nonNegative(b, "length_km"), nonNegative(b, "latency_ms"), b.oneOf("medium", Link.MEDIA), b.string("status"),
                igpCost(b), reliability(b));
    }

    private Group group(Binder b, String id) {
        attackCost(b, id);
        return new Group(id, b.string("name"), b.token("kind", GroupKind.class), reliability(b));
    }

    /**
     * {@code software_versions:} (MODEL.md 1.1). Their ids live apart from element ids (their event is
     * {@code software:<id>}), so they are checked here: unique among themselves, and a version no node
     * runs is a warning, not an error.
     */
    private List<SoftwareVersion> softwareVersions(Binder root, List<Node> nodes) {
        LocatedSequence seq = root.sequence("software_versions");
        if (seq == null) {
            return List.of();
        }
        java.util.Set<String> run = new java.util.HashSet<>();
        nodes.forEach(n -> run.add(n.software()));
        Map<String, Location> seen = new LinkedHashMap<>();
        List<SoftwareVersion> out = new ArrayList<>(seq.size());
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode item = seq.items().get(i);
            Binder b = Binder.ofNode(item, softwareVersionName(item, i), problems, SOFTWARE_FIELDS);
            if (b == null) {
                continue;
            }
            String id = b.requiredString("id");
            if (id != null) {
                Location at = b.location("id");
                Location first = seen.putIfAbsent(id, at);
                facts.softwareVersions.putIfAbsent("software:" + id, at);
                if (id.isEmpty() || id.codePoints().anyMatch(c -> Character.isWhitespace(c)
                        || Character.isISOControl(c) || Character.isSpaceChar(c))
                        || id.startsWith("software:") || id.startsWith("supplier:")) {
                    problems.add(at, "software version id '" + id + "' must not be empty, contain whitespace or "
                            + "control characters, or start with 'software:' or 'supplier:' (its event is "
                            + "'software:" + id + "')");
                } else if (first != null) {
                    problems.add(at, "duplicate software version '" + id + "': already declared at " + first);
                } else if (!run.contains(id)) {
                    facts.warn(at, "software version '" + id + "' is declared but no node runs it");
                }
            }
            attackCost(b, id == null ? null : "software:" + id);
            out.add(new SoftwareVersion(id, b.string("name"), b.string("vendor"), reliability(b)));
        }
        return out;
    }

    /** {@code software version 'x'}, or {@code software version #3} without a string id. */
    private static String softwareVersionName(LocatedNode item, int index) {
        if (item instanceof LocatedMapping) {
            LocatedNode id = ((LocatedMapping) item).get("id");
            if (id instanceof LocatedScalar && ((LocatedScalar) id).type() == LocatedScalar.Type.STRING) {
                return "software version '" + ((LocatedScalar) id).text() + "'";
            }
        }
        return "software version #" + (index + 1);
    }

    private Supplier supplier(Binder b, String id) {
        attackCost(b, id == null ? null : "supplier:" + id);
        String parent = reference(b, "parent", ElementKind.SUPPLIER);
        List<Authorisation> authorisations = new ArrayList<>();
        LocatedSequence seq = b.sequence("authorisations");
        if (seq != null) {
            for (int i = 0; i < seq.size(); i++) {
                Binder a = Binder.ofNode(seq.items().get(i),
                        "authorisation " + (i + 1) + " of " + b.owner(), problems, AUTHORISATION_FIELDS);
                if (a != null) {
                    authorisations.add(new Authorisation(a.requiredString("scope"), a.date("valid_until")));
                }
            }
        }
        return new Supplier(id, b.string("name"), parent, b.string("jurisdiction"), authorisations,
                b.strings("knows"), b.strings("clauses"), reliability(b));
    }

    private Service service(Binder b, String id) {
        attackCost(b, id);
        List<List<String>> endpoints = endpoints(b);
        List<List<String>> dependsOn = dependsOn(b);
        Long neverOut = b.integer("never_out");
        if (neverOut != null && (neverOut < 0 || neverOut > Service.MAX_NEVER_OUT)) {
            // MODEL.md 1.1: never_out (like --order) above 8 is refused; it could never be verified
            b.report("never_out", "must be an integer from 0 to " + Service.MAX_NEVER_OUT + ", not " + neverOut);
            neverOut = null;
        }
        Long users = b.integer("users");
        if (users != null && users < 0) {
            b.report("users", "must be >= 0, not " + users);
        }
        Double target = b.number("availability_target");
        if (target != null && !(target > 0 && target < 1)) {
            b.report("availability_target", "must be between 0 and 1 (exclusive), not " + number(target));
        }
        ServiceKind kind = b.token("kind", ServiceKind.class);
        return new Service(id, b.string("name"), kind == null ? ServiceKind.OTHER : kind, endpoints, dependsOn,
                neverOut == null ? 0 : neverOut.intValue(), users, b.oneOf("category", CATEGORIES),
                nonNegative(b, "demand"), target, b.string("description"), reliability(b),
                nonBlank(b, "sector"), nonBlank(b, "organisation"), nonBlank(b, "public_name"));
    }

    /** A string field that, when present, is not empty or blank (MODEL.md 1.1: an empty sector is an error). */
    private static String nonBlank(Binder b, String field) {
        String v = b.string(field);
        if (v != null && v.isBlank()) {
            b.report(field, "must be a non-empty string");
            return null;
        }
        return v;
    }

    /** Each entry is a node id or a non-empty list of alternative node ids. */
    private List<List<String>> endpoints(Binder b) {
        if (!b.require("endpoints")) {
            return List.of();
        }
        LocatedSequence seq = b.sequence("endpoints");
        if (seq == null) {
            return List.of();
        }
        List<List<String>> endpoints = new ArrayList<>(seq.size());
        String where = "'endpoints' of " + b.owner();
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode entry = seq.items().get(i);
            if (entry instanceof LocatedScalar && ((LocatedScalar) entry).type() == LocatedScalar.Type.STRING) {
                // the common case first, without building the words of messages it does not need
                String id = ((LocatedScalar) entry).text();
                facts.refer(ElementKind.NODE, id, entry.location(), where);
                endpoints.add(List.of(id));
                continue;
            }
            String what = "endpoint " + (i + 1) + " of " + b.owner();
            if (entry instanceof LocatedSequence) {
                LocatedSequence alternatives = (LocatedSequence) entry;
                if (alternatives.size() == 0) {
                    problems.add(entry.location(), what + " is an empty list: give at least one node id");
                    continue;
                }
                List<String> ids = new ArrayList<>(alternatives.size());
                for (int j = 0; j < alternatives.size(); j++) {
                    LocatedNode alt = alternatives.items().get(j);
                    String id = Binder.asString(alt, "alternative " + (j + 1) + " of " + what, problems);
                    if (id != null) {
                        ids.add(id);
                        facts.refer(ElementKind.NODE, id, alt.location(), where);
                    }
                }
                endpoints.add(ids);
            } else {
                problems.add(entry.location(), what + " must be a node id or a list of alternative node ids, not "
                        + entry.describe());
            }
        }
        return endpoints;
    }

    /**
     * Each entry is a service id or a non-empty list of alternative service ids (MODEL.md 1.1); the
     * alternatives are ids, not lists (one level of nesting).
     */
    private List<List<String>> dependsOn(Binder b) {
        LocatedSequence seq = b.sequence("depends_on");
        if (seq == null) {
            return List.of();
        }
        List<List<String>> entries = new ArrayList<>(seq.size());
        String where = "'depends_on' of " + b.owner();
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode entry = seq.items().get(i);
            if (entry instanceof LocatedScalar && ((LocatedScalar) entry).type() == LocatedScalar.Type.STRING) {
                String id = ((LocatedScalar) entry).text();
                facts.refer(ElementKind.SERVICE, id, entry.location(), where);
                entries.add(List.of(id));
                continue;
            }
            String what = "entry " + (i + 1) + " of " + where;
            if (!(entry instanceof LocatedSequence)) {
                problems.add(entry.location(), what + " must be a service id or a list of alternative service ids, "
                        + "not " + entry.describe());
                continue;
            }
            LocatedSequence alternatives = (LocatedSequence) entry;
            if (alternatives.size() == 0) {
                problems.add(entry.location(), what + " is an empty list of alternatives: give at least one "
                        + "service id");
                continue;
            }
            List<String> ids = new ArrayList<>(alternatives.size());
            for (int j = 0; j < alternatives.size(); j++) {
                LocatedNode alt = alternatives.items().get(j);
                String altWhat = "alternative " + (j + 1) + " of " + what;
                if (alt instanceof LocatedSequence || alt instanceof LocatedMapping) {
                    problems.add(alt.location(), altWhat + " must be a service id, not " + alt.describe()
                            + " (alternatives are one list of ids: they do not nest)");
                    continue;
                }
                String id = Binder.asString(alt, altWhat, problems);
                if (id != null) {
                    ids.add(id);
                    facts.refer(ElementKind.SERVICE, id, alt.location(), where);
                }
            }
            entries.add(ids);
        }
        return entries;
    }

    private ExternalParty party(Binder b, String id) {
        List<String> connectsAt = references(b, "connects_at", ElementKind.NODE);
        Evidence evidence = Evidence.NONE;
        LocatedMapping m = b.mappingField("evidence");
        if (m != null) {
            Binder e = Binder.of(m, "'evidence' of " + b.owner(), problems, EVIDENCE_FIELDS);
            Long patchDays = e.integer("patch_days");
            if (patchDays != null && (patchDays < 0 || patchDays > Integer.MAX_VALUE)) {
                e.report("patch_days", "must be an integer >= 0, not " + patchDays);
                patchDays = null;
            }
            evidence = new Evidence(e.bool("firewall"), e.string("encryption"), e.date("last_audit"),
                    patchDays == null ? null : patchDays.intValue(), e.bool("contact_24x7"));
        }
        return new ExternalParty(id, b.string("name"), connectsAt, evidence);
    }

    private Map<String, Reliability> defaults(Binder root) {
        LocatedMapping m = root.mappingField("defaults");
        if (m == null) {
            return Map.of();
        }
        Binder b = Binder.of(m, "'defaults'", problems, DEFAULTS_FIELDS);
        Map<String, Reliability> defaults = new LinkedHashMap<>();
        for (String kind : DEFAULTS_FIELDS) {
            LocatedNode n = b.node(kind);
            if (n == null) {
                continue;
            }
            Binder r = Binder.ofNode(n, "'defaults." + kind + "'", problems, RELIABILITY_FIELDS);
            if (r != null) {
                if (!r.has("mtbf_h") && !r.has("mttr_h")) {
                    problems.add(n.location(), "'defaults." + kind + "' needs mtbf_h and mttr_h");
                }
                Reliability rel = reliability(r);
                if (rel.isPresent()) {
                    defaults.put(kind, rel);
                }
            }
        }
        return defaults;
    }

    private List<Measure> measures(Binder root) {
        LocatedSequence seq = root.sequence("measures");
        if (seq == null) {
            return List.of();
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            Binder b = Binder.ofNode(seq.items().get(i), "measure #" + (i + 1), problems, MEASURE_FIELDS);
            if (b == null) {
                continue;
            }
            String measure = b.requiredString("measure");
            String status = b.require("status") ? b.oneOf("status", MEASURE_STATUSES) : null;
            String evidence = b.string("evidence");
            LocalDate review = b.date("review_date");
            measures.add(new Measure(measure, status, evidence, review));
        }
        return measures;
    }

    private ComplianceSettings compliance(Binder root) {
        LocatedMapping m = root.mappingField("compliance");
        if (m == null) {
            return ComplianceSettings.NONE;
        }
        Binder b = Binder.of(m, "'compliance'", problems, COMPLIANCE_FIELDS);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        LocatedMapping t = b.mappingField("thresholds");
        if (t != null) {
            for (LocatedMapping.Entry e : t.entries()) {
                if (e.value() instanceof LocatedScalar && !((LocatedScalar) e.value()).isNull()) {
                    thresholds.put(e.key(), ((LocatedScalar) e.value()).value());
                } else {
                    problems.add(e.value().location(), "threshold '" + e.key()
                            + "' must be a number, string or boolean, not " + e.value().describe());
                }
            }
        }
        Map<String, String> disabled = new LinkedHashMap<>();
        LocatedMapping d = b.mappingField("disabled");
        if (d != null) {
            for (LocatedMapping.Entry e : d.entries()) {
                String reason = Binder.asString(e.value(), "the reason for disabling rule '" + e.key() + "'", problems);
                if (reason != null) {
                    disabled.put(e.key(), reason);
                }
            }
        }
        return new ComplianceSettings(thresholds, disabled);
    }

    /** {@code impact: {category_weights: {A, B, none}}}: overrides of the built-in weights, each &gt; 0. */
    private ImpactWeights impact(Binder root) {
        LocatedMapping m = root.mappingField("impact");
        if (m == null) {
            return ImpactWeights.DEFAULT;
        }
        Binder b = Binder.of(m, "'impact'", problems, List.of("category_weights"));
        LocatedMapping w = b.mappingField("category_weights");
        if (w == null) {
            return ImpactWeights.DEFAULT;
        }
        Binder c = Binder.of(w, "'impact.category_weights'", problems, ImpactWeights.KEYS);
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (String key : ImpactWeights.KEYS) {
            Double weight = positive(c, key);
            if (weight != null) {
                overrides.put(key, weight);
            }
        }
        return ImpactWeights.withOverrides(overrides);
    }

    /**
     * {@code adversary: {costs: {...}}} (MODEL.md 1.1): the keys of {@code costs} are exactly
     * {@link AdversarySettings#KINDS}, each cost > 0; kinds left out keep the built-in default.
     */
    private AdversarySettings adversary(Binder root) {
        LocatedMapping m = root.mappingField("adversary");
        if (m == null) {
            return AdversarySettings.BUILT_IN;
        }
        Binder b = Binder.of(m, "'adversary'", problems, ADVERSARY_FIELDS);
        LocatedMapping costs = b.mappingField("costs");
        if (costs == null) {
            return AdversarySettings.BUILT_IN;
        }
        Binder c = Binder.of(costs, "'adversary.costs'", problems, AdversarySettings.KINDS);
        Map<String, Double> defaults = new LinkedHashMap<>();
        for (String kind : AdversarySettings.KINDS) {
            Double v = positive(c, kind);
            if (v != null) {
                defaults.put(kind, v);
            }
        }
        return AdversarySettings.withDefaults(defaults);
    }

    // ---- shared field readers ----

    /** An element's {@code attack_cost} (> 0), recorded under its event id. */
    private void attackCost(Binder b, String eventId) {
        Double cost = positive(b, "attack_cost");
        if (cost != null && eventId != null) {
            attackCosts.putIfAbsent(eventId, cost);
        }
    }

    /** {@code mtbf_h} and {@code mttr_h}: both or neither, each > 0. */
    private Reliability reliability(Binder b) {
        Double mtbf = positive(b, "mtbf_h");
        Double mttr = positive(b, "mttr_h");
        if (b.has("mtbf_h") != b.has("mttr_h")) {
            String given = b.has("mtbf_h") ? "mtbf_h" : "mttr_h";
            String missing = b.has("mtbf_h") ? "mttr_h" : "mtbf_h";
            b.report(given, "needs '" + missing + "' too (give both or neither)");
            return Reliability.NONE;
        }
        return mtbf == null || mttr == null ? Reliability.NONE : new Reliability(mtbf, mttr);
    }

    private Double positive(Binder b, String field) {
        Double v = b.number(field);
        if (v != null && !(v > 0)) {
            b.report(field, "must be > 0, not " + number(v));
            return null;
        }
        return v;
    }

    /** A link's {@code cost} (MODEL.md 1.1): an IGP metric, a positive integer; absent means 1. */
    private Double igpCost(Binder b) {
        Double v = b.number("cost");
        if (v != null && !(v >= 1 && v == Math.rint(v) && v <= Integer.MAX_VALUE)) {
            b.report("cost", "must be a positive integer (an IGP metric), not " + number(v));
            return null;
        }
        return v;
    }

    private Double nonNegative(Binder b, String field) {
        Double v = b.number(field);
        if (v != null && v < 0) {
            b.report(field, "must be >= 0, not " + number(v));
            return null;
        }
        return v;
    }

    private Double latitude(Binder b) {
        return inRange(b, "lat", 90);
    }

    private Double longitude(Binder b) {
        return inRange(b, "lon", 180);
    }

    private Double inRange(Binder b, String field, double bound) {
        Double v = b.number(field);
        if (v != null && (v < -bound || v > bound)) {
            b.report(field, "must be between -" + (int) bound + " and " + (int) bound + ", not " + number(v));
            return null;
        }
        return v;
    }

    /** Coordinates come in pairs: lat with lon, x with y. */
    private static void pair(Binder b, String first, String second) {
        if (b.has(first) != b.has(second)) {
            String given = b.has(first) ? first : second;
            String missing = b.has(first) ? second : first;
            b.report(given, "needs '" + missing + "' too (give both or neither)");
        }
    }

    private String reference(Binder b, String field, ElementKind kind) {
        String id = b.string(field);
        if (id != null) {
            facts.refer(kind, id, b.location(field), "'" + field + "' of " + b.owner());
        }
        return id;
    }

    private List<String> references(Binder b, String field, ElementKind kind) {
        LocatedSequence seq = b.sequence(field);
        if (seq == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(seq.size());
        String where = "'" + field + "' of " + b.owner();
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode item = seq.items().get(i);
            String id = Binder.asString(item, "item " + (i + 1) + " of " + where, problems);
            if (id != null) {
                ids.add(id);
                facts.refer(kind, id, item.location(), where);
            }
        }
        return ids;
    }

    private List<String> groups(Binder b) {
        return references(b, "groups", ElementKind.GROUP);
    }

    private void noteImplicitOperator(Binder b, String id) {
        if (id != null && !b.has("operator")) {
            facts.implicitOperator.add(id);
        }
    }

    /** An operator or owner: {@link Model#DEFENCE} (the default) or a supplier id. */
    private String supplierOrDefence(Binder b, String field) {
        String id = b.string(field);
        if (id == null) {
            return Model.DEFENCE;
        }
        if (!id.equals(Model.DEFENCE)) {
            facts.refer(ElementKind.SUPPLIER, id, b.location(field), "'" + field + "' of " + b.owner());
        }
        return id;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
