package org.neverout.report;

import java.util.Objects;

import org.neverout.capacity.CapacityResult;

/**
 * The report's capacity-under-failure section: the answer of the capacity analysis (computed by the
 * caller, never by the report) and the unit its capacities and demands are measured in.
 *
 * @param result the capacity analysis of the report's model
 * @param unit   {@code Gbit/s}, or what an SNDlib import kept
 */
public record CapacitySection(CapacityResult result, String unit) {
    public CapacitySection {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(unit, "unit");
    }
}
