package org.neverout.incident;

import org.neverout.model.ServiceKind;

/**
 * The state of one service after the incident.
 *
 * @param upWithoutFailure  its state with nothing failed (false: it was down before the incident)
 * @param level             0 for a service without dependencies, else one more than its deepest
 *                          dependency: the order in which a cascade is told
 * @param cause             why it is down, null when it is up
 */
public record ServiceOutcome(String id, String name, ServiceKind kind, boolean up, boolean upWithoutFailure,
                             Long users, String category, int level, ServiceCause cause) {

    /** Down now but up with nothing failed: taken down by the incident. */
    public boolean takenDown() {
        return !up && upWithoutFailure;
    }
}
