package org.neverout.control;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an uncontrolled service cannot do without: a minimum-size set of supplier-operated elements such
 * that, when they keep working while every other supplier-operated element fails, the service is up.
 *
 * @param exact      true when {@code elements} is such a minimum set (several minimum sets may exist;
 *                   for a service without dependencies this is the first in model order: nodes before
 *                   links, each in file order)
 * @param elements   when exact, the minimum set; otherwise the elements known to be needed (every set
 *                   that restores the service contains them), possibly empty
 * @param moreThan   when not exact: no set of this size or fewer restores the service (proven by a bound
 *                   or by a search cut off at the size or work limit); 0 when exact
 * @param note       why the answer is not exact, null when it is
 * @param bestKnown  a set known to restore the service: when exact, {@code elements}; otherwise the
 *                   smallest one found (possibly not a minimum), empty when none was found
 */
public record SupplierDependence(boolean exact, List<OperatedElement> elements, int moreThan, String note,
                                 List<OperatedElement> bestKnown) {
    public SupplierDependence {
        elements = List.copyOf(elements);
        bestKnown = bestKnown == null ? List.of() : List.copyOf(bestKnown);
        if (exact && !bestKnown.equals(elements)) {
            throw new IllegalArgumentException("an exact answer is its own best known set");
        }
    }

    /** An answer without a best known set beyond the exact one. */
    public SupplierDependence(boolean exact, List<OperatedElement> elements, int moreThan, String note) {
        this(exact, elements, moreThan, note, exact ? elements : List.of());
    }

    /** The exact minimum set. */
    static SupplierDependence exactly(List<OperatedElement> elements) {
        return new SupplierDependence(true, elements, 0, null, elements);
    }

    /** The proven lower bound on the size of a restoring set: the size when exact, else moreThan + 1. */
    public int lowerBound() {
        return exact ? elements.size() : moreThan + 1;
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
