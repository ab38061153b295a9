package org.neverout.control;

import org.neverout.model.ServiceKind;

/**
 * Whether one service is military controlled: it stays up when every supplier fails at once, i.e. it
 * runs on defence-operated elements alone.
 *
 * @param downWithoutFailure  the service is down even with no failure (then it is not controlled and
 *                            no supplier element can bring it back)
 * @param dependence          for an uncontrolled service that is up with no failure: what it cannot do
 *                            without; null otherwise
 */
public record ServiceControl(String id, String name, ServiceKind kind, Long users, String category,
                             boolean controlled, boolean downWithoutFailure, SupplierDependence dependence) {
}
