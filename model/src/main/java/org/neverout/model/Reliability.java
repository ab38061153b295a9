package org.neverout.model;

/**
 * Optional reliability figures of an element ({@code mtbf_h}, {@code mttr_h} in the model file).
 * Both null means the element has no figures of its own (a {@code defaults:} entry may apply).
 */
public record Reliability(Double mtbfH, Double mttrH) {
    public static final Reliability NONE = new Reliability(null, null);

    public boolean isPresent() {
        return mtbfH != null && mttrH != null;
    }

    /** Steady-state unavailability {@code mttr / (mtbf + mttr)}; 0 when no figures are given. */
    public double unavailability() {
        return isPresent() ? mttrH / (mtbfH + mttrH) : 0.0;
    }
}
