package org.neverout.capacity;

import java.util.List;

/**
 * Services affected in one scenario (unroutable, or congested).
 *
 * @param scenario the scenario's event ids, sorted ({@code []} for no failure)
 * @param services the services' ids, sorted
 * @param users    the sum of their {@code users}
 */
public record ScenarioServices(List<String> scenario, List<String> services, long users) {
    public ScenarioServices {
        scenario = List.copyOf(scenario);
        services = List.copyOf(services);
    }
}
