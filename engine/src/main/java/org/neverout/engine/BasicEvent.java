package org.neverout.engine;

import java.util.Objects;

/**
 * One basic event of a model: its id exactly as MODEL.md writes it (an element id, a group id,
 * {@code software:<version>}, {@code supplier:<id>} or a service id) and its kind.
 */
public record BasicEvent(String id, EventKind kind) {
    public BasicEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
