package org.neverout.sectors;

import java.util.List;
import java.util.Objects;

/**
 * One cause shared across groups (sectors or organisations): a non-empty minimal cut set C of size &lt;= K,
 * other than a service's own event, of services in at least two different groups (MODEL.md 1.1
 * "Sectors and cross-sector dependencies").
 *
 * @param cutSet    the basic events, sorted by id
 * @param groups    the groups (sector or organisation ids) of the services it takes down, sorted
 * @param services  every service of which it is such a cut set, sorted by id
 * @param users     the sum of those services' {@code users}
 * @param kind      the kind of cause in plain words ("a shared software version", "a cable duct and a link")
 */
public record SharedCause(List<String> cutSet, List<String> groups, List<String> services, long users, String kind) {
    public SharedCause {
        cutSet = List.copyOf(cutSet);
        groups = List.copyOf(groups);
        services = List.copyOf(services);
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the cause reaches that group. */
    public boolean reaches(String group) {
        return groups.contains(group);
    }
}
