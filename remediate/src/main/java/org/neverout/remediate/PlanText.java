package org.neverout.remediate;

import java.util.List;
import java.util.Locale;

/** A plan in plain words, step by step, for people (the {@code remediate} command's text output). */
public final class PlanText {
    private PlanText() {
    }

    public static String toText(RemediationPlan plan) {
        StringBuilder b = new StringBuilder();
        b.append("Remediation plan for ").append(plan.model()).append(" (cut sets up to order ").append(plan.order())
                .append(")\n");
        if (plan.nothingToFix()) {
            b.append("Nothing to fix: no service violates its never-out requirement.\n");
            return b.toString();
        }
        b.append("Now: ").append(violations(plan.violations())).append(", by size ").append(sizes(plan.profile()))
                .append(".\n\n");
        if (plan.steps().isEmpty()) {
            b.append(plan.violations() == 0 ? "UNVERIFIED: " : "No step found: ").append(plan.stopReason())
                    .append(".\n");
        }
        int i = 1;
        for (PlanStep s : plan.steps()) {
            b.append(i++).append(". ").append(capitalise(s.action().description())).append('\n');
            b.append("   ").append(violations(s.violationsBefore())).append(" -> ").append(s.violationsAfter())
                    .append("; by size ").append(sizes(s.profileBefore())).append(" -> ").append(sizes(s.profileAfter()))
                    .append('\n');
            if (!s.verdictsChanged().isEmpty()) {
                b.append("   verdicts: ");
                List<VerdictChange> v = s.verdictsChanged();
                for (int k = 0; k < v.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append(v.get(k).service()).append(' ').append(v.get(k).before().token())
                            .append(" -> ").append(v.get(k).after().token());
                }
                b.append('\n');
            }
            b.append("   change: ");
            if (!s.added().isEmpty()) {
                b.append("adds ").append(String.join(", ", s.added()));
            }
            if (!s.changed().isEmpty()) {
                b.append(s.added().isEmpty() ? "" : "; ").append("changes ").append(String.join(", ", s.changed()));
            }
            if (s.action().cost() != null) {
                b.append("; cost ").append(String.format(Locale.ROOT, "%.1f", s.action().cost()));
            }
            b.append('\n');
        }
        b.append('\n');
        if (plan.partial()) {
            b.append("PARTIAL plan: ").append(plan.partialReason()).append("; the steps above are the ones found so far.\n");
        } else if (!plan.steps().isEmpty()) {
            b.append("Left after these steps: ").append(violations(plan.remaining())).append(" (the plan ends here: ")
                    .append(plan.stopReason()).append(").\n");
        }
        if (!plan.unverified().isEmpty() && !(plan.steps().isEmpty() && plan.violations() == 0)) {
            b.append("Unverified at order ").append(plan.order()).append(" (requirement above the order analysed): ")
                    .append(String.join(", ", plan.unverified())).append(".\n");
        }
        return b.toString();
    }

    private static String violations(long n) {
        return n + " never-out violation" + (n == 1 ? "" : "s");
    }

    /** The summed profile n_0, n_1, ... as "[0, 12, 40]". */
    private static String sizes(List<Long> profile) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < profile.size(); k++) {
            b.append(k == 0 ? "" : ", ").append(profile.get(k));
        }
        return b.append(']').toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
