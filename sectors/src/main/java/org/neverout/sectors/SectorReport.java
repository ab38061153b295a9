package org.neverout.sectors;

import java.util.Set;
import org.neverout.engine.EventKind;

/**
 * The answer of {@link SectorAnalysis}: the services grouped by sector and by organisation, the causes
 * each grouping shares, and who shares with whom.
 *
 * @param model             the model's name
 * @param order             K, the largest cause enumerated
 * @param kinds             the enumerated event kinds
 * @param sectorsNamed      whether any service names its sector (otherwise every one is {@code unassigned}
 *                          and there can be no cross-sector cause)
 * @param sectors           the view by sector (the contract's {@code sectors} and {@code cross_sector_causes})
 * @param organisations     the same view by organisation (a service without one is {@code unassigned})
 * @param complete          false when any service's enumeration was cut short: causes may then be missing
 * @param incompleteReason  the first reason, or null
 */
public record SectorReport(String model, int order, Set<EventKind> kinds, boolean sectorsNamed, GroupView sectors,
                           GroupView organisations, boolean complete, String incompleteReason) {
    public SectorReport {
        kinds = Set.copyOf(kinds);
    }

    /** The single cause that reaches the most sectors (the first in the contract's order), or null. */
    public SharedCause widest() {
        return sectors.causes().isEmpty() ? null : sectors.causes().get(0);
    }
}
