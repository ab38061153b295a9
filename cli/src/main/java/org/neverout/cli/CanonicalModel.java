package org.neverout.cli;

import org.neverout.history.LedgerHash;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;

/**
 * The canonical text of a model and its SHA-256, as the history store keeps them ({@code model_text},
 * {@code model_sha256}): io's ModelWriter YAML, so comments and layout of the file do not count. One
 * definition for {@code record} (what it stores) and {@code report --db} (whether this model is the run
 * recorded last).
 */
final class CanonicalModel {
    private CanonicalModel() {
    }

    /** The canonical text ({@code neverout export --format yaml}). */
    static String text(Model model) {
        return ModelWriter.toYaml(model);
    }

    /** Lowercase hex SHA-256 of {@link #text}, as {@code record} stores it in {@code model_sha256}. */
    static String sha256(Model model) {
        return LedgerHash.sha256Hex(text(model));
    }
}
