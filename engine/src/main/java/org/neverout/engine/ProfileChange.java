package org.neverout.engine;

import java.util.Objects;

import org.neverout.model.ServiceKind;

/**
 * One service whose never-out profile differs between OLD and NEW (MODEL.md 1.1 "Diff: what got
 * worse").
 *
 * @param service   the service id (in NEW)
 * @param kind      its kind in NEW (for the gate's severities)
 * @param before    its profile in OLD (all zeros when the service is new)
 * @param after     its profile in NEW
 * @param complete  false when either side's enumeration of it was cut short: the counts may then
 *                  differ only because of the limit
 */
public record ProfileChange(String service, ServiceKind kind, CutSetProfile before, CutSetProfile after,
                            boolean complete) {
    public ProfileChange {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.counts().size() != after.counts().size()) {
            throw new IllegalArgumentException("profiles of " + service + " differ in length: " + before + " and "
                    + after);
        }
        if (before.firstDifference(after) < 0) {
            throw new IllegalArgumentException("profiles of " + service + " are equal: not a change");
        }
    }

    /** The smallest size where the profiles differ: the one that decides. */
    public int size() {
        return before.firstDifference(after);
    }

    /** More ways to fail at the smallest size that changed. */
    public boolean regressed() {
        return after.compareTo(before) > 0;
    }

    /** Fewer ways to fail at the smallest size that changed. */
    public boolean improved() {
        return after.compareTo(before) < 0;
    }
}
