package org.neverout.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neverout.model.tree.Binder;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * MODEL.md 1.1 {@code assign:} rules and the attribute fields of {@code defaults.node} /
 * {@code defaults.link}, resolved on the located tree before binding, so that the records and every
 * analysis see only the resolved model.
 *
 * <p>A node's or link's field comes whole from the first source that sets it: the element itself; else
 * the first rule, in order, whose glob ({@code *} any characters, {@code ?} one) matches its id and that
 * sets the field; else the attribute default. A resolved field is added to the element's mapping as the
 * rule's (or default's) own located value, so a problem with it (an unknown site, say) is reported where
 * the rule is written. The result has no {@code assign}, and {@code defaults} keeps only the reliability
 * figures. A rule that matches no element is a warning.
 *
 * <p>Cost: O(E x R) glob matches for E nodes and links and R rules, plus O(E x F) field look-ups.
 */
final class AssignRules {
    static final List<String> NODE_FIELDS = List.of("site", "role", "vendor", "software", "operator", "owner",
            "groups", "power");
    static final List<String> LINK_FIELDS = List.of("operator", "owner", "groups", "medium", "capacity_gbps", "cost");

    /** One rule: the kind it applies to, its pattern and the fields it sets, with their entries. */
    private record Rule(int number, boolean nodes, String pattern, Pattern glob, Map<String, LocatedMapping.Entry> sets,
                        LocatedNode at) {
    }

    private final Problems problems;
    private final ModelFacts facts;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, LocatedMapping.Entry> nodeDefaults = new LinkedHashMap<>();
    private final Map<String, LocatedMapping.Entry> linkDefaults = new LinkedHashMap<>();
    /** "id.field" to the rule or default that set it, for {@code show}. */
    private final Map<String, String> resolvedBy = new LinkedHashMap<>();

    private AssignRules(Problems problems, ModelFacts facts) {
        this.problems = problems;
        this.facts = facts;
    }

    /** The resolved root and, per {@code id.field}, which rule or default set it. */
    record Result(LocatedNode root, Map<String, String> resolvedBy) {
    }

    static Result resolve(LocatedNode root, Problems problems, ModelFacts facts) {
        if (!(root instanceof LocatedMapping m) || !m.has("assign") && !hasAttributeDefaults(m)) {
            return new Result(root, Map.of());
        }
        AssignRules r = new AssignRules(problems, facts);
        List<LocatedMapping.Entry> entries = new ArrayList<>();
        LocatedMapping.Entry defaults = m.entry("defaults").orElse(null);
        LocatedMapping.Entry reducedDefaults = defaults == null ? null : r.readDefaults(defaults);
        r.readRules(m.get("assign"));
        for (LocatedMapping.Entry e : m.entries()) {
            switch (e.key()) {
                case "assign" -> { }
                case "defaults" -> {
                    if (reducedDefaults != null) {
                        entries.add(reducedDefaults);
                    }
                }
                case "nodes" -> entries.add(r.apply(e, true));
                case "links" -> entries.add(r.apply(e, false));
                default -> entries.add(e);
            }
        }
        for (Rule rule : r.rules) {
            if (!r.matched.contains(rule.number)) {
                facts.warn(rule.at.location(), "assign rule " + rule.number + " ('" + (rule.nodes ? "nodes" : "links")
                        + ": " + rule.pattern + "') matches no " + (rule.nodes ? "node" : "link"));
            }
        }
        return new Result(new LocatedMapping(m.location(), entries), Map.copyOf(r.resolvedBy));
    }

    private final java.util.Set<Integer> matched = new java.util.HashSet<>();

