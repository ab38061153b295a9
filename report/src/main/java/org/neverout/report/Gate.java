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
 *   <li>never-out: every never-out finding, one per root cause ({@code NO-DOWN}, {@code NO-SPOF},
 *       {@code NO-ORDER<k>}), and every service whose verdict is {@code unverified} ({@code NO-UNVERIFIED}:
 *       the order is below its never_out, or a limit cut the enumeration short) unless
 *       {@code --allow-unverified};
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
    private final boolean allowUnverified;

    /** A gate on which an {@code unverified} never-out verdict fails (MODEL.md 1.1). */
    public Gate(Set<GateCategory> categories) {
        this(categories, false);
    }

    /**
     * @param allowUnverified  {@code --allow-unverified}: an {@code unverified} never-out verdict does not
     *                         fail the gate (it still is never reported as met)
     */
    public Gate(Set<GateCategory> categories, boolean allowUnverified) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a gate needs at least one category");
        }
        this.categories = Set.copyOf(categories);
        this.allowUnverified = allowUnverified;
    }

    /** A gate from the {@code --fail-on} value, e.g. {@code never-out,compliance}. */
    public static Gate parse(String failOn) {
        return parse(failOn, false);
    }

    /** A gate from the {@code --fail-on} value and {@code --allow-unverified}. */
    public static Gate parse(String failOn, boolean allowUnverified) {
        return new Gate(GateCategory.parse(failOn), allowUnverified);
    }

    /** Whether {@code unverified} never-out verdicts are let through. */
    public boolean allowsUnverified() {
        return allowUnverified;
    }

    public Set<GateCategory> categories() {
        return categories;
    }

    /** Gate of {@code analyze}: every violation counts. */
    public GateDecision onAnalysis(ReportInput input) {
        return decide(Violations.of(input, categories, allowUnverified), "");
    }

    /** Gate of {@code diff}: only violations the change introduces count. */
    public GateDecision onDiff(ReportInput older, ReportInput newer) {
        return decide(Violations.introduced(older, newer, categories, allowUnverified), "new ");
    }

    private GateDecision decide(List<Violation> violations, String adjective) {
        if (violations.isEmpty()) {
            return new GateDecision(false, categories, List.of(), "gate passed: no " + adjective + "violations of "
                    + tokens());
        }
        Map<GateCategory, Integer> counts = new EnumMap<>(GateCategory.class);
        int unverified = 0;
        for (Violation v : violations) {
            if (RuleIds.NEVER_OUT_UNVERIFIED.equals(v.rule())) {
                unverified++;
            } else {
                counts.merge(v.category(), 1, Integer::sum);
            }
        }
        StringJoiner parts = new StringJoiner(", ");
        counts.forEach((c, n) -> parts.add(n + " " + adjective + c.token() + (n == 1 ? " violation" : " violations")));
        if (unverified > 0) {
            parts.add(unverified + " " + adjective + (unverified == 1 ? "service" : "services")
                    + " with an unverified never-out requirement (--allow-unverified lets them pass)");
        }
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
