package org.neverout.control;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an uncontrolled service cannot do without: a minimum-size set of supplier-operated elements such
 * that, when they keep working while every other supplier-operated element fails, the service is up.
 *
 * @param exact      true when {@code elements} is such a minimum set (several minimum sets may exist;
 *                   this is the first in model order: nodes before links, each in file order)
 * @param elements   when exact, the minimum set; otherwise the elements known to be needed (every set
 *                   that restores the service contains them), possibly empty
 * @param moreThan   when not exact: no set of this size or fewer restores the service (the search was cut
 *                   off at the size or work limit); 0 when exact
 * @param note       why the search is not exact, null when it is
 */
public record SupplierDependence(boolean exact, List<OperatedElement> elements, int moreThan, String note) {
    public SupplierDependence {
        elements = List.copyOf(elements);
    }

    /** The distinct operators of the elements, in the elements' order. */
    public List<String> operators() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        elements.forEach(e -> out.add(e.operator()));
        return List.copyOf(out);
    }

    /** The distinct top suppliers (contract holders) of the elements, in the elements' order. */
    public List<String> topSuppliers() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        elements.forEach(e -> out.add(e.topSupplier()));
        return List.copyOf(out);
    }
}
