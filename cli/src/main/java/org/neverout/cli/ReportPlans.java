package org.neverout.cli;

import org.neverout.remediate.PlanStep;
import org.neverout.remediate.RemediationPlan;
import org.neverout.report.ReportPlan;

/** A remediation plan as the report's plain records (the report depends on no analysis but the engine). */
final class ReportPlans {
    private ReportPlans() {
    }

    static ReportPlan of(RemediationPlan plan) {
        return new ReportPlan(plan.steps().stream().map(ReportPlans::step).toList(), plan.partial(),
                plan.partial() ? plan.partialReason() : plan.stopReason());
    }

    private static ReportPlan.Step step(PlanStep s) {
        return new ReportPlan.Step(s.action().description(), s.violationsBefore(), s.violationsAfter(),
                s.verdictsChanged().stream().map(v -> v.service() + ": " + v.before().token() + " -> "
                        + v.after().token()).toList(), s.action().cost(), s.resolved());
    }
}
