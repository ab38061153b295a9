package org.neverout.adversary;

import java.util.List;

/**
 * The exact cheapest cut of any size between a service's two single-node endpoints, over node and
 * link events only (see {@link MinimumCostCut}): no set of those events that separates them costs less.
 *
 * @param cost    the sum of its events' costs
 * @param cutSet  one cheapest separating set of node and link ids, sorted by id
 */
public record MinimumCut(double cost, List<String> cutSet) {
    public MinimumCut {
        cutSet = List.copyOf(cutSet);
    }
}
