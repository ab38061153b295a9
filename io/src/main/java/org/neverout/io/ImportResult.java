package org.neverout.io;

import java.util.List;
import org.neverout.model.Model;

/**
 * An imported model and what the import had to say about it (dropped self-loops, excluded planned
 * links, coordinates out of range, ...): one human-readable line per warning, for standard error.
 */
public record ImportResult(Model model, List<String> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
