package org.neverout.io;

import java.util.List;
import org.neverout.model.Model;

/**
 * An imported model and what the import had to say about it (dropped self-loops, excluded planned
 * links, coordinates out of range, ...): one human-readable line per warning, for standard error.
 */
public record ImportResult(Model model, List<String> warnings, String unit) {
    /** What {@code capacity_gbps} and {@code demand} hold when the model says nothing else. */
    public static final String GBITS = "Gbit/s";

    /**
     * @param unit what the model's {@code capacity_gbps} and {@code demand} values are measured in, for
     *             output that shows them (Gbit/s unless an import kept a file's own unit)
     */
    public ImportResult {
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(unit, "unit");
    }

    /** A result whose capacities and demands are in Gbit/s (the model format's unit). */
    public ImportResult(Model model, List<String> warnings) {
        this(model, warnings, GBITS);
    }
}
