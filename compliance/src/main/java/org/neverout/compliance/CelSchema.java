package org.neverout.compliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared CEL type of every subject kind: the variables a rule's expressions may use.
 *
 * <p>Each field of the subject is a top-level variable named exactly as in the model file
 * ({@code evidence.patch_days}, {@code security.alarm_monitored}, {@code connects_at}), next to facts
 * computed from the whole model ({@code distinct_sites}, {@code depth}, {@code months_since_audit}, ...).
 * Every kind also has {@code as_of} (timestamp, midnight UTC of the check date), {@code params} (the
 * threshold parameters with the model's overrides applied) and {@code subject} (a struct holding the same
 * fields as the top-level variables, so that {@code has(subject.role)} can test an optional scalar).
 *
 * <p>Dates are CEL timestamps at midnight UTC; integers are CEL {@code int}; reals {@code double}.
 * A fact that is not declared is absent: {@code has()} on it is false and reading it fails, which the
 * checker reports as the rule not being met with "not declared" (see {@link ComplianceChecker}).
 */
public final class CelSchema {
    /** A declared variable or struct field. */
    public record Field(String name, CelType type, String description) {
    }

    public static final String AS_OF = "as_of";
    public static final String PARAMS = "params";
    public static final String SUBJECT = "subject";

    private static final CelType S = SimpleType.STRING;
    private static final CelType I = SimpleType.INT;
    private static final CelType D = SimpleType.DOUBLE;
    private static final CelType B = SimpleType.BOOL;
    private static final CelType T = SimpleType.TIMESTAMP;
    private static final CelType LS = ListType.create(SimpleType.STRING);

    static final StructType EVIDENCE = struct("neverout.Evidence", List.of(
            f("firewall", B, "a firewall separates the party from the network"),
            f("encryption", S, "encryption on the connection, e.g. ipsec; 'none' when there is none"),
            f("last_audit", T, "date of the last audit"),
            f("patch_days", I, "days within which security patches are applied"),
            f("contact_24x7", B, "a contact is reachable around the clock")));
    static final StructType SECURITY = struct("neverout.Security", List.of(
            f("alarm", B, "an intrusion alarm is installed"),
            f("alarm_monitored", B, "the alarm is monitored"),
            f("access_control", S, "kind of access control, e.g. badge; 'none' when there is none"),
            f("last_inspection", T, "date of the last physical-security inspection")));
    static final StructType AUTHORISATION = struct("neverout.Authorisation", List.of(
            f("scope", S, "what the authorisation covers"),
            f("valid_until", T, "last day it is valid"),
            f("days_remaining", I, "computed: days from as_of to valid_until (negative once expired)"),
            f("valid", B, "computed: valid at as_of (days_remaining >= 0)")));
    static final StructType DECLARED_MEASURE = struct("neverout.Measure", List.of(
            f("measure", S, "the measure's key"),
            f("status", S, "implemented | partial | planned | absent"),
            f("evidence", S, "where the evidence is"),
            f("review_date", T, "date of the last review")));

    private static final Map<SubjectKind, List<Field>> FIELDS = fields();

    private CelSchema() {
    }

    /** The subject's own and computed fields for {@code kind}, in documentation order. */
    public static List<Field> fields(SubjectKind kind) {
        return FIELDS.get(kind);
    }

    /** The names every rule of {@code kind} can use at top level (fields plus {@code as_of}, {@code params}, {@code subject}). */
    public static List<String> variables(SubjectKind kind) {
        List<String> names = new ArrayList<>();
        fields(kind).forEach(f -> names.add(f.name()));
        names.addAll(List.of(AS_OF, PARAMS, SUBJECT));
        return names;
    }

    /**
     * The declared fact a computed fact is derived from ({@code months_since_audit} from
     * {@code evidence.last_audit}), so that "not declared" names what the user has to declare; otherwise
     * {@code name} itself.
     */
    public static String declaredSource(String name) {
        return DERIVED.getOrDefault(name, name);
    }

