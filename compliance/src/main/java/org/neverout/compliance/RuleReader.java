package org.neverout.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neverout.model.Location;
import org.neverout.model.Severity;
import org.neverout.model.tree.Binder;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * Reads rules from a located YAML/JSON tree, strictly: unknown fields, missing required fields, wrong
 * types, bad tokens, malformed or duplicate ids are all reported with their file position.
 */
final class RuleReader {
    /** A rule id: a letter or digit, then letters, digits, {@code -}, {@code _} or {@code .}; at most 64. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static final List<String> USER_FIELDS =
            List.of("id", "title", "applies_to", "require", "severity", "rationale", "when", "message");
    private static final List<String> BUILTIN_FIELDS =
            List.of("id", "title", "applies_to", "require", "severity", "rationale", "when", "message", "params");

    private final Problems problems;
    private final Map<String, Location> seenIds = new HashMap<>();

    RuleReader(Problems problems) {
        this.problems = problems;
    }

    /** A user rule file: a mapping with one field, {@code rules}, a list of rules in the MODEL.md format. */
    List<Rule> userFile(LocatedNode root) {
        Binder file = Binder.ofNode(root, "the rule file", problems, List.of("rules"));
        if (file == null || !file.require("rules")) {
            return List.of();
        }
        return rules(file.sequence("rules"), Rule.USER_PACK, USER_FIELDS);
    }

    /** The list of rules under a {@code rules:} key, each read into pack {@code pack}. */
    List<Rule> rules(LocatedSequence sequence, String pack, List<String> allowed) {
        List<Rule> out = new ArrayList<>();
        if (sequence == null) {
            return out;
        }
        for (int i = 0; i < sequence.size(); i++) {
            Rule rule = rule(sequence.items().get(i), i + 1, pack, allowed);
            if (rule != null) {
                out.add(rule);
            }
        }
        return out;
    }

    /** A built-in rule: the user fields plus {@code params} (threshold name to default). */
    List<Rule> builtinRules(LocatedSequence sequence, String pack) {
        return rules(sequence, pack, BUILTIN_FIELDS);
    }

    private Rule rule(LocatedNode node, int index, String pack, List<String> allowed) {
        String owner = "rule " + index;
        if (node instanceof LocatedMapping m && m.get("id") instanceof LocatedScalar s
                && s.type() == LocatedScalar.Type.STRING) {
            owner = "rule '" + s.text() + "'";
        }
        Binder b = Binder.ofNode(node, owner, problems, allowed);
        if (b == null) {
            return null;
        }
        int before = problems.size();
        String id = b.requiredString("id");
        String title = b.requiredString("title");
        String require = b.requiredString("require");
        b.require("applies_to");
        b.require("severity");
        SubjectKind kind = token(b, "applies_to", SubjectKind.tokens(), SubjectKind::fromToken);
        Severity severity = token(b, "severity", Severity.tokens(), Severity::fromToken);
        String rationale = b.string("rationale");
        String when = b.string("when");
        String message = b.string("message");
        Map<String, Object> params = allowed.contains("params") ? params(b) : Map.of();
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                b.report("id", "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
            } else {
                Location first = seenIds.putIfAbsent(id, b.location("id"));
                if (first != null) {
                    b.report("id", "repeats rule id '" + id + "' (first at " + first + ")");
                }
            }
        }
        if (title != null && title.isBlank()) {
            b.report("title", "must not be empty");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Rule(id, title.strip(), rationale, kind, severity, require, when, pack, message, params,
                b.mapping().location());
    }

    private <T> T token(Binder b, String field, String tokens, java.util.function.Function<String, java.util.Optional<T>> parse) {
        String v = b.string(field);
        if (v == null) {
            return null;
        }
        return parse.apply(v).orElseGet(() -> {
            b.report(field, "must be one of " + tokens + ", not '" + v + "'");
            return null;
        });
    }

    private Map<String, Object> params(Binder b) {
        Map<String, Object> out = new LinkedHashMap<>();
        LocatedMapping m = b.mappingField("params");
        if (m == null) {
            return out;
        }
        for (LocatedMapping.Entry e : m.entries()) {
            Object value = paramValue(e.value(), "parameter '" + e.key() + "' in " + b.owner());
            if (value != null) {
                out.put(e.key(), value);
            }
        }
        return out;
    }

    private Object paramValue(LocatedNode node, String what) {
        if (node instanceof LocatedScalar s && !s.isNull()) {
            Object v = s.value();
            if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String) {
                return v;
            }
        } else if (node instanceof LocatedSequence seq) {
            List<String> items = new ArrayList<>();
            for (LocatedNode item : seq.items()) {
                String v = Binder.asString(item, "item of " + what, problems);
                if (v == null) {
                    return null;
                }
                items.add(v);
            }
            return List.copyOf(items);
        }
        problems.add(node.location(), what + " must be an integer, a number, true/false, a string or a list of "
                + "strings, not " + node.describe());
        return null;
    }
}
