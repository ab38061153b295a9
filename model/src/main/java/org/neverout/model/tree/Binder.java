package org.neverout.model.tree;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.neverout.model.Location;

/**
 * Reads typed fields from one {@link LocatedMapping}, collecting a located {@link Problems} entry for
 * every unknown field, missing required field and value of the wrong type instead of failing at the
 * first. A getter returns null (or an empty list) when the field is absent, null, or wrong; the caller
 * goes on and the problems are thrown together at the end ({@link Problems#throwIfAny()}).
 *
 * <p>Typing is strict, as in the JSON Schema: a string field takes a string scalar (YAML {@code 17.2}
 * or {@code no} are a number and a boolean: quote them), a number field takes an integer or decimal,
 * an integer field an integer, a date field an ISO date {@code 2026-03-01} (a YAML date is a string).
 *
 * <pre>{@code
 * Binder b = Binder.of(mapping, "node 'dhd-1'", problems, List.of("id", "site", "groups"));
 * String site = b.string("site");
 * List<String> groups = b.strings("groups");
 * }</pre>
 */
public final class Binder {
    private final LocatedMapping mapping;
    private final String owner;
    private final Problems problems;

    private Binder(LocatedMapping mapping, String owner, Problems problems) {
        this.mapping = mapping;
        this.owner = owner;
        this.problems = problems;
    }

    /**
     * A binder over {@code mapping}, described as {@code owner} in messages (e.g. {@code node 'x'}).
     * Reports each key not in {@code allowed} as {@code unknown field 'k' in owner (allowed: ...)},
     * with a did-you-mean suggestion when one allowed name is close.
     */
    public static Binder of(LocatedMapping mapping, String owner, Problems problems, Collection<String> allowed) {
        for (LocatedMapping.Entry e : mapping.entries()) {
            if (!allowed.contains(e.key())) {
                problems.add(e.keyLocation(), "unknown field '" + e.key() + "' in " + owner
                        + " (allowed: " + String.join(", ", allowed) + ")"
                        + Suggestions.didYouMean(e.key(), allowed));
            }
        }
        return new Binder(mapping, owner, problems);
    }

    /**
     * Reads {@code node} as a mapping for a binder, or reports {@code what must be a mapping} and
     * returns null.
     */
    public static Binder ofNode(LocatedNode node, String owner, Problems problems, Collection<String> allowed) {
        if (node instanceof LocatedMapping) {
            return of((LocatedMapping) node, owner, problems, allowed);
        }
        problems.add(node.location(), owner + " must be a mapping, not " + node.describe());
        return null;
    }

    public LocatedMapping mapping() {
        return mapping;
    }

    public String owner() {
        return owner;
    }

    public Problems problems() {
        return problems;
    }

    /** True when the field is present with a non-null value. */
    public boolean has(String field) {
        return node(field) != null;
    }

    /** The field's value, or null when absent or null. */
    public LocatedNode node(String field) {
        LocatedNode n = mapping.get(field);
        return n instanceof LocatedScalar && ((LocatedScalar) n).isNull() ? null : n;
    }

    /** Where the field's value is, or where the mapping starts when the field is absent. */
    public Location location(String field) {
        LocatedNode n = mapping.get(field);
        return n == null ? mapping.location() : n.location();
    }

    /** Reports a problem about a field (at its value) in the words {@code 'field' in owner message}. */
    public void report(String field, String message) {
        problems.add(location(field), "'" + field + "' in " + owner + " " + message);
    }

    /** Reports {@code missing required field 'f' in owner} when the field is absent or null. */
    public boolean require(String field) {
        if (!has(field)) {
            problems.add(mapping.location(), "missing required field '" + field + "' in " + owner);
            return false;
        }
        return true;
    }

    public String requiredString(String field) {
        return require(field) ? string(field) : null;
    }

    // the getters below build the label of a message only when there is a problem to report: a model
    // has a few hundred thousand fields and nearly all are right

    public String string(String field) {
        LocatedNode n = node(field);
        if (n instanceof LocatedScalar && ((LocatedScalar) n).type() == LocatedScalar.Type.STRING) {
            return ((LocatedScalar) n).text();
        }
        return n == null ? null : asString(n, label(field), problems);
    }

