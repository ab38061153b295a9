package org.neverout.quant;

import java.util.List;

import org.neverout.engine.TargetVerdict;
import org.neverout.model.ServiceKind;

/**
 * The quantified availability of one service.
 *
 * @param method          how {@code unavailability} was obtained: EXACT, BOUNDS or MONTE_CARLO
 * @param unavailability  the value (exact), the conservative upper bound (bounds), or the Monte Carlo point
 *                        estimate (monte-carlo), always inside [lower, upper]
 * @param lower           rigorous lower bound of the true unavailability (equal to it when exact)
 * @param upper           rigorous upper bound (equal to it when exact)
 * @param interval        the Monte Carlo confidence interval (inside [lower, upper]), or null
 * @param target          the service's availability target, or null
 * @param verdict         against the target on the reported interval ({@link #reportedLower()},
 *                        {@link #reportedUpper()}): met when its upper end is within the target, not met when
 *                        its lower end is beyond it, else undecided ({@link TargetVerdict#of})
 * @param verdictOnBounds the verdict on the rigorous bounds alone (equal to {@code verdict} without Monte Carlo)
 * @param decidedBy       what decided the verdict: "exact", "bounds of order K" or "monte-carlo at 95%
 *                        confidence"; null when undecided or without a target
 * @param undecidedBecause why the verdict stayed undecided (and what could decide it), or null
 * @param importanceBasis "exact", "cut sets of order <= K" or "none" (why, in {@code notes})
 */
public record ServiceAvailability(String id, ServiceKind kind, Long users, Method method, double unavailability,
                                  double lower, double upper, ConfidenceInterval interval, Double target,
                                  TargetVerdict verdict, TargetVerdict verdictOnBounds, String decidedBy,
                                  String undecidedBecause, String importanceBasis, List<ImportanceMeasure> importance,
                                  List<String> notes) {
    /** Minutes in a year of 8,760 hours. */
    public static final double MINUTES_PER_YEAR = org.neverout.engine.Figures.MINUTES_PER_YEAR;

    public ServiceAvailability {
        importance = List.copyOf(importance);
        notes = List.copyOf(notes);
    }

    /** Lower end of the reported interval: the Monte Carlo interval's when there is one, else the bound. */
    public double reportedLower() {
        return interval == null ? lower : interval.lower();
    }

    /** Upper end of the reported interval: the Monte Carlo interval's when there is one, else the bound. */
    public double reportedUpper() {
        return interval == null ? upper : interval.upper();
    }

    public double availability() {
        return 1.0 - unavailability;
    }

    /** Expected downtime: unavailability x 525,600 minutes (8,760 h per year). */
    public double downtimeMinutesPerYear() {
        return unavailability * MINUTES_PER_YEAR;
    }
}
