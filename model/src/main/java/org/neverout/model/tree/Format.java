package org.neverout.model.tree;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two text formats NeverOut reads: YAML ({@code .yaml}, {@code .yml}) and JSON ({@code .json}). */
public enum Format {
    YAML, JSON;

    /** The format a file name's extension stands for, or empty for any other extension. */
    public static Optional<Format> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /** The format of {@code file} by its extension, or empty for any other extension. */
    public static Optional<Format> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofFileName(name.toString());
    }
}
