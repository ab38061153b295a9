package org.neverout.report;

import java.util.Objects;
import org.neverout.engine.TargetVerdict;

/**
 * Quantified availability of one service.
 *
 * @param id                  the service id
 * @param unavailability      probability the service is down (steady state)
 * @param lower               lower end of the reported interval (rigorous bound, or the Monte Carlo confidence
 *                            interval inside it), or null
 * @param upper               upper end of the reported interval, or null
 * @param downtimeMinPerYear  expected downtime, minutes per year
 * @param method              how it was computed, e.g. "cut sets (rare event)" or "Monte Carlo, 10^6 samples"
 * @param target              the service's availability target (e.g. 0.99999), or null
 * @param verdict             how the availability compares with the target, on the reported interval
 * @param decidedBy           what decided the verdict ("exact", "bounds of order 3", "monte-carlo at 95%
 *                            confidence"), or null when undecided or without a target
 */
public record ServiceAvailabilityRow(String id, double unavailability, Double lower, Double upper,
                                  double downtimeMinPerYear, String method, Double target, TargetVerdict verdict,
                                  String decidedBy) {
    public ServiceAvailabilityRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The availability, {@code 1 - unavailability}. */
    public double availability() {
        return 1.0 - unavailability;
    }
}
