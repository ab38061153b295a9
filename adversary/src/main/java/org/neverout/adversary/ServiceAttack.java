package org.neverout.adversary;

import java.util.List;
import org.neverout.model.ServiceKind;

/**
 * The adversary view of one service.
 *
 * @param service           the service's id
 * @param name              its readable name, or null
 * @param kind              infrastructure, vital or other
 * @param users             its users (0 when the model gives none)
 * @param category          national impact category A or B, or null
 * @param up                whether it is up with no failure (a service down already has no attack)
 * @param complete          false when its enumeration was cut short by a limit (then the cheapest attack
 *                          is only the cheapest found, and never proven)
 * @param incompleteReason  why it is incomplete, or null
 * @param cheapest          the cheapest attack of size &lt;= K, or null when none exists
 * @param tied              every cheapest attack (the first is {@code cheapest}), in cut-set order
 * @param largerAtLeast     the bound any larger attack meets: (K + 1) x the lowest cost of an attackable
 *                          event of the enumerated kinds (own event excluded); null when there is none
 * @param anySize           the max-flow exact cheapest cut of any size, or null when it does not apply
 *                          (see {@link MinimumCostCut#applies})
 */
public record ServiceAttack(String service, String name, ServiceKind kind, long users, String category, boolean up,
                            boolean complete, String incompleteReason, CheapestAttack cheapest,
                            List<List<String>> tied, Double largerAtLeast, MinimumCut anySize) {
    public ServiceAttack {
        tied = tied.stream().map(List::copyOf).toList();
    }

    public boolean vital() {
        return kind == ServiceKind.VITAL;
    }
}
