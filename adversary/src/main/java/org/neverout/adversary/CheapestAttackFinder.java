package org.neverout.adversary;

import java.util.ArrayList;
import java.util.List;
import org.neverout.engine.ServiceResult;

/**
 * Picks a service's cheapest attack from its minimal cut sets (MODEL.md 1.1): skip the empty set (a
 * service down with no failure has no attack), the service's own event {@code [S]} and every set with an
 * event that is not attackable; keep the lowest cost, ties to the first in cut-set order (the engine's
 * order). The minimal cut sets restricted to attackable events are exactly the engine's sets that hold
 * only attackable events, so no second enumeration is needed. O(total size of the cut sets).
 */
final class CheapestAttackFinder {
    /** The cheapest attacks of one service: all tied ones in cut-set order (empty when there is none). */
    record Found(double cost, List<List<String>> tied) {
    }

    private CheapestAttackFinder() {
    }

    static Found find(ServiceResult result, AttackCosts costs) {
        double best = Double.POSITIVE_INFINITY;
        List<List<String>> tied = new ArrayList<>();
        for (List<String> cut : result.cutSets()) {
            if (cut.isEmpty() || (cut.size() == 1 && cut.get(0).equals(result.id()))) {
                continue;
            }
            double cost = costs.cost(cut);
            if (Double.isNaN(cost) || cost > best) {
                continue;
            }
            if (cost < best) {
                best = cost;
                tied.clear();
            }
            tied.add(cut);
        }
        return new Found(best, tied);
    }

    /**
     * MODEL.md's {@code proven}: {@code cost <= (K + 1) x lowest}, where {@code lowest} is the lowest cost
     * of an attackable event of the enumerated kinds other than the service's own (null: none).
     */
    static boolean proven(double cost, int order, Double lowest) {
        return lowest != null && cost <= (order + 1) * lowest;
    }
}
