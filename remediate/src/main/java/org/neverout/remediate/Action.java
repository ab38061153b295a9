package org.neverout.remediate;

import java.util.Objects;

/**
 * One candidate change to the model: a small, concrete action a network engineer would recognise.
 *
 * @param id           a stable key, unique among one step's candidates (the last tie-break, so plans are
 *                     deterministic), e.g. {@code new-link:HRD-1:DHD-2}
 * @param kind         what sort of action
 * @param description  the action in plain words, e.g. "add a link hrd-1 - dhd-2 (~84 km, new conduit)"
 * @param cost         its cost when known (the user's {@code cost}, or a new link's route length in km),
 *                     else null
 * @param patch        the model change
 */
public record Action(String id, ActionKind kind, String description, Double cost, ModelPatch patch) {
    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(patch, "patch");
        if (cost != null && (cost.isNaN() || cost < 0)) {
            throw new IllegalArgumentException("cost must be >= 0, got " + cost);
        }
    }
}
