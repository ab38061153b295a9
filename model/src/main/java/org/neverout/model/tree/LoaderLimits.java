package org.neverout.model.tree;

/**
 * Limits that make hostile input fail fast with a clear message instead of exhausting memory or time.
 *
 * @param maxBytes           largest file accepted, in bytes
 * @param maxDepth           deepest nesting of mappings and lists
 * @param maxScalarLength    longest scalar (or key), in characters
 * @param maxLineLength      longest YAML line, in characters (the YAML scanner is slow on huge lines)
 * @param maxAliases         most YAML aliases to mappings or lists in one file
 * @param maxAliasExpansion  most nodes that all aliases together may stand for (stops "billion laughs")
 */
public record LoaderLimits(long maxBytes, int maxDepth, int maxScalarLength, int maxLineLength, int maxAliases,
                           long maxAliasExpansion) {

    /** 64 MiB, 64 levels, 1 Mi-character scalars and lines, 100 aliases expanding to at most 100,000 nodes. */
    public static final LoaderLimits DEFAULT =
            new LoaderLimits(64L * 1024 * 1024, 64, 1 << 20, 1 << 20, 100, 100_000);

    public LoaderLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxScalarLength <= 0 || maxLineLength <= 0 || maxAliases < 0
                || maxAliasExpansion < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public LoaderLimits withMaxBytes(long bytes) {
        return new LoaderLimits(bytes, maxDepth, maxScalarLength, maxLineLength, maxAliases, maxAliasExpansion);
    }
}
