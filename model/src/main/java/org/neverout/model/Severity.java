package org.neverout.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How bad a finding is, from least to most severe; the one scale of MODEL.md for compliance rules
 * ({@code severity:} of a rule) and never-out findings alike. The file and report token is the
 * lower-case name.
 */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least {@code other} (e.g. a gate at {@code --fail-severity}). */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** One step more severe, capped at {@link #CRITICAL}. */
    public Severity worse() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    /** The severity written as {@code token}, or empty when it is not one of {@link #tokens()}. */
    public static Optional<Severity> fromToken(String token) {
        return Arrays.stream(values()).filter(s -> s.token().equals(token)).findFirst();
    }

    /** The accepted tokens, for error messages: {@code low | medium | high | critical}. */
    public static String tokens() {
        return Arrays.stream(values()).map(Severity::token).collect(Collectors.joining(" | "));
    }
}
