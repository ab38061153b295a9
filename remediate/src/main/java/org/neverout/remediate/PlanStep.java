package org.neverout.remediate;

import java.util.List;
import java.util.Objects;

/**
 * One step of a plan: an action and what it buys, measured by an exact re-analysis of the model with it
 * (and every earlier step) applied.
 *
 * @param action             the action taken
 * @param added              ids of the elements it adds to the model, sorted
 * @param changed            ids of the existing elements it changes, sorted
 * @param violationsBefore   pairs (service, violating cut set) before the step
 * @param violationsAfter    the same after it
 * @param profileBefore      the summed profile n_0 .. n_M before
 * @param profileAfter       the same after
 * @param verdictsChanged    services whose verdict changes, in model order
 * @param resolved           the violating cut sets (findings) of before that violate no service after,
 *                           in the findings' order of before
 * @param impactRemoved      the impact ({@code ImpactWeights.impactOf}) of the services of every violating
 *                           pair the step removes, summed: the first tie-break
 * @param candidates         candidates considered in this step
 * @param analysed           of which re-analysed exactly (the others were pruned soundly or invalid)
 */
public record PlanStep(Action action, List<String> added, List<String> changed, long violationsBefore,
                       long violationsAfter, List<Long> profileBefore, List<Long> profileAfter,
                       List<VerdictChange> verdictsChanged, List<List<String>> resolved, double impactRemoved, int candidates, int analysed) {
    public PlanStep {
        Objects.requireNonNull(action, "action");
        added = added.stream().sorted().toList();
        changed = changed.stream().sorted().toList();
        profileBefore = List.copyOf(profileBefore);
        profileAfter = List.copyOf(profileAfter);
        verdictsChanged = List.copyOf(verdictsChanged);
        resolved = resolved.stream().map(List::copyOf).toList();
    }
}
