package org.neverout.control;

/**
 * Limits of the control analysis.
 *
 * @param maxDependenceSize   largest "cannot do without" set searched per service; beyond it the report
 *                            says "more than N"
 * @param maxEvaluations      network evaluations allowed per service for that search
 * @param maxTotalEvaluations network evaluations allowed for the searches of all services together
 * @param expiryWarningDays   authorisations ending within this many days of the analysis date are
 *                            reported as expiring
 */
public record ControlLimits(int maxDependenceSize, long maxEvaluations, long maxTotalEvaluations,
                            int expiryWarningDays) {
    /**
     * Sets of up to 6 elements, 20,000 evaluations per service and 200,000 in all (a few seconds on a
     * network of a thousand nodes), 90 days' warning.
     */
    public static final ControlLimits DEFAULT = new ControlLimits(6, 20_000, 200_000, 90);

    public ControlLimits {
        if (maxDependenceSize < 1 || maxEvaluations < 1 || maxTotalEvaluations < 1 || expiryWarningDays < 0) {
            throw new IllegalArgumentException("control limits must be positive");
        }
    }
}
