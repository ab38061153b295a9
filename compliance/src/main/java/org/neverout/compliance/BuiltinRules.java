package org.neverout.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.tree.Binder;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;

/**
 * The built-in rule packs (connection conditions, physical security, supply chain, duty of care), kept as
 * data in {@value #RESOURCE} inside the jar and evaluated exactly like user rules.
 *
 * @param packs       in file order: CC, PS, SC, DC
 * @param parameters  every threshold parameter with its default, in file order
 * @param measures    the duty-of-care catalogue (NIS2 article 21(2) (a) to (j)): key to title
 */
public record BuiltinRules(List<RulePack> packs, Map<String, Object> parameters, Map<String, String> measures) {
    public static final String RESOURCE = "/org/neverout/compliance/builtin-rules.yaml";

    private static final BuiltinRules INSTANCE = read();

    public BuiltinRules {
        packs = List.copyOf(packs);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** The built-in packs of this build (read and type-checked once). */
    public static BuiltinRules load() {
        return INSTANCE;
    }

    /** Every built-in rule, pack by pack. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        packs.forEach(p -> out.addAll(p.rules()));
        return out;
    }

    private static BuiltinRules read() {
        byte[] bytes;
        try (InputStream in = BuiltinRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(LocatedParser.parse(bytes, "builtin-rules.yaml", Format.YAML));
    }

    /**
     * Reads packs from a tree in the built-in format and type-checks every rule. A defect here is a defect
     * of the build, but is still reported with its position.
     */
    static BuiltinRules parse(LocatedNode root) {
        Problems problems = new Problems();
        RuleReader reader = new RuleReader(problems);
        Binder file = Binder.ofNode(root, "the built-in rules", problems, List.of("packs", "measures"));
        List<RulePack> packs = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Location> parameterOwners = new LinkedHashMap<>();
        Map<String, String> measures = new LinkedHashMap<>();
        if (file != null) {
            LocatedSequence packNodes = file.sequence("packs");
            for (LocatedNode packNode : packNodes == null ? List.<LocatedNode>of() : packNodes.items()) {
                Binder p = Binder.ofNode(packNode, "pack", problems, List.of("prefix", "name", "title", "rules"));
                if (p == null) {
                    continue;
                }
                String prefix = p.requiredString("prefix");
                String name = p.requiredString("name");
                String title = p.requiredString("title");
                List<Rule> rules = reader.builtinRules(p.sequence("rules"), name);
                for (Rule rule : rules) {
                    if (prefix != null && !rule.id().startsWith(prefix + "-")) {
                        problems.add(rule.location(), "rule '" + rule.id() + "' must carry its pack's prefix " + prefix + "-");
                    }
                    rule.parameters().forEach((param, value) -> {
                        Object earlier = parameters.putIfAbsent(param, value);
                        if (earlier != null && !earlier.equals(value)) {
                            problems.add(rule.location(), "parameter '" + param + "' has default " + value
                                    + " here but " + earlier + " at " + parameterOwners.get(param));
                        }
                        parameterOwners.putIfAbsent(param, rule.location());
                    });
                }
                packs.add(new RulePack(prefix, name, title, rules));
            }
            LocatedSequence measureNodes = file.sequence("measures");
            for (LocatedNode m : measureNodes == null ? List.<LocatedNode>of() : measureNodes.items()) {
                Binder b = Binder.ofNode(m, "measure", problems, List.of("measure", "title"));
                if (b != null) {
                    String key = b.requiredString("measure");
                    String title = b.requiredString("title");
                    if (key != null && title != null) {
                        measures.put(key, title);
                    }
                }
            }
        }
        problems.throwIfAny();
        RuleCompiler compiler = RuleCompiler.forParameters(parameters);
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                try {
                    compiler.compile(rule);
                } catch (InvalidModelException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        problems.throwIfAny();
        return new BuiltinRules(packs, parameters, measures);
    }
}
