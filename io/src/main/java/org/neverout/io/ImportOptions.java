package org.neverout.io;

/**
 * How an import reads its file.
 *
 * @param excludePlanned  drop links that are not built yet (GraphML {@code LinkStatus} Future/Planned/Proposed)
 * @param maxBytes        largest file accepted, in bytes (default 256 MiB)
 * @param maxValueChars   longest single XML attribute value, text value or native token accepted (default 1 Mi chars)
 */
public record ImportOptions(boolean excludePlanned, long maxBytes, int maxValueChars) {
    /** 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** 1 Mi characters: far above any real attribute, far below what hurts memory. */
    public static final int DEFAULT_MAX_VALUE_CHARS = 1024 * 1024;
    public static final ImportOptions DEFAULTS =
            new ImportOptions(false, DEFAULT_MAX_BYTES, DEFAULT_MAX_VALUE_CHARS);

    public ImportOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxValueChars <= 0) {
            throw new IllegalArgumentException("maxValueChars must be positive: " + maxValueChars);
        }
    }

    public ImportOptions(boolean excludePlanned, long maxBytes) {
        this(excludePlanned, maxBytes, DEFAULT_MAX_VALUE_CHARS);
    }

    public ImportOptions withExcludePlanned(boolean exclude) {
        return new ImportOptions(exclude, maxBytes, maxValueChars);
    }

    public ImportOptions withMaxBytes(long max) {
        return new ImportOptions(excludePlanned, max, maxValueChars);
    }

    public ImportOptions withMaxValueChars(int max) {
        return new ImportOptions(excludePlanned, maxBytes, max);
    }
}
