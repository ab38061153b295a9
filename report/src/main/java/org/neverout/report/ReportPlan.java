package org.neverout.report;

import java.util.List;
import java.util.Objects;

/**
 * A remediation plan as the report shows it (plain data filled by the caller from the remediation
 * analysis; the report computes nothing): the steps in order, each with what it resolves, so the decision
 * page can take a root cause's recommended action from the step that removes it.
 *
 * @param steps    the plan's steps, in order
 * @param partial  true when a limit cut the plan short
 * @param note     why the plan ends where it does (or why it is partial), in plain words
 */
public record ReportPlan(List<Step> steps, boolean partial, String note) {
    public ReportPlan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(note, "note");
    }

    /**
     * One step.
     *
     * @param description       the action in plain words
     * @param violationsBefore  pairs (service, violating cut set) before it
     * @param violationsAfter   the same after it, measured by re-analysis
     * @param verdictsChanged   e.g. "c2-north: violated -> meets"
     * @param cost              its cost when known, else null
     * @param resolves          the violating cut sets (root causes) it removes
     */
    public record Step(String description, long violationsBefore, long violationsAfter, List<String> verdictsChanged,
                       Double cost, List<List<String>> resolves) {
        public Step {
            Objects.requireNonNull(description, "description");
            verdictsChanged = List.copyOf(verdictsChanged);
            resolves = resolves.stream().map(List::copyOf).toList();
        }
    }

    /** The number (from 1) of the first step that resolves the cut set, or 0 when none does. */
    public int stepResolving(List<String> cutSet) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).resolves().contains(cutSet)) {
                return i + 1;
            }
        }
        return 0;
    }
}
