package org.neverout.model;

/** Kinds of shared-risk group, as written in the model file. */
public enum GroupKind {
    CONDUIT, BUILDING, REGION, POWER, OTHER;

    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
