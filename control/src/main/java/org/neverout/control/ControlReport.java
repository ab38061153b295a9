package org.neverout.control;

import java.time.LocalDate;
import java.util.List;

import org.neverout.model.ServiceKind;

/**
 * The answer to "military owned and controlled": per service whether defence keeps it running on its
 * own elements, and per supplier what its loss costs, what it operates, owns and knows, and the state of
 * its authorisations.
 *
 * @param services        one entry per service, model order
 * @param suppliers       every supplier, top suppliers in file order each followed by its subcontractors
 *                        (depth first, file order)
 * @param criticalOrder   largest cut set order used to call an element critical (see
 *                        {@link SensitiveKnowledge}); 0 when no cut sets were available
 * @param mostHarmfulSupplier the supplier whose loss takes down the most vital services (then users,
 *                        then services), or null when losing any single supplier takes nothing down
 */
public record ControlReport(String model, LocalDate asOf, int expiryWarningDays, List<ServiceControl> services,
                            List<SupplierControl> suppliers, int criticalOrder, String mostHarmfulSupplier) {
    public ControlReport {
        services = List.copyOf(services);
        suppliers = List.copyOf(suppliers);
    }

    /** The entry of the service with that id, or null. */
    public ServiceControl service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The entry of the supplier with that id, or null. */
    public SupplierControl supplier(String id) {
        return suppliers.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public List<ServiceControl> vitalServices() {
        return services.stream().filter(s -> s.kind() == ServiceKind.VITAL).toList();
    }

    public long vitalControlledCount() {
        return vitalServices().stream().filter(ServiceControl::controlled).count();
    }

    /** Direct subcontractors of a supplier, in report order. */
    public List<SupplierControl> subcontractorsOf(String supplierId) {
        return suppliers.stream().filter(s -> supplierId.equals(s.parent())).toList();
    }
}