    public Double number(String field) {
        LocatedNode n = node(field);
        if (n instanceof LocatedScalar && ((LocatedScalar) n).isNumber()) {
            double d = ((Number) ((LocatedScalar) n).value()).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        return n == null ? null : asNumber(n, label(field), problems);
    }

    public Long integer(String field) {
        LocatedNode n = node(field);
        if (n instanceof LocatedScalar && ((LocatedScalar) n).value() instanceof Long) {
            return (Long) ((LocatedScalar) n).value();
        }
        return n == null ? null : asInteger(n, label(field), problems);
    }

    public Boolean bool(String field) {
        LocatedNode n = node(field);
        return n == null ? null : asBoolean(n, label(field), problems);
    }

    public LocalDate date(String field) {
        LocatedNode n = node(field);
        return n == null ? null : asDate(n, label(field), problems);
    }

    /** A list of strings; empty when absent or null, wrong items are reported and skipped. */
    public List<String> strings(String field) {
        LocatedSequence s = sequence(field);
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            LocatedNode item = s.items().get(i);
            String v = item instanceof LocatedScalar && ((LocatedScalar) item).type() == LocatedScalar.Type.STRING
                    ? ((LocatedScalar) item).text()
                    : asString(item, "item " + (i + 1) + " of " + label(field), problems);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The field as a list, or null when absent, null or not a list (reported). */
    public LocatedSequence sequence(String field) {
        LocatedNode n = node(field);
        if (n == null) {
            return null;
        }
        if (n instanceof LocatedSequence) {
            return (LocatedSequence) n;
        }
        problems.add(n.location(), label(field) + " must be a list, not " + n.describe());
        return null;
    }

    /** The field as a mapping, or null when absent, null or not a mapping (reported). */
    public LocatedMapping mappingField(String field) {
        LocatedNode n = node(field);
        if (n == null) {
            return null;
        }
        if (n instanceof LocatedMapping) {
            return (LocatedMapping) n;
        }
        problems.add(n.location(), label(field) + " must be a mapping, not " + n.describe());
        return null;
    }

    /**
     * An enum field written as its lower-case constant name ({@code conduit} for {@code CONDUIT}); a
     * wrong value is reported with the allowed ones.
     */
    public <E extends Enum<E>> E token(String field, Class<E> type) {
        String v = string(field);
        if (v == null) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            String t = c.name().toLowerCase(Locale.ROOT);
            if (t.equals(v)) {
                return c;
            }
            allowed.add(t);
        }
        report(field, "must be one of " + String.join(", ", allowed) + ", not '" + v + "'"
                + Suggestions.didYouMean(v, allowed));
        return null;
    }

    /** A string field restricted to {@code allowed} values. */
    public String oneOf(String field, List<String> allowed) {
        String v = string(field);
        if (v == null || allowed.contains(v)) {
            return v;
        }
        report(field, "must be one of " + String.join(", ", allowed) + ", not '" + v + "'"
                + Suggestions.didYouMean(v, allowed));
        return null;
    }

    private String label(String field) {
        return "'" + field + "' in " + owner;
    }

    // ---- conversions of single nodes, usable without a binder ----

    /** A string scalar, or null with {@code what must be a string, not ...} reported. */
    public static String asString(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedScalar && ((LocatedScalar) node).type() == LocatedScalar.Type.STRING) {
            return ((LocatedScalar) node).text();
        }
        String hint = node instanceof LocatedScalar && !((LocatedScalar) node).isNull()
                ? " (quote it: \"" + ((LocatedScalar) node).text() + "\")" : "";
        problems.add(node.location(), what + " must be a string, not " + node.describe() + hint);
        return null;
    }

    /** A finite number (integer or decimal), or null with a problem reported. */
    public static Double asNumber(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedScalar && ((LocatedScalar) node).isNumber()) {
            double d = ((Number) ((LocatedScalar) node).value()).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            problems.add(node.location(), what + " must be a finite number, not " + node.describe());
            return null;
        }
        problems.add(node.location(), what + " must be a number, not " + node.describe());
        return null;
    }

    /** An integer that fits in a long, or null with a problem reported. */
    public static Long asInteger(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedScalar && ((LocatedScalar) node).value() instanceof Long) {
            return (Long) ((LocatedScalar) node).value();
        }
        boolean big = node instanceof LocatedScalar && ((LocatedScalar) node).type() == LocatedScalar.Type.INTEGER;
        problems.add(node.location(), what + (big ? " is too large" : " must be an integer, not " + node.describe()));
        return null;
    }

    public static Boolean asBoolean(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedScalar && ((LocatedScalar) node).type() == LocatedScalar.Type.BOOLEAN) {
            return (Boolean) ((LocatedScalar) node).value();
        }
        problems.add(node.location(), what + " must be true or false, not " + node.describe());
        return null;
    }

    /** An ISO date such as {@code 2026-03-01}, or null with a problem reported. */
    public static LocalDate asDate(LocatedNode node, String what, Problems problems) {
        if (node instanceof LocatedScalar && ((LocatedScalar) node).type() == LocatedScalar.Type.STRING) {
            try {
                return LocalDate.parse(((LocatedScalar) node).text());
            } catch (DateTimeParseException e) {
                // fall through to the problem below
            }
        }
        problems.add(node.location(), what + " must be a date like 2026-03-01, not " + node.describe());
        return null;
    }
}
