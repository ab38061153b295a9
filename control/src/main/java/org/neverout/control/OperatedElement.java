package org.neverout.control;

/**
 * A node or link operated by a supplier (not by defence).
 *
 * @param id           the element's id
 * @param kind         {@code node} or {@code link}
 * @param operator     the supplier that operates it (possibly a subcontractor)
 * @param topSupplier  the supplier at the top of the operator's subcontracting chain (the operator itself
 *                     when it has no parent)
 */
public record OperatedElement(String id, String kind, String operator, String topSupplier) {
}
