package org.neverout.remediate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.io.ModelWriter;
import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * The user's candidates file ({@code --candidates FILE}): each a named change with an optional cost.
 *
 * <pre>
 * candidates:
 *   - name: second-time-vendor
 *     cost: 12000
 *     patch:                      # sections of the model format; whole or partial elements
 *       nodes:
 *         - {id: ntp-2, software: chrony-4.5}      # an existing id: the fields given replace the node's
 *       links:
 *         - {id: l-new, a: hrd-core-1, b: dhd-core-1, groups: [duct-new]}   # a new id: a new element
 * </pre>
 *
 * <p>Every candidate is checked by the model loader itself: the model with the patch applied is bound and
 * validated, so unknown ids, invalid fields and cycles are refused with the candidates file's line and
 * column (exit 2). A patch may not remove anything (lists given replace the element's list, nothing else
 * goes) nor change a service's {@code never_out}: lowering a requirement is no remediation.
 *
 * <p>Cost: one model write and, per candidate, one bind of the patched model: O(candidates x model size).
 */
public final class UserCandidates {
    /** The patch sections, in the model format's names. */
    static final List<String> SECTIONS = List.of("sites", "power_feeds", "nodes", "links", "groups", "services",
            "external_parties");
    private static final Set<String> CANDIDATE_KEYS = Set.of("name", "patch", "cost");

    private UserCandidates() {
    }

    /** Reads the file's candidates against {@code model}, refusing (all problems at once) any bad one. */
    public static List<Action> read(Path file, Model model) {
        String fileName = file.toString();
        byte[] bytes = LocatedParser.readBytes(file, fileName, LoaderLimits.DEFAULT);
        return parse(bytes, fileName, model);
    }

    /** As {@link #read} from bytes named {@code fileName} in messages. */
    public static List<Action> parse(byte[] bytes, String fileName, Model model) {
        Problems problems = new Problems();
        LocatedNode root = LocatedParser.parse(bytes, fileName, Format.YAML, LoaderLimits.DEFAULT, problems);
        problems.throwIfAny();
        List<LocatedMapping> items = candidates(root, fileName);
        String modelName = "<" + model.name() + " as written>";
        LocatedMapping modelTree = (LocatedMapping) LocatedParser.parse(
                ModelWriter.toYaml(model).getBytes(StandardCharsets.UTF_8), modelName, Format.YAML);
        List<Action> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (LocatedMapping item : items) {
            Action a = candidate(item, modelTree, model, problems, names);
            if (a != null) {
                out.add(a);
            }
        }
        problems.throwIfAny();
        return out;
    }

