package org.neverout.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a report says about itself: its title, the date the analysis speaks for, when it was generated
 * and by which version of NeverOut.
 *
 * @param title        the report's title (free text, escaped on output)
 * @param asOf         the date the analysis is "as of" (the period it reports on)
 * @param generatedAt  when the report was produced
 * @param toolVersion  NeverOut (and engine) version
 */
public record ReportMeta(String title, LocalDate asOf, Instant generatedAt, String toolVersion) {
    public ReportMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** A default title naming the model, as of today (UTC), generated now, this build's version. */
    public static ReportMeta defaults(String modelName) {
        Instant now = Instant.now();
        return new ReportMeta("Resilience analysis: " + modelName, LocalDate.ofInstant(now, ZoneOffset.UTC), now,
                NeverOutVersion.get());
    }

    public ReportMeta withTitle(String newTitle) {
        return new ReportMeta(newTitle, asOf, generatedAt, toolVersion);
    }

    public ReportMeta withAsOf(LocalDate newAsOf) {
        return new ReportMeta(title, newAsOf, generatedAt, toolVersion);
    }

    public ReportMeta withGeneratedAt(Instant instant) {
        return new ReportMeta(title, asOf, instant, toolVersion);
    }
}
