package org.neverout.report.diff;

import java.util.List;
import org.neverout.engine.NeverOutVerdict;

/**
 * One service compared between an old and a new model version. "Before" fields are null for an added
 * service, "after" fields for a removed one; control and downtime fields are null when that section
 * is missing on a side.
 *
 * @param added             minimal cut sets of the new version not in the old one (new order)
 * @param removed           minimal cut sets of the old version not in the new one (old order)
 * @param complete          false when either side's enumeration was cut short (the sets may then differ
 *                          only because of the limit)
 * @param verdictBefore     the never-out verdict in the old version (MODEL.md 1.1), null for an added service
 * @param violationsBefore  cut sets other than {@code [S]} within its {@code never_out} in the old version
 * @param summary           one line in words, e.g. "this change adds 3 single points of failure to c2-north"
 */
public record ServiceDiff(String id, ServiceChange change, Boolean upBefore, Boolean upAfter, boolean complete,
                          List<List<String>> added, List<List<String>> removed, NeverOutVerdict verdictBefore,
                          NeverOutVerdict verdictAfter, Integer violationsBefore, Integer violationsAfter,
                          Boolean controlledBefore, Boolean controlledAfter, Double downtimeBefore,
                          Double downtimeAfter, String summary) {
    public ServiceDiff {
        added = added.stream().map(List::copyOf).toList();
        removed = removed.stream().map(List::copyOf).toList();
    }

    /** Added cut sets of exactly {@code size} events. */
    public long addedOfSize(int size) {
        return added.stream().filter(c -> c.size() == size).count();
    }

    /** Removed cut sets of exactly {@code size} events. */
    public long removedOfSize(int size) {
        return removed.stream().filter(c -> c.size() == size).count();
    }
}
