package org.neverout.control;

import org.neverout.model.ServiceKind;

/**
 * Whether one service is military controlled: it stays up when every supplier fails at once, i.e. it
 * runs on defence-operated elements alone.
 *
 * @param controlled          up after every supplier event at once (runs on defence-operated elements)
 * @param owned               up in the state where every node and link whose {@code owner} is not
 *                            defence is down (MODEL.md 1.1 "Owned": legal ownership, as controlled is
 *                            operation; both must hold for "military owned and controlled")
 * @param downWithoutFailure  the service is down even with no failure (then it is not controlled and
 *                            no supplier element can bring it back)
 * @param dependence          for an uncontrolled service that is up with no failure: what it cannot do
 *                            without; null otherwise
 */
public record ServiceControl(String id, String name, ServiceKind kind, Long users, String category,
                             boolean controlled, boolean owned, boolean downWithoutFailure, SupplierDependence dependence) {
}
