package org.neverout.remediate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as plain maps and lists (insertion ordered) for the CLI to serialise: {@code {"plan": [{"action":
 * {...}, "description", "violations_before", "violations_after", "profile_before", "profile_after",
 * "verdicts_changed", "cost"}], "partial", "partial_reason", ...}} (issue 14).
 */
public final class PlanJson {
    private PlanJson() {
    }

    public static Map<String, Object> toJson(RemediationPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", plan.model());
        out.put("order", plan.order());
        out.put("violations", plan.violations());
        out.put("profile", plan.profile());
        List<Object> steps = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            steps.add(step(s));
        }
        out.put("plan", steps);
        out.put("violations_remaining", plan.remaining());
        out.put("partial", plan.partial());
        out.put("partial_reason", plan.partialReason());
        out.put("stopped_because", plan.stopReason());
        out.put("unverified", plan.unverified());
        return out;
    }

    private static Map<String, Object> step(PlanStep s) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", s.action().id());
        action.put("kind", s.action().kind().token());
        action.put("added", s.added());
        action.put("changed", s.changed());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", action);
        out.put("description", s.action().description());
        out.put("violations_before", s.violationsBefore());
        out.put("violations_after", s.violationsAfter());
        out.put("profile_before", s.profileBefore());
        out.put("profile_after", s.profileAfter());
        List<Object> verdicts = new ArrayList<>();
        for (VerdictChange v : s.verdictsChanged()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("service", v.service());
            change.put("before", v.before().token());
            change.put("after", v.after().token());
            verdicts.add(change);
        }
        out.put("verdicts_changed", verdicts);
        out.put("cost", s.action().cost());
        out.put("findings_resolved", s.resolved());
        out.put("impact_removed", s.impactRemoved());
        out.put("candidates", s.candidates());
        out.put("analysed", s.analysed());
        return out;
    }
}
