package org.neverout.sectors;

import java.util.List;

/**
 * One sector (or organisation) with its services.
 *
 * @param group     the sector or organisation id
 * @param services  its services' ids, sorted
 * @param users     the sum of their {@code users} (a service without users counts 0)
 */
public record GroupSummary(String group, List<String> services, long users) {
    public GroupSummary {
        services = List.copyOf(services);
    }
}