    private static boolean hasAttributeDefaults(LocatedMapping root) {
        if (!(root.get("defaults") instanceof LocatedMapping d)) {
            return false;
        }
        for (String kind : List.of("node", "link")) {
            if (d.get(kind) instanceof LocatedMapping k) {
                for (String key : k.keys()) {
                    if (!ModelReader.RELIABILITY_FIELDS.contains(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Takes the attribute fields out of {@code defaults.node} and {@code defaults.link}; returns the
     * {@code defaults} entry with only the reliability figures (a kind left with none is dropped), or
     * null when nothing is left.
     */
    private LocatedMapping.Entry readDefaults(LocatedMapping.Entry defaults) {
        if (!(defaults.value() instanceof LocatedMapping d)) {
            return defaults; // the reader reports it
        }
        List<LocatedMapping.Entry> kept = new ArrayList<>();
        for (LocatedMapping.Entry kind : d.entries()) {
            boolean node = kind.key().equals("node");
            if (!(node || kind.key().equals("link")) || !(kind.value() instanceof LocatedMapping fields)) {
                kept.add(kind);
                continue;
            }
            List<String> attributes = node ? NODE_FIELDS : LINK_FIELDS;
            List<String> allowed = new ArrayList<>(ModelReader.RELIABILITY_FIELDS);
            allowed.addAll(attributes);
            Binder.of(fields, "'defaults." + kind.key() + "'", problems, allowed);
            List<LocatedMapping.Entry> reliability = new ArrayList<>();
            for (LocatedMapping.Entry f : fields.entries()) {
                if (attributes.contains(f.key())) {
                    (node ? nodeDefaults : linkDefaults).put(f.key(), f);
                } else if (ModelReader.RELIABILITY_FIELDS.contains(f.key())) {
                    reliability.add(f);
                }
            }
            if (!reliability.isEmpty() || fields.size() == 0) {
                kept.add(new LocatedMapping.Entry(kind.key(), kind.keyLocation(),
                        new LocatedMapping(fields.location(), reliability)));
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        return new LocatedMapping.Entry(defaults.key(), defaults.keyLocation(), new LocatedMapping(d.location(), kept));
    }

    private void readRules(LocatedNode assign) {
        if (assign == null || assign instanceof LocatedScalar s && s.isNull()) {
            return;
        }
        if (!(assign instanceof LocatedSequence seq)) {
            problems.add(assign.location(), "'assign' must be a list of rules such as {nodes: \"dhd-*\", site: DHD}, "
                    + "not " + assign.describe());
            return;
        }
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode item = seq.items().get(i);
            String owner = "assign rule " + (i + 1);
            if (!(item instanceof LocatedMapping rule)) {
                problems.add(item.location(), owner + " must be a mapping such as {nodes: \"dhd-*\", site: DHD}, not "
                        + item.describe());
                continue;
            }
            boolean nodes = rule.has("nodes");
            if (nodes == rule.has("links")) {
                problems.add(rule.location(), owner + " needs exactly one of 'nodes' or 'links' (an id pattern: "
                        + "* any characters, ? one character)");
                continue;
            }
            List<String> fields = nodes ? NODE_FIELDS : LINK_FIELDS;
            List<String> allowed = new ArrayList<>();
            allowed.add(nodes ? "nodes" : "links");
            allowed.addAll(fields);
            Binder b = Binder.of(rule, owner, problems, allowed);
            String pattern = b.requiredString(nodes ? "nodes" : "links");
            if (pattern == null) {
                continue;
            }
            Map<String, LocatedMapping.Entry> sets = new LinkedHashMap<>();
            for (LocatedMapping.Entry e : rule.entries()) {
                if (fields.contains(e.key())) {
                    sets.put(e.key(), e);
                }
            }
            if (sets.isEmpty()) {
                problems.add(rule.location(), owner + " sets nothing: give at least one of " + String.join(", ", fields));
            }
            rules.add(new Rule(i + 1, nodes, pattern, glob(pattern), sets, rule));
        }
    }

    /** A glob on ids as a regular expression: {@code *} any characters, {@code ?} one, the rest literal. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The {@code nodes} or {@code links} entry with each element's missing fields resolved. */
    private LocatedMapping.Entry apply(LocatedMapping.Entry list, boolean nodes) {
        if (!(list.value() instanceof LocatedSequence seq)) {
            return list;
        }
        List<String> fields = nodes ? NODE_FIELDS : LINK_FIELDS;
        Map<String, LocatedMapping.Entry> defaults = nodes ? nodeDefaults : linkDefaults;
        String defaultsName = nodes ? "defaults.node" : "defaults.link";
        List<LocatedNode> out = new ArrayList<>(seq.size());
        for (LocatedNode item : seq.items()) {
            if (!(item instanceof LocatedMapping element) || !(element.get("id") instanceof LocatedScalar idScalar)
                    || idScalar.type() != LocatedScalar.Type.STRING) {
                out.add(item); // the reader reports it
                continue;
            }
            String id = idScalar.text();
            List<Rule> matching = new ArrayList<>();
            for (Rule rule : rules) {
                if (rule.nodes == nodes && rule.glob.matcher(id).matches()) {
                    matching.add(rule);
                    matched.add(rule.number);
                }
            }
            List<LocatedMapping.Entry> entries = new ArrayList<>(element.entries());
            for (String field : fields) {
                if (element.has(field)) {
                    continue;
                }
                LocatedMapping.Entry set = null;
                String by = null;
                for (Rule rule : matching) {
                    set = rule.sets.get(field);
                    if (set != null) {
                        by = "assign rule " + rule.number + " (" + rule.at.location() + ")";
                        break;
                    }
                }
                if (set == null && defaults.containsKey(field)) {
                    set = defaults.get(field);
                    by = defaultsName + " (" + set.keyLocation() + ")";
                }
                if (set != null) {
                    entries.add(set);
                    resolvedBy.put(id + "." + field, by);
                }
            }
            out.add(entries.size() == element.size() ? element : new LocatedMapping(element.location(), entries));
        }
        return new LocatedMapping.Entry(list.key(), list.keyLocation(), new LocatedSequence(seq.location(), out));
    }
}
