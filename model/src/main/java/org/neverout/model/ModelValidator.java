package org.neverout.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.tree.Problems;
import org.neverout.model.tree.Suggestions;

/**
 * The checks across elements: id syntax, duplicate ids over all kinds, the reserved supplier id,
 * references (existence and kind), group ids that collide with other elements, self-loop links, and
 * cycles in {@code depends_on} and in supplier parents. Cost: O(ids + references + edges), plus the
 * did-you-mean search for unresolved references: each distinct wrong id is looked up once among the ids
 * of its kind ({@link Suggestions.Index}), and the look-ups of one model stop suggesting once they have
 * spent {@link #SUGGESTION_WORK} distance cells, so that a file with thousands of broken references
 * (a renamed node list) is still reported in well under a second rather than in minutes.
 */
final class ModelValidator {
    /**
     * Distance cells the did-you-mean search may spend per model: about 0.1 s, far beyond what a few
     * hundred typos need; past it, the remaining unresolved references are reported without a suggestion.
     */
    static final long SUGGESTION_WORK = 50_000_000L;

    private final Problems problems;
    private final ModelFacts facts;
    /** Each id's first declaration. */
    private final Map<String, ModelFacts.Declaration> declared = new LinkedHashMap<>();
    private final Map<ElementKind, List<String>> idsByKind = new HashMap<>();
    private final Map<ElementKind, Suggestions.Index> suggestionIndexes = new HashMap<>();
    /** The suggestion for each wrong id already looked up, per kind. */
    private final Map<ElementKind, Map<String, String>> suggested = new HashMap<>();
    private long suggestionWork;

    ModelValidator(Problems problems, ModelFacts facts) {
        this.problems = problems;
        this.facts = facts;
    }

    /**
     * Runs every check and returns where each id is first written: declarations, then group ids used
     * without a declaration at their first use.
     */
    Map<String, Location> validate(Model model) {
        declarations();
        Map<String, Location> locations = new LinkedHashMap<>();
        declared.forEach((id, d) -> locations.put(id, d.location()));
        references(locations);
        selfLoops();
        if (model != null) {
            dependsOnCycles(model);
            supplierCycles(model);
        }
        return locations;
    }

    private void declarations() {
        for (ModelFacts.Declaration d : facts.declarations) {
            if (!checkIdSyntax(d.id(), d.location(), d.kind().label() + " id")) {
                continue;
            }
            if (d.kind() == ElementKind.SUPPLIER && d.id().equals(Model.DEFENCE)) {
                problems.add(d.location(), "'" + Model.DEFENCE
                        + "' is reserved (it means defence itself) and cannot be a supplier id");
            }
            ModelFacts.Declaration first = declared.putIfAbsent(d.id(), d);
            if (first != null) {
                problems.add(d.location(), "duplicate id '" + d.id() + "': already the id of the "
                        + first.kind().label() + " at " + first.location());
            } else {
                idsByKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d.id());
            }
        }
    }

    /**
     * Ids name basic events, so they must not be empty, contain whitespace or control characters, or
     * start with the prefixes of the implicit events ({@code software:}, {@code supplier:}).
     */
    private boolean checkIdSyntax(String id, Location at, String what) {
        String problem = null;
        if (id.isEmpty()) {
            problem = "must not be empty";
        } else if (id.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c))) {
            problem = "must not contain whitespace or control characters";
        } else if (id.startsWith("software:") || id.startsWith("supplier:")) {
            problem = "must not start with '" + id.substring(0, id.indexOf(':') + 1)
                    + "' (reserved for implicit event ids)";
        }
        if (problem != null) {
            problems.add(at, what + " '" + id + "' " + problem);
            return false;
        }
        return true;
    }

    private void references(Map<String, Location> locations) {
        Set<String> checkedGroupIds = new HashSet<>();
        for (ModelFacts.Reference r : facts.references) {
            ModelFacts.Declaration target = declared.get(r.id());
            if (r.kind() == ElementKind.GROUP) {
                if (target != null && target.kind() != ElementKind.GROUP) {
                    problems.add(r.location(), "group '" + r.id() + "' in " + r.where() + " has the id of the "
                            + target.kind().label() + " at " + target.location() + " (ids are shared by all kinds)");
                } else if (target == null && checkedGroupIds.add(r.id())
                        && checkIdSyntax(r.id(), r.location(), "group id")) {
                    locations.putIfAbsent(r.id(), r.location());
                }
                continue;
            }
            if (target == null) {
                problems.add(r.location(), "unknown " + r.kind().label() + " '" + r.id() + "' in " + r.where()
                        + didYouMean(r.kind(), r.id())
                        + declareHint(r.kind())
                        + (r.kind() == ElementKind.SUPPLIER && r.where().startsWith("'parent'")
                        && r.id().equals(Model.DEFENCE) ? " (leave 'parent' out for a direct supplier)" : ""));
            } else if (target.kind() != r.kind()) {
                problems.add(r.location(), r.where() + " must name a " + r.kind().label() + ", but '" + r.id()
                        + "' is the " + target.kind().label() + " at " + target.location());
            }
        }
    }

    /** Power feeds are referenced before many modellers know they are declared too: say where. */
    private static String declareHint(ElementKind kind) {
        return kind == ElementKind.POWER_FEED ? " (declare it under power_feeds)" : "";
    }

    /** {@code "; did you mean 'x'?"} among the ids of the kind, or the empty string (see the class comment). */
    private String didYouMean(ElementKind kind, String wrong) {
        Map<String, String> memo = suggested.computeIfAbsent(kind, k -> new HashMap<>());
        String known = memo.get(wrong);
        if (known != null) {
            return known;
        }
        if (suggestionWork >= SUGGESTION_WORK) {
            return "";
        }
        Suggestions.Index index = suggestionIndexes.computeIfAbsent(kind,
                k -> new Suggestions.Index(idsByKind.getOrDefault(k, List.of())));
        long before = index.work();
        String suggestion = index.didYouMean(wrong);
        suggestionWork += index.work() - before;
        memo.put(wrong, suggestion);
        return suggestion;
    }

    private void selfLoops() {
        for (ModelFacts.LinkEnds l : facts.linkEnds) {
            if (l.a().equals(l.b())) {
                problems.add(l.location(), "link " + (l.id() == null ? "" : "'" + l.id() + "' ")
                        + "connects node '" + l.a() + "' to itself (a and b must differ)");
            }
        }
    }

    private void dependsOnCycles(Model model) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (Service s : model.services()) {
            if (s.id() != null) {
                edges.putIfAbsent(s.id(), s.dependencyIds()); // an edge to every alternative too
            }
        }
        for (List<String> cycle : Cycles.find(new ArrayList<>(edges.keySet()), edges::get)) {
            problems.add(locationOf(cycle.get(0)), "depends_on cycle: " + String.join(" -> ", cycle));
        }
    }

    private void supplierCycles(Model model) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (Supplier s : model.suppliers()) {
            if (s.id() != null) {
                edges.putIfAbsent(s.id(), s.parent() == null ? List.of() : List.of(s.parent()));
            }
        }
        for (List<String> cycle : Cycles.find(new ArrayList<>(edges.keySet()), edges::get)) {
            problems.add(locationOf(cycle.get(0)), "supplier parent cycle: " + String.join(" -> ", cycle)
                    + " (a supplier cannot be its own subcontractor)");
        }
    }

    private Location locationOf(String id) {
        ModelFacts.Declaration d = declared.get(id);
        return d == null ? Location.UNKNOWN : d.location();
    }
}
