package org.neverout.report;

import java.util.List;

/**
 * Stable rule ids of NeverOut's own findings, shared by SARIF, the JSON report, diffs and gates.
 * Compliance findings keep the ids of their rules ({@code CC-01}, {@code PS-02}, user ids).
 *
 * <ul>
 *   <li>{@code NO-DOWN}: a service with a never-out requirement is down with no failure at all</li>
 *   <li>{@code NO-SPOF}: a single point of failure of a service with a never-out requirement</li>
 *   <li>{@code NO-ORDER<k>} (k = 2, 3, ...): a cut set of k simultaneous failures of a service whose
 *       {@code never_out} is at least k</li>
 *   <li>{@code NO-UNVERIFIED}: a service's never-out requirement could not be verified (the order is
 *       below its {@code never_out}, or the enumeration was cut short before finding a violation):
 *       never a pass; severity high (SARIF level error), since {@code --fail-on never-out} fails on it
 *       unless {@code --allow-unverified}</li>
 *   <li>{@code CTL-UNCONTROLLED}: a critical service does not survive on defence-operated elements alone</li>
 *   <li>{@code AV-TARGET}: a service's computed availability misses its {@code availability_target}</li>
 * </ul>
 */
public final class RuleIds {
    public static final String NEVER_OUT_DOWN = "NO-DOWN";
    public static final String NEVER_OUT_SPOF = "NO-SPOF";
    public static final String NEVER_OUT_ORDER_PREFIX = "NO-ORDER";
    public static final String NEVER_OUT_UNVERIFIED = "NO-UNVERIFIED";
    public static final String CONTROL_UNCONTROLLED = "CTL-UNCONTROLLED";
    public static final String AVAILABILITY_TARGET = "AV-TARGET";

    private RuleIds() {
    }

    /** The rule id of a never-out finding on this cut set. */
    public static String neverOut(List<String> cutSet) {
        if (cutSet.isEmpty()) {
            return NEVER_OUT_DOWN;
        }
        return cutSet.size() == 1 ? NEVER_OUT_SPOF : NEVER_OUT_ORDER_PREFIX + cutSet.size();
    }
}
