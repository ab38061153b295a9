package org.neverout.remediate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neverout.io.ModelWriter;
import org.neverout.model.Model;

/**
 * The model with the first N steps of a plan applied, as YAML ({@code --apply N --out FIXED}): written by
 * the model writer (every original element kept: patches never remove one), with a header naming the
 * steps and a {@code # added by remediate} comment above every new element ({@code # changed by
 * remediate} above every changed one). O(model size).
 */
public final class FixedModelWriter {
    /** A top-level element's first line in the writer's YAML: two spaces, a dash, its id. */
    private static final Pattern ELEMENT = Pattern.compile("^  - id: ['\"]?(.+?)['\"]?$");

    private FixedModelWriter() {
    }

    public static String toYaml(Model original, RemediationPlan plan, int steps) {
        Model fixed = plan.applyTo(original, steps);
        Set<String> added = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (PlanStep s : plan.steps().subList(0, steps)) {
            added.addAll(s.added());
            changed.addAll(s.changed());
        }
        changed.removeAll(added);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(original.name()).append(" with the first ").append(steps).append(" step")
                .append(steps == 1 ? "" : "s").append(" of 'neverout remediate' applied:\n");
        List<PlanStep> taken = plan.steps().subList(0, steps);
        for (int i = 0; i < taken.size(); i++) {
            b.append("#   ").append(i + 1).append(". ").append(taken.get(i).action().description()).append('\n');
        }
        b.append("# New elements are marked '# added by remediate', changed ones '# changed by remediate'.\n");
        for (String line : ModelWriter.toYaml(fixed).split("\n", -1)) {
            Matcher m = ELEMENT.matcher(line);
            if (m.matches()) {
                if (added.contains(m.group(1))) {
                    b.append("  # added by remediate\n");
                } else if (changed.contains(m.group(1))) {
                    b.append("  # changed by remediate\n");
                }
            }
            b.append(line).append('\n');
        }
        while (b.length() > 1 && b.charAt(b.length() - 1) == '\n' && b.charAt(b.length() - 2) == '\n') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }
}
