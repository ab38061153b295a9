package org.neverout.report;

import java.util.List;

/**
 * The report's availability section: per service figures and the crown jewels, most important first.
 *
 * @param weighting  how the crown jewels weigh the services, in words (model.ImpactWeights#describe), said in
 *                   the report's legend
 */
public record AvailabilitySection(List<ServiceAvailabilityRow> services, List<CrownJewel> crownJewels,
                                  String weighting) {
    public AvailabilitySection {
        services = List.copyOf(services);
        crownJewels = List.copyOf(crownJewels);
        java.util.Objects.requireNonNull(weighting, "weighting");
    }

    /** The figures of the service with that id, or null. */
    public ServiceAvailabilityRow service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
