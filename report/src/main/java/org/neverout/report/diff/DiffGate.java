package org.neverout.report.diff;

import org.neverout.engine.ProfileChanges;
import org.neverout.engine.ProfileChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Severity;
import org.neverout.model.ServiceKind;
import org.neverout.report.Gate;
import org.neverout.report.GateCategory;
import org.neverout.report.GateDecision;
import org.neverout.report.ReportInput;
import org.neverout.report.Violation;

/**
 * The gate of {@code diff --fail-on} (MODEL.md 1.1 "Diff: what got worse"). For never-out it fails
 * exactly on the change's regressions ({@link ProfileChanges}), and on every {@code unverified}
 * verdict of NEW unless unverified verdicts are allowed, and likewise on every service whose regression
 * check was cut short by a limit ({@link AnalysisDiff#cutShort()}): a change that trades a single point of
 * failure for pairs passes, however many pairs it adds. Control and compliance keep {@link Gate}'s
 * rule (violations of NEW whose key OLD lacks).
 *
 * <p>Severity of a regression: critical when a vital service gets worse at size 0 or 1, high for
 * another vital service, medium otherwise. Cost: linear in the regressions and violations.
 */
public final class DiffGate {
    /** Rule id of a never-out regression. */
    public static final String REGRESSION = "NO-REGRESSION";
    /** Rule id of an unverified never-out verdict of NEW. */
    public static final String UNVERIFIED = "NO-UNVERIFIED";

    private DiffGate() {
    }

    /**
     * @param allowUnverified  {@code --allow-unverified}: unverified verdicts of NEW do not fail the gate
     * @throws IllegalArgumentException when a control or compliance gate lacks its section
     */
    public static GateDecision decide(Gate gate, AnalysisDiff diff, ReportInput older, ReportInput newer,
                                      boolean allowUnverified) {
        Set<GateCategory> categories = gate.categories();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (categories.contains(GateCategory.NEVER_OUT) || categories.contains(GateCategory.ANY)) {
            for (ProfileChange c : diff.regressions()) {
                violations.add(new Violation(GateCategory.NEVER_OUT, REGRESSION, c.service(), List.of(),
                        severity(c), "never-out regression: " + DiffWords.profileLine(c)));
            }
            counts.put("never-out regression", diff.regressions().size());
            if (!allowUnverified) {
                for (NeverOutVerdict v : diff.unverified()) {
                    violations.add(new Violation(GateCategory.NEVER_OUT, UNVERIFIED, v.service(), List.of(),
                            Severity.MEDIUM, v.service() + ": " + DiffWords.verdict(v)
                            + " (--allow-unverified accepts it)"));
                }
                counts.put("unverified never-out verdict", diff.unverified().size());
                for (String service : diff.cutShort()) {
                    violations.add(new Violation(GateCategory.NEVER_OUT, UNVERIFIED, service, List.of(),
                            Severity.MEDIUM, service + ": regression check cut short by a limit (the enumeration "
                            + "of the old or new model is incomplete; --allow-unverified accepts it)"));
                }
                counts.put("regression check cut short", diff.cutShort().size());
            }
        }
        EnumSet<GateCategory> others = EnumSet.noneOf(GateCategory.class);
        for (GateCategory c : categories) {
            if (c == GateCategory.CONTROL || c == GateCategory.COMPLIANCE) {
                others.add(c);
            }
        }
        if (!others.isEmpty()) {
            List<Violation> introduced = new Gate(others).onDiff(older, newer).violations();
            violations.addAll(introduced);
            for (GateCategory c : others) {
                counts.put("new " + c.token() + " violation",
                        (int) introduced.stream().filter(v -> v.category() == c).count());
            }
        }
        StringJoiner parts = new StringJoiner(", ");
        if (violations.isEmpty()) {
            counts.keySet().forEach(what -> parts.add(DiffWords.count(0, what).replace("0 ", "no ")));
            return new GateDecision(false, categories, List.of(), "gate passed: " + parts);
        }
        counts.forEach((what, n) -> {
            if (n > 0) {
                parts.add(DiffWords.count(n, what));
            }
        });
        return new GateDecision(true, categories, violations, "gate failed: " + parts);
    }

    private static Severity severity(ProfileChange c) {
        if (c.kind() != ServiceKind.VITAL) {
            return Severity.MEDIUM;
        }
        return c.size() <= 1 ? Severity.CRITICAL : Severity.HIGH;
    }
}
