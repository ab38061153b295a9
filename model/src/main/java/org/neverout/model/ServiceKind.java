package org.neverout.model;

/** What a service is to the organisation. */
public enum ServiceKind {
    INFRASTRUCTURE, VITAL, OTHER;

    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
