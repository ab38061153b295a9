package org.neverout.capacity;

import java.util.List;

/**
 * One link's figures over the scenarios (MODEL.md 1.1). Utilisation is the larger direction's load
 * divided by {@code capacity_gbps}; without a capacity (absent or 0) every utilisation and the worst
 * scenario are null.
 *
 * @param baseLoadAb       load from end a to end b with no failure
 * @param baseLoadBa       load from end b to end a with no failure
 * @param worstLoad        the larger direction's load in the worst scenario (the largest over the
 *                         scenarios when the link has no capacity)
 * @param worstScenario    the first scenario reaching the worst utilisation (sorted ids), or null
 */
public record LinkUtilisation(String id, String a, String b, Double capacityGbps, long cost, double baseLoadAb,
                              double baseLoadBa, Double baseUtilisation, Double worstUtilisation,
                              List<String> worstScenario, double worstLoad) {
    public LinkUtilisation {
        worstScenario = worstScenario == null ? null : List.copyOf(worstScenario);
    }
}
