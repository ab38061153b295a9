package org.neverout.model.tree;

import org.neverout.model.Location;

/**
 * A YAML or JSON value together with where it starts in its file: a {@link LocatedMapping} (ordered
 * entries, each key with its own location), a {@link LocatedSequence} or a {@link LocatedScalar}.
 *
 * <p>The tree is immutable. It is what {@link LocatedParser} produces from either format, so that a
 * reader of a file format (the model, rule files, incident files) can report every problem as
 * {@code file:line:col: message}. YAML aliases are resolved to the anchored node itself (shared, never
 * copied), so an aliased subtree carries the locations of its anchor.
 */
public sealed interface LocatedNode permits LocatedMapping, LocatedSequence, LocatedScalar {

    /** Where the value starts (1-based line and column). */
    Location location();

    /** A short description for messages, e.g. {@code a list}, {@code a mapping}, {@code the string "x"}. */
    String describe();
}
