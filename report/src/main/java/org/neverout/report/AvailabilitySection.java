package org.neverout.report;

import java.util.List;

/** The report's availability section: per service figures and the crown jewels, most important first. */
public record AvailabilitySection(List<ServiceAvailabilityRow> services, List<CrownJewel> crownJewels) {
    public AvailabilitySection {
        services = List.copyOf(services);
        crownJewels = List.copyOf(crownJewels);
    }

    /** The figures of the service with that id, or null. */
    public ServiceAvailabilityRow service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
