package org.neverout.control;

/**
 * Limits of the control analysis.
 *
 * @param maxDependenceSize   largest "cannot do without" set reported per service; beyond it the report
 *                            says "more than N" (with the set found as the best known one)
 * @param maxEvaluations      network evaluations allowed per service for the search by increasing size
 *                            (the fallback when the exact tree computation does not settle a service)
 * @param maxTotalEvaluations network evaluations allowed for the searches of all services together
 * @param expiryWarningDays   authorisations ending within this many days of the analysis date are
 *                            reported as expiring
 * @param maxExactEntries     services with at most this many endpoint entries (after dropping entries
 *                            implied by others) get the exact tree computation, whose time grows as
 *                            3^(entries - 1); services with more use the search by increasing size
 */
public record ControlLimits(int maxDependenceSize, long maxEvaluations, long maxTotalEvaluations,
                            int expiryWarningDays, int maxExactEntries) {
    /**
     * Sets of up to 100 elements, 20,000 evaluations per service and 200,000 in all for the fallback
     * search (a few seconds on a network of a thousand nodes), 90 days' warning, exact trees for up to 8
     * endpoint entries (milliseconds per service on a thousand nodes).
     */
    public static final ControlLimits DEFAULT = new ControlLimits(100, 20_000, 200_000, 90, 8);

    public ControlLimits {
        if (maxDependenceSize < 1 || maxEvaluations < 1 || maxTotalEvaluations < 1 || expiryWarningDays < 0
                || maxExactEntries < 1) {
            throw new IllegalArgumentException("control limits must be positive");
        }
    }

    /** Limits with the default {@code maxExactEntries}. */
    public ControlLimits(int maxDependenceSize, long maxEvaluations, long maxTotalEvaluations,
                         int expiryWarningDays) {
        this(maxDependenceSize, maxEvaluations, maxTotalEvaluations, expiryWarningDays, 8);
    }
}
