package org.neverout.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A CI gate ({@code --fail-on never-out|control|compliance|any}, comma-separated).
 *
 * <p>Semantics:
 * <ul>
 *   <li>{@link #onAnalysis}: fails when the analysed model has <em>any</em> violation of the selected
 *       categories.</li>
 *   <li>{@link #onDiff}: fails only on <em>new</em> violations: present in the new model and not in the
 *       old one, compared by {@link Violation#key()} (category, rule, subject and, for never-out, the
 *       exact cut set). A violation that is fixed or was already there never fails a diff, so a
 *       repository with known debt can still gate every merge request. Raising a service's
 *       {@code never_out} makes its newly covered cut sets new violations.</li>
 *   <li>never-out: every never-out finding ({@code NO-DOWN}, {@code NO-SPOF}, {@code NO-ORDER<k>});
 *       control: every critical service (vital, or with a never-out requirement) that does not survive
 *       on defence-operated elements alone ({@code CTL-UNCONTROLLED}); compliance: every compliance
 *       finding, whatever its severity (the {@code check} command gates by severity instead).</li>
 *   <li>A selected category needs its data: gating on control or compliance without the control
 *       analysis or compliance check is refused with {@link IllegalArgumentException} (exit 2), never
 *       passed silently.</li>
 * </ul>
 */
public final class Gate {
    private final Set<GateCategory> categories;

    public Gate(Set<GateCategory> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a gate needs at least one category");
        }
        this.categories = Set.copyOf(categories);
    }

    /** A gate from the {@code --fail-on} value, e.g. {@code never-out,compliance}. */
    public static Gate parse(String failOn) {
        return new Gate(GateCategory.parse(failOn));
    }

    public Set<GateCategory> categories() {
        return categories;
    }

    /** Gate of {@code analyze}: every violation counts. */
    public GateDecision onAnalysis(ReportInput input) {
        return decide(Violations.of(input, categories), "");
    }

    /** Gate of {@code diff}: only violations the change introduces count. */
    public GateDecision onDiff(ReportInput older, ReportInput newer) {
        return decide(Violations.introduced(older, newer, categories), "new ");
    }

    private GateDecision decide(List<Violation> violations, String adjective) {
        if (violations.isEmpty()) {
            return new GateDecision(false, categories, List.of(), "gate passed: no " + adjective + "violations of "
                    + tokens());
        }
        Map<GateCategory, Integer> counts = new EnumMap<>(GateCategory.class);
        violations.forEach(v -> counts.merge(v.category(), 1, Integer::sum));
        StringJoiner parts = new StringJoiner(", ");
        counts.forEach((c, n) -> parts.add(n + " " + adjective + c.token() + (n == 1 ? " violation" : " violations")));
        return new GateDecision(true, categories, violations, "gate failed: " + parts);
    }

    private String tokens() {
        StringJoiner joiner = new StringJoiner(", ");
        for (GateCategory c : GateCategory.values()) {
            if (categories.contains(c)) {
                joiner.add(c.token());
            }
        }
        return joiner.toString();
    }
}
