package org.neverout.remediate;

import java.util.List;

import org.neverout.model.Model;

/**
 * A remediation plan: the steps chosen greedily, each proven by re-analysis.
 *
 * @param model          the model's name
 * @param order          the analysed order K
 * @param violations     pairs (service, violating cut set) of the model as it is
 * @param profile        its summed profile
 * @param steps          the steps in order (empty when there is nothing to fix or nothing helps)
 * @param remaining      violations left after the last step
 * @param partial        true when a limit cut the plan short (the steps found so far are listed)
 * @param partialReason  why, or null
 * @param stopReason     why the plan ends where it does, in plain words (also when not partial)
 * @param unverified     services whose never-out verdict is unverified after the last step (their requirement
 *                       exceeds the order analysed): no violation found for them is not a proof that they meet it
 */
public record RemediationPlan(String model, int order, long violations, List<Long> profile, List<PlanStep> steps,
                              long remaining, boolean partial, String partialReason, String stopReason,
                              List<String> unverified) {
    public RemediationPlan {
        profile = List.copyOf(profile);
        steps = List.copyOf(steps);
        unverified = List.copyOf(unverified);
        if (partial && partialReason == null) {
            throw new IllegalArgumentException("a partial plan says why");
        }
    }

    /**
     * The original model with the first {@code n} steps applied: every original element kept.
     *
     * @throws IllegalArgumentException when n is not between 1 and the number of steps
     */
    public Model applyTo(Model original, int n) {
        if (n < 1 || n > steps.size()) {
            throw new IllegalArgumentException("the plan has " + steps.size() + " step" + (steps.size() == 1 ? "" : "s")
                    + ": cannot apply " + n);
        }
        Model m = original;
        for (int i = 0; i < n; i++) {
            m = steps.get(i).action().patch().applyTo(m);
        }
        return m;
    }

    /** Nothing to fix: the model has no never-out violation and no unverified requirement. */
    public boolean nothingToFix() {
        return violations == 0 && unverified.isEmpty();
    }
}
