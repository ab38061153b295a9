package org.neverout.engine;

import java.util.Locale;

/** How bad a finding is, from least to most severe (tokens as in MODEL.md rules: low .. critical). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One step more severe, capped at {@link #CRITICAL}. */
    public Severity worse() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
