package org.neverout.model;

/**
 * A declared shared-risk group. Undeclared group ids used in {@code groups:} are valid too (kind null).
 *
 * @param reliability  figures of its event ({@link Reliability#NONE}: {@code defaults.group} may apply)
 */
public record Group(String id, String name, GroupKind kind, Reliability reliability) {
    /** A group without figures of its own. */
    public Group(String id, String name, GroupKind kind) {
        this(id, name, kind, Reliability.NONE);
    }
}
