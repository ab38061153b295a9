package org.neverout.engine;

/**
 * A service's availability against its {@code availability_target}, decided on the reported interval
 * [lower, upper] of its unavailability (rigorous bounds, or a Monte Carlo confidence interval inside them,
 * which the quant module says): met when the upper end is within the target (even the lowest availability
 * 1 - upper reaches it), not met when the lower end is beyond it (even the highest, 1 - lower, falls short),
 * undecided when the target lies inside. Computed by the quant module; the {@code availability} command and
 * every report show this one verdict.
 */
public enum TargetVerdict {
    MET("met"),
    NOT_MET("not met"),
    UNDECIDED("undecided"),
    /** The service has no {@code availability_target}. */
    NO_TARGET("no target");

    private final String token;

    TargetVerdict(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** The verdict for unavailability bounds [lower, upper] against an availability target (null: none). */
    public static TargetVerdict of(Double target, double lower, double upper) {
        if (target == null) {
            return NO_TARGET;
        }
        if (1.0 - upper >= target) {
            return MET;
        }
        if (1.0 - lower < target) {
            return NOT_MET;
        }
        return UNDECIDED;
    }
}
