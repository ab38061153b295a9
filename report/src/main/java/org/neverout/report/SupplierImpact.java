package org.neverout.report;

import java.util.List;

/**
 * What goes down when a supplier (with its subcontractors) is lost, withdrawn or untrusted.
 *
 * @param id            the supplier id
 * @param servicesLost  ids of the services that go down, in model order
 */
public record SupplierImpact(String id, List<String> servicesLost) {
    public SupplierImpact {
        servicesLost = List.copyOf(servicesLost);
    }
}
