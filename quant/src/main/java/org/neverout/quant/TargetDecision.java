package org.neverout.quant;

import java.util.Locale;

import org.neverout.engine.Figures;
import org.neverout.engine.TargetVerdict;

/**
 * A service's verdict against its availability target and what decided it. The verdict is taken on the
 * reported interval of unavailability ({@link TargetVerdict#of}): the rigorous bounds first (the exact value
 * when they coincide); when they straddle the target, the Monte Carlo confidence interval (inside the
 * bounds), whose verdict holds at its confidence level and says so. Undecided on both, the reason names the
 * interval and what could still decide it. O(1).
 *
 * @param verdict          on the reported interval
 * @param verdictOnBounds  on the rigorous bounds alone
 * @param decidedBy        "exact", "bounds of order K", "monte-carlo at 95% confidence", or null
 * @param undecidedBecause null unless undecided
 */
record TargetDecision(TargetVerdict verdict, TargetVerdict verdictOnBounds, String decidedBy,
                      String undecidedBecause) {

    /**
     * @param method    how the figure was obtained (EXACT when lower == upper)
     * @param order     the cut-set order of the bounds (ignored when exact)
     * @param interval  the Monte Carlo interval, or null
     */
    static TargetDecision of(Double target, Method method, int order, double lower, double upper,
                             ConfidenceInterval interval) {
        TargetVerdict onBounds = TargetVerdict.of(target, lower, upper);
        if (onBounds == TargetVerdict.NO_TARGET) {
            return new TargetDecision(onBounds, onBounds, null, null);
        }
        if (onBounds != TargetVerdict.UNDECIDED) {
            return new TargetDecision(onBounds, onBounds, method == Method.EXACT ? "exact" : "bounds of order " + order,
                    null);
        }
        String bounds = "the target " + Figures.targetPercent(target) + " lies between the bounds of order " + order
                + " (availability " + Figures.availabilityRange(lower, upper) + ")";
        if (interval == null) {
            return new TargetDecision(onBounds, onBounds, null, bounds
                    + "; Monte Carlo (method auto or monte-carlo) or a higher --order may decide it");
        }
        TargetVerdict atConfidence = TargetVerdict.of(target, interval.lower(), interval.upper());
        String level = String.format(Locale.ROOT, "%.0f%%", interval.level() * 100);
        if (atConfidence != TargetVerdict.UNDECIDED) {
            return new TargetDecision(atConfidence, onBounds, "monte-carlo at " + level + " confidence", null);
        }
        return new TargetDecision(onBounds, onBounds, null, bounds + ", and inside the " + level
                + " Monte Carlo interval (availability " + Figures.availabilityRange(interval.lower(), interval.upper())
                + ", " + interval.samples()
                + " samples); more --samples may decide it");
    }
}
