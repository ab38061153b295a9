package org.neverout.report;

import java.util.List;

/**
 * The report's control and supplier section: per service whether defence controls it, and per supplier
 * what its loss takes down. Filled from the control analysis by the caller.
 */
public record ControlSection(List<ServiceControlRow> services, List<SupplierImpact> suppliers) {
    public ControlSection {
        services = List.copyOf(services);
        suppliers = List.copyOf(suppliers);
    }

    /** The control status of the service with that id, or null when the section does not list it. */
    public ServiceControlRow service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
