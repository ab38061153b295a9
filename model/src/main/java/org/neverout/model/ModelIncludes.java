package org.neverout.model;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neverout.model.tree.Binder;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * MODEL.md 1.1 {@code include:}: reads the included files and appends their lists, in include order,
 * after the including file's own (depth first, so an included file's own includes come right after its
 * own items). The result is one located tree without {@code include}, in which every node keeps the
 * location in the file where it is written, so that every later problem is located there.
 *
 * <p>A file reached twice (by any path) or a cycle is a problem located at the {@code include} item
 * that reaches it again, naming the files. An included file holds only the top-level lists (and
 * {@code include}). All files together are bounded by {@link LoaderLimits#maxBytes()}.
 *
 * <p>Cost: linear in the total size of the files plus, per list, the number of items.
 */
final class ModelIncludes {
    /** The top-level lists an included file may hold. */
    static final List<String> LIST_FIELDS = List.of("sites", "power_feeds", "nodes", "links", "groups",
            "suppliers", "services", "external_parties", "software_versions");
    private static final List<String> INCLUDED_FILE_FIELDS;

    static {
        List<String> fields = new ArrayList<>(LIST_FIELDS);
        fields.add("include");
        INCLUDED_FILE_FIELDS = List.copyOf(fields);
    }

    /** The merged tree and the SHA-256 of every file read (of the one file's bytes when nothing is included). */
    record Result(LocatedNode root, String sha256, List<String> files) {
    }

    private final LoaderLimits limits;
    private final Problems problems;
    private final Deque<String> stack = new ArrayDeque<>();
    /** Every file read so far (normalised absolute path) and where it was first reached. */
    private final Map<String, String> reached = new LinkedHashMap<>();
    private final Map<String, List<LocatedNode>> items = new LinkedHashMap<>();
    private final Map<String, LocatedMapping.Entry> firstEntry = new LinkedHashMap<>();
    private final MessageDigest digest;
    private final List<String> files = new ArrayList<>();
    private long totalBytes;

    private ModelIncludes(LoaderLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /**
     * Resolves the includes of a parsed model file.
     *
     * @param fileName the file as named in messages; included files are named relative to it
     * @param bytes    the file's bytes (for the digest)
     */
    static Result resolve(LocatedNode root, String fileName, byte[] bytes, LoaderLimits limits, Problems problems) {
        ModelIncludes includes = new ModelIncludes(limits, problems);
        includes.digest.update(bytes);
        includes.files.add(fileName);
        if (!(root instanceof LocatedMapping m) || !m.has("include")) {
            return new Result(root, HexFormat.of().formatHex(includes.digest.digest()), includes.files);
        }
        includes.totalBytes = bytes.length;
        String key = key(fileName);
        includes.reached.put(key, fileName);
        includes.stack.push(fileName);
        includes.collect(m, fileName);
        return new Result(includes.merge(m), HexFormat.of().formatHex(includes.digest.digest()), includes.files);
    }

    private static String key(String fileName) {
        return Path.of(fileName).toAbsolutePath().normalize().toString();
    }

    /** Collects the lists of {@code file} (whose tree is {@code m}), then those of its includes in order. */
    private void collect(LocatedMapping m, String file) {
        for (LocatedMapping.Entry e : m.entries()) {
            if (LIST_FIELDS.contains(e.key())) {
                firstEntry.putIfAbsent(e.key(), e);
                if (e.value() instanceof LocatedSequence seq) {
                    items.computeIfAbsent(e.key(), k -> new ArrayList<>()).addAll(seq.items());
                } else if (!(e.value() instanceof LocatedScalar s && s.isNull())) {
                    problems.add(e.value().location(), "'" + e.key() + "' must be a list, not " + e.value().describe());
                }
            }
        }
        LocatedNode include = m.get("include");
        if (include == null || include instanceof LocatedScalar s && s.isNull()) {
            return;
        }
        if (!(include instanceof LocatedSequence seq)) {
            problems.add(include.location(), "'include' must be a list of file names (relative to " + file
                    + "), not " + include.describe());
            return;
        }
        for (int i = 0; i < seq.size(); i++) {
            LocatedNode item = seq.items().get(i);
            String name = Binder.asString(item, "item " + (i + 1) + " of 'include' in " + file, problems);
            if (name != null) {
                includeFile(item, name, file);
            }
        }
    }

    private void includeFile(LocatedNode item, String name, String includingFile) {
        if (name.isBlank()) {
            problems.add(item.location(), "an included file name must not be empty");
            return;
        }
        Path parent = Path.of(includingFile).getParent();
        String shown = (parent == null ? Path.of(name) : parent.resolve(name)).normalize().toString();
        String key = key(shown);
        if (stack.contains(shown) || stack.stream().map(ModelIncludes::key).anyMatch(key::equals)) {
            List<String> cycle = new ArrayList<>(stack);
            java.util.Collections.reverse(cycle);
            int start = cycle.stream().map(ModelIncludes::key).toList().indexOf(key);
            String chain = cycle.subList(Math.max(start, 0), cycle.size()).stream().collect(Collectors.joining(" -> "));
            problems.add(item.location(), "include cycle: " + chain + " -> " + shown);
            return;
        }
        String first = reached.get(key);
        if (first != null) {
            problems.add(item.location(), "file " + shown + " is reached twice (already included via "
                    + first + "): include each file once");
            return;
        }
        Format format = Format.ofFileName(shown).orElse(null);
        if (format == null) {
            problems.add(item.location(), "included file " + shown + " must be .yaml, .yml or .json");
            return;
        }
        reached.put(key, includingFile);
        LocatedNode tree;
        try {
            byte[] bytes = LocatedParser.readBytes(Path.of(shown), shown, limits);
            totalBytes += bytes.length;
            if (totalBytes > limits.maxBytes()) {
                problems.add(item.location(), "the model's files together are over the limit of "
                        + limits.maxBytes() + " bytes: refused at " + shown);
                return;
            }
            digest.update(bytes);
            files.add(shown);
            // its own collector: a parse error throws together with what the collector already holds
            Problems own = new Problems();
            tree = LocatedParser.parse(bytes, shown, format, limits, own);
            problems.addAll(own.sorted());
        } catch (InvalidModelException e) {
            if (e.problems().size() == 1 && e.problems().get(0).location().line() <= 0) {
                // the file itself is missing or unreadable: say so where it is included
                problems.add(item.location(), "included file " + shown + ": " + e.problems().get(0).message());
            } else {
                problems.addAll(e.problems());
            }
            return;
        }
        Binder b = Binder.ofNode(tree, "included file " + shown, problems,
                INCLUDED_FILE_FIELDS);
        if (b == null) {
            return;
        }
        stack.push(shown);
        collect(b.mapping(), shown);
        stack.pop();
    }

    /** The root file's entries with each list replaced by the merged one; lists only included come last. */
    private LocatedMapping merge(LocatedMapping root) {
        List<LocatedMapping.Entry> entries = new ArrayList<>();
        for (LocatedMapping.Entry e : root.entries()) {
            if (e.key().equals("include")) {
                continue;
            }
            if (items.containsKey(e.key())) {
                entries.add(new LocatedMapping.Entry(e.key(), e.keyLocation(),
                        new LocatedSequence(e.value().location(), items.get(e.key()))));
            } else {
                entries.add(e);
            }
        }
        for (Map.Entry<String, List<LocatedNode>> list : items.entrySet()) {
            if (!root.has(list.getKey())) {
                LocatedMapping.Entry first = firstEntry.get(list.getKey());
                entries.add(new LocatedMapping.Entry(list.getKey(), first.keyLocation(),
                        new LocatedSequence(first.value().location(), list.getValue())));
            }
        }
        return new LocatedMapping(root.location(), entries);
    }
}