    private static final Map<String, String> DERIVED = Map.of(
            "days_since_audit", "evidence.last_audit",
            "months_since_audit", "evidence.last_audit",
            "days_since_inspection", "security.last_inspection",
            "months_since_inspection", "security.last_inspection",
            "days_since_review", "review_date",
            "months_since_review", "review_date");

    /** The nested struct types that rules can select fields of ({@code evidence}, {@code security}, ...). */
    public static List<StructType> nestedTypes() {
        return List.of(EVIDENCE, SECURITY, AUTHORISATION, DECLARED_MEASURE);
    }

    /** The struct type of {@code subject} for {@code kind}. */
    static StructType subjectType(SubjectKind kind) {
        return struct("neverout.subject." + kind.token(), fields(kind));
    }

    /** The struct type of {@code params}, one field per parameter typed after its default value. */
    static StructType paramsType(Map<String, Object> defaults) {
        List<Field> fields = new ArrayList<>();
        defaults.forEach((name, value) -> fields.add(f(name, typeOf(value), "threshold parameter")));
        return struct("neverout.Params", fields);
    }

    /** The CEL type of a parameter value: int, double, bool, string or list(string). */
    static CelType typeOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return I;
        } else if (value instanceof Double || value instanceof Float) {
            return D;
        } else if (value instanceof Boolean) {
            return B;
        } else if (value instanceof String) {
            return S;
        } else if (value instanceof List) {
            return LS;
        }
        throw new IllegalArgumentException("unsupported parameter value " + value);
    }

    /** A provider that knows {@code types}, so the checker can resolve fields of these structs. */
    static CelTypeProvider typeProvider(List<StructType> types) {
        Map<String, CelType> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.name(), t));
        return new CelTypeProvider() {
            @Override
            public ImmutableList<CelType> types() {
                return ImmutableList.copyOf(byName.values());
            }

            @Override
            public Optional<CelType> findType(String typeName) {
                return Optional.ofNullable(byName.get(typeName));
            }
        };
    }

    private static Map<SubjectKind, List<Field>> fields() {
        Map<SubjectKind, List<Field>> m = new EnumMap<>(SubjectKind.class);
        m.put(SubjectKind.EXTERNAL_PARTY, List.of(
                f("id", S, ""), f("name", S, ""),
                f("connects_at", LS, "ids of the nodes it connects at"),
                f("evidence", EVIDENCE, "connection-condition facts it declared"),
                f("connection_locations", LS,
                        "computed: distinct locations of connects_at (a site id, or the node id of a node without a site)"),
                f("distinct_sites", I, "computed: size(connection_locations)"),
                f("days_since_audit", I, "computed: days from evidence.last_audit to as_of"),
                f("months_since_audit", I,
                        "computed: least m such that last_audit is on or after as_of minus m calendar months")));
        m.put(SubjectKind.SITE, List.of(
                f("id", S, ""), f("name", S, ""), f("lat", D, ""), f("lon", D, ""), f("x", D, ""), f("y", D, ""),
                f("power", LS, "its power feeds"),
                f("security", SECURITY, "physical-security facts"),
                f("mtbf_h", D, ""), f("mttr_h", D, ""),
                f("nodes", LS, "computed: ids of the nodes at the site"),
                f("defence_nodes", I, "computed: nodes at the site owned or operated by defence"),
                f("days_since_inspection", I, "computed: days from security.last_inspection to as_of"),
                f("months_since_inspection", I, "computed: calendar months, as months_since_audit")));
        m.put(SubjectKind.NODE, List.of(
                f("id", S, ""), f("name", S, ""), f("site", S, ""), f("role", S, ""), f("vendor", S, ""),
                f("software", S, ""), f("operator", S, "'defence' or a supplier id"),
                f("owner", S, "legal owner: 'defence' or a supplier id"),
                f("groups", LS, ""), f("power", LS, "own feeds (absent when it uses its site's)"),
                f("lat", D, ""), f("lon", D, ""), f("x", D, ""), f("y", D, ""),
                f("mtbf_h", D, ""), f("mttr_h", D, ""),
                f("core", B, "computed: role is 'core' (ignoring case)")));
        m.put(SubjectKind.LINK, List.of(
                f("id", S, ""), f("name", S, ""), f("a", S, ""), f("b", S, ""),
                f("operator", S, ""), f("owner", S, ""), f("groups", LS, ""),
                f("capacity_gbps", D, ""), f("length_km", D, ""), f("latency_ms", D, ""),
                f("medium", S, ""), f("status", S, ""), f("cost", D, ""),
                f("mtbf_h", D, ""), f("mttr_h", D, ""),
                f("core", B, "computed: both ends are core nodes")));
        m.put(SubjectKind.SUPPLIER, List.of(
                f("id", S, ""), f("name", S, ""), f("parent", S, "the supplier it works for"),
                f("jurisdiction", S, ""),
                f("authorisations", ListType.create(AUTHORISATION), ""),
                f("knows", LS, "sensitive knowledge it holds"),
                f("clauses", LS, ""),
                f("mtbf_h", D, "of its event supplier:<id> (MODEL.md 1.1)"), f("mttr_h", D, ""),
                f("depth", I, "computed: 1 for a direct supplier, 2 for its subcontractor, ..."),
                f("ancestors", LS, "computed: its parent, the parent's parent, ..."),
                f("subcontractors", LS, "computed: suppliers naming it as parent"),
                f("operates", LS, "computed: ids of the nodes and links it operates itself"),
                f("owns", LS, "computed: ids of the nodes and links it legally owns"),
                f("authorisation_valid", B, "computed: it holds at least one authorisation valid at as_of")));
        m.put(SubjectKind.SERVICE, List.of(
                f("id", S, ""), f("name", S, ""), f("kind", S, "infrastructure | vital | other"),
                f("endpoints", ListType.create(LS), "each entry: alternative node ids"),
                f("depends_on", LS, "every service id named (alternatives included), each once"),
                f("depends_on_entries", ListType.create(LS), "each entry: alternative service ids"), f("never_out", I, ""), f("users", I, ""), f("category", S, ""),
                f("demand", D, ""), f("availability_target", D, ""), f("description", S, ""),
                f("sector", S, "default 'unassigned'"), f("organisation", S, ""),
                f("mtbf_h", D, ""), f("mttr_h", D, "")));
        m.put(SubjectKind.MODEL, List.of(
                f("name", S, ""),
                f("measures", ListType.create(DECLARED_MEASURE), "the declared duty-of-care measures"),
                f("site_count", I, ""), f("node_count", I, ""), f("link_count", I, ""),
                f("supplier_count", I, ""), f("service_count", I, ""), f("external_party_count", I, "")));
        m.put(SubjectKind.MEASURE, List.of(
                f("measure", S, "the key: a .. j for NIS2 article 21(2), or another declared key"),
                f("title", S, "what NIS2 asks for under that key (absent for other keys)"),
                f("declared", B, "computed: the model's measures: section declares it"),
                f("any_declared", B, "computed: the model's measures: section declares at least one measure"),
                f("status", S, "implemented | partial | planned | absent"),
                f("evidence", S, ""), f("review_date", T, ""),
                f("days_since_review", I, "computed: days from review_date to as_of"),
                f("months_since_review", I, "computed: calendar months, as months_since_audit")));
        return Collections.unmodifiableMap(m);
    }

    private static Field f(String name, CelType type, String description) {
        return new Field(name, type, description);
    }

    private static StructType struct(String name, List<Field> fields) {
        Map<String, CelType> types = new LinkedHashMap<>();
        fields.forEach(field -> types.put(field.name(), field.type()));
        return StructType.create(name, ImmutableSet.copyOf(types.keySet()),
                fieldName -> Optional.ofNullable(types.get(fieldName)));
    }
}
