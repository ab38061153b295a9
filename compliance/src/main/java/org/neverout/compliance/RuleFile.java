package org.neverout.compliance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.Problems;

/**
 * A user's rule file in the MODEL.md rule format:
 *
 * <pre>{@code
 * rules:
 *   - id: USR-01
 *     title: Security patches within 30 days
 *     applies_to: external_party      # external_party | supplier | site | node | link | service | model | measure
 *     require: "evidence.patch_days <= 30"
 *     severity: medium                # low | medium | high | critical
 *     rationale: ...                  # optional
 *     when: "..."                     # optional CEL filter selecting the subjects the rule applies to
 *     message: "..."                  # optional CEL string describing a violation (NeverOut extension)
 * }</pre>
 *
 * Reading is strict and every rule is type-checked with CEL against the declared type of its subject
 * kind ({@link CelSchema}), so a typo in a field name fails at load, not silently at check time.
 */
public final class RuleFile {
    /** Rule files are small; anything larger is refused before it is read. */
    static final LoaderLimits LIMITS = LoaderLimits.DEFAULT.withMaxBytes(4L * 1024 * 1024);

    private RuleFile() {
    }

    /**
     * Reads and type-checks the rules of one file ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @throws InvalidModelException naming the file, line and column of every problem; for an expression
     *                               that does not type-check, also the rule id, which expression and the
     *                               line:column inside it
     */
    public static List<Rule> load(Path file) {
        Format format = Format.of(file).orElse(Format.YAML);
        return parse(LocatedParser.parse(file, file.toString(), format, LIMITS));
    }

    /** Reads and type-checks rules from text (YAML, or JSON), named {@code fileName} in messages. */
    public static List<Rule> parse(String text, String fileName) {
        Format format = Format.ofFileName(fileName).orElse(Format.YAML);
        return parse(LocatedParser.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), fileName, format,
                LIMITS));
    }

    private static List<Rule> parse(LocatedNode root) {
        Problems problems = new Problems();
        List<Rule> rules = new RuleReader(problems).userFile(root);
        problems.throwIfAny();
        RuleCompiler compiler = RuleCompiler.forParameters(BuiltinRules.load().parameters());
        List<Rule> checked = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                compiler.compile(rule);
                checked.add(rule);
            } catch (InvalidModelException e) {
                problems.addAll(e.problems());
            }
        }
        if (rules.isEmpty()) {
            problems.add(root.location().line() > 0 ? root.location() : new Location(root.location().file(), 1, 1),
                    "the rule file declares no rules");
        }
        problems.throwIfAny();
        return List.copyOf(checked);
    }
}