    private static List<LocatedMapping> candidates(LocatedNode root, String fileName) {
        if (!(root instanceof LocatedMapping m) || !(m.get("candidates") instanceof LocatedSequence seq)) {
            throw new InvalidModelException(root.location(),
                    "a candidates file is a mapping with a list 'candidates:' of {name, patch, cost}");
        }
        for (String key : m.keys()) {
            if (!key.equals("candidates")) {
                throw new InvalidModelException(m.entry(key).orElseThrow().keyLocation(),
                        "unknown field '" + key + "': a candidates file has only 'candidates'");
            }
        }
        List<LocatedMapping> items = new ArrayList<>();
        for (LocatedNode n : seq.items()) {
            if (!(n instanceof LocatedMapping item)) {
                throw new InvalidModelException(n.location(), "a candidate is a mapping {name, patch, cost}, not "
                        + n.describe());
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new InvalidModelException(seq.location(), "the candidates list is empty");
        }
        return items;
    }

    private static Action candidate(LocatedMapping item, LocatedMapping modelTree, Model model, Problems problems,
                                    Set<String> names) {
        for (LocatedMapping.Entry e : item.entries()) {
            if (!CANDIDATE_KEYS.contains(e.key())) {
                problems.add(e.keyLocation(), "unknown field '" + e.key() + "' (a candidate has name, patch, cost)");
            }
        }
        String name = item.get("name") instanceof LocatedScalar s && s.value() instanceof String str && !str.isBlank()
                ? str : null;
        if (name == null) {
            problems.add(item.location(), "a candidate needs a 'name' (a non-empty string)");
        } else if (!names.add(name)) {
            problems.add(item.get("name").location(), "duplicate candidate name '" + name + "'");
        }
        Double cost = null;
        LocatedNode c = item.get("cost");
        if (c != null) {
            if (c instanceof LocatedScalar s && s.isNumber() && ((Number) s.value()).doubleValue() >= 0) {
                cost = ((Number) s.value()).doubleValue();
            } else {
                problems.add(c.location(), "'cost' must be a number >= 0, not " + c.describe());
            }
        }
        if (!(item.get("patch") instanceof LocatedMapping patch) || patch.size() == 0) {
            problems.add(item.location(), "a candidate needs a 'patch': a mapping of model sections ("
                    + String.join(", ", SECTIONS) + ") with the elements to add or change");
            return null;
        }
        Map<String, List<String>> patchIds = new LinkedHashMap<>();
        Map<String, LocatedNode> merged = new LinkedHashMap<>();
        modelTree.entries().forEach(e -> merged.put(e.key(), e.value()));
        Map<String, Location> keyLocations = new HashMap<>();
        modelTree.entries().forEach(e -> keyLocations.put(e.key(), e.keyLocation()));
        boolean ok = true;
        for (LocatedMapping.Entry section : patch.entries()) {
            if (!SECTIONS.contains(section.key())) {
                problems.add(section.keyLocation(), "unknown patch section '" + section.key() + "' (one of "
                        + String.join(", ", SECTIONS) + ")");
                ok = false;
                continue;
            }
            if (!(section.value() instanceof LocatedSequence elements)) {
                problems.add(section.value().location(), "patch section '" + section.key() + "' must be a list, not "
                        + section.value().describe());
                ok = false;
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<LocatedNode> items = merged.get(section.key()) instanceof LocatedSequence existing
                    ? new ArrayList<>(existing.items()) : new ArrayList<>();
            for (LocatedNode element : elements.items()) {
                if (!(element instanceof LocatedMapping em) || !(em.get("id") instanceof LocatedScalar idScalar)
                        || !(idScalar.value() instanceof String id)) {
                    problems.add(element.location(), "an element of a patch is a mapping with an 'id'");
                    ok = false;
                    continue;
                }
                ids.add(id);
                int at = indexOf(items, id);
                if (at >= 0) {
                    items.set(at, overlay((LocatedMapping) items.get(at), em));
                } else {
                    items.add(em);
                }
            }
            patchIds.put(section.key(), ids);
            merged.put(section.key(), new LocatedSequence(section.value().location(), items));
            keyLocations.putIfAbsent(section.key(), section.keyLocation());
        }
        if (!ok || name == null) {
            return null;
        }
        List<LocatedMapping.Entry> entries = new ArrayList<>();
        merged.forEach((k, v) -> entries.add(new LocatedMapping.Entry(k, keyLocations.get(k), v)));
        Model patched;
        try {
            patched = ModelLoader.bind(new LocatedMapping(modelTree.location(), entries), modelTree.location().file(),
                    null);
        } catch (InvalidModelException e) {
            problems.addAll(e.problems().stream().map(p -> new org.neverout.model.Problem(p.location(),
                    "candidate '" + name + "': " + p.message())).toList());
            return null;
        }
        for (String id : patchIds.getOrDefault("services", List.of())) {
            Service before = model.services().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
            Service after = patched.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            if (before != null && before.neverOut() != after.neverOut()) {
                problems.add(locate(patch, "services", id), "candidate '" + name + "' changes never_out of '" + id
                        + "': a plan must meet the requirements, not lower them");
                return null;
            }
        }
        return new Action("user:" + name, ActionKind.USER, name, cost, toPatch(patched, patchIds));
    }

    private static Location locate(LocatedMapping patch, String section, String id) {
        if (patch.get(section) instanceof LocatedSequence seq) {
            int at = indexOf(seq.items(), id);
            if (at >= 0) {
                return seq.items().get(at).location();
            }
        }
        return patch.location();
    }

    private static int indexOf(List<LocatedNode> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof LocatedMapping m && m.get("id") instanceof LocatedScalar s
                    && id.equals(s.value())) {
                return i;
            }
        }
        return -1;
    }

    /** The element with the patch's fields put over it (a field given replaces the element's). */
    private static LocatedMapping overlay(LocatedMapping base, LocatedMapping patch) {
        Map<String, LocatedMapping.Entry> entries = new LinkedHashMap<>();
        base.entries().forEach(e -> entries.put(e.key(), e));
        patch.entries().forEach(e -> entries.put(e.key(), e));
        return new LocatedMapping(patch.location(), new ArrayList<>(entries.values()));
    }

    private static ModelPatch toPatch(Model patched, Map<String, List<String>> ids) {
        return new ModelPatch(
                pick(patched.sites(), ids.get("sites"), Site::id),
                pick(patched.powerFeeds(), ids.get("power_feeds"), PowerFeed::id),
                pick(patched.nodes(), ids.get("nodes"), Node::id),
                pick(patched.links(), ids.get("links"), Link::id),
                pick(patched.groups(), ids.get("groups"), Group::id),
                pick(patched.services(), ids.get("services"), Service::id),
                pick(patched.externalParties(), ids.get("external_parties"), ExternalParty::id));
    }

    private static <T> List<T> pick(List<T> all, List<String> ids, java.util.function.Function<T, String> id) {
        if (ids == null) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>(ids);
        return all.stream().filter(e -> wanted.contains(id.apply(e))).toList();
    }
}
