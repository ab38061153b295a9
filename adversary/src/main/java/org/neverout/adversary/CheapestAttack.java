package org.neverout.adversary;

import java.util.List;

/**
 * A service's cheapest attack (MODEL.md 1.1 "Adversary view"): the minimal cut set of size &lt;= K, its
 * own event excluded, every event attackable, with the lowest cost (ties to the first in cut-set order).
 *
 * @param cost    the sum of its events' costs
 * @param cutSet  the events, sorted by id
 * @param proven  true when no larger set can be cheaper: cost &lt;= (K + 1) x the lowest cost of any
 *                attackable event of the enumerated kinds (the service's own event excluded)
 * @param sites   the distinct sites its events stand in (see {@link ElementSites}), sorted
 */
public record CheapestAttack(double cost, List<String> cutSet, boolean proven, List<String> sites) {
    public CheapestAttack {
        cutSet = List.copyOf(cutSet);
        sites = List.copyOf(sites);
    }
}
