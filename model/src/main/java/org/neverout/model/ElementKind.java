package org.neverout.model;

/** The kinds of element that have an id in a model; all share one id space. */
public enum ElementKind {
    SITE("site"),
    POWER_FEED("power feed"),
    NODE("node"),
    LINK("link"),
    GROUP("group"),
    SUPPLIER("supplier"),
    SERVICE("service"),
    EXTERNAL_PARTY("external party");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    /** The kind in words, as used in messages: {@code power feed}. */
    public String label() {
        return label;
    }
}
