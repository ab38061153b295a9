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
 * @param interval        the Monte Carlo confidence interval, or null
 * @param target          the service's availability target, or null
 * @param verdict         against the target on the rigorous bounds [lower, upper]
 * @param verdictAtConfidence the verdict on the Monte Carlo interval instead (holds at its confidence level);
 *                        null without Monte Carlo
 * @param importanceBasis "exact", "cut sets of order <= K" or "none" (why, in {@code notes})
 */
public record ServiceAvailability(String id, ServiceKind kind, Long users, Method method, double unavailability,
                                  double lower, double upper, ConfidenceInterval interval, Double target,
                                  TargetVerdict verdict, TargetVerdict verdictAtConfidence, String importanceBasis, List<ImportanceMeasure> importance,
                                  List<String> notes) {
    /** Minutes in a year of 8,760 hours. */
    public static final double MINUTES_PER_YEAR = 8760.0 * 60.0;

    public ServiceAvailability {
        importance = List.copyOf(importance);
        notes = List.copyOf(notes);
    }

    public double availability() {
        return 1.0 - unavailability;
    }

    /** Expected downtime: unavailability x 525,600 minutes (8,760 h per year). */
    public double downtimeMinutesPerYear() {
        return unavailability * MINUTES_PER_YEAR;
    }
}
