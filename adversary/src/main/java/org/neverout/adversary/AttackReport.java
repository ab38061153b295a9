package org.neverout.adversary;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.neverout.engine.EventKind;

/**
 * The answer of {@link AttackAnalysis}: every service's cheapest attack and the places to protect.
 *
 * @param model             the model's name
 * @param order             K, the largest attack size enumerated
 * @param kinds             the enumerated event kinds
 * @param services          one entry per service, in model order
 * @param sites             the exposed elements grouped by site: most vital services first, then most users,
 *                          then site id; the elements at no one site last
 * @param complete          false when any service's enumeration was cut short
 * @param incompleteReason  the first reason, or null
 */
public record AttackReport(String model, int order, Set<EventKind> kinds, List<ServiceAttack> services,
                           List<SiteExposure> sites, boolean complete, String incompleteReason) {
    /** Cheapest first, then more users, then id. */
    private static final Comparator<ServiceAttack> CHEAPEST_FIRST = Comparator
            .comparingDouble((ServiceAttack s) -> s.cheapest().cost())
            .thenComparing(Comparator.comparingLong(ServiceAttack::users).reversed())
            .thenComparing(ServiceAttack::service);

    public AttackReport {
        kinds = Set.copyOf(kinds);
        services = List.copyOf(services);
        sites = List.copyOf(sites);
    }

    /** The vital services that have an attack of size &lt;= K, cheapest to take down first. */
    public List<ServiceAttack> vitalRanked() {
        return services.stream().filter(s -> s.vital() && s.cheapest() != null).sorted(CHEAPEST_FIRST).toList();
    }

    /** The vital services without an attack of size &lt;= K (none attackable, or down already). */
    public List<ServiceAttack> vitalWithoutAttack() {
        return services.stream().filter(s -> s.vital() && s.cheapest() == null).toList();
    }

    /** The entry of one service, or null. */
    public ServiceAttack service(String id) {
        return services.stream().filter(s -> s.service().equals(id)).findFirst().orElse(null);
    }
}
