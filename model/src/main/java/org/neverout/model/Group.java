package org.neverout.model;

/** A declared shared-risk group. Undeclared group ids used in {@code groups:} are valid too (kind null). */
public record Group(String id, String name, GroupKind kind) {
}
