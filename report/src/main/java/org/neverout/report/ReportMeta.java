package org.neverout.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a report says about itself: its title, the date the analysis speaks for, when it was generated
 * and by which version of NeverOut, and for the sign-off block who analysed it and the ledger hash of the
 * run when the history store recorded it.
 *
 * @param title        the report's title (free text, escaped on output)
 * @param asOf         the date the analysis is "as of" (the period it reports on)
 * @param generatedAt  when the report was produced
 * @param toolVersion  NeverOut (and engine) version
 * @param analyst      who ran the analysis (free text), or null when not named
 * @param ledgerHash   the ledger hash of this run in the history store, or null when it is not recorded
 */
public record ReportMeta(String title, LocalDate asOf, Instant generatedAt, String toolVersion, String analyst,
                         String ledgerHash) {
    public ReportMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Metadata without an analyst or a ledger hash. */
    public ReportMeta(String title, LocalDate asOf, Instant generatedAt, String toolVersion) {
        this(title, asOf, generatedAt, toolVersion, null, null);
    }

    /** A default title naming the model, as of today (UTC), generated now, this build's version. */
    public static ReportMeta defaults(String modelName) {
        Instant now = Instant.now();
        return new ReportMeta("Resilience analysis: " + modelName, LocalDate.ofInstant(now, ZoneOffset.UTC), now,
                NeverOutVersion.get());
    }

    public ReportMeta withTitle(String newTitle) {
        return new ReportMeta(newTitle, asOf, generatedAt, toolVersion, analyst, ledgerHash);
    }

    public ReportMeta withAsOf(LocalDate newAsOf) {
        return new ReportMeta(title, newAsOf, generatedAt, toolVersion, analyst, ledgerHash);
    }

    public ReportMeta withGeneratedAt(Instant instant) {
        return new ReportMeta(title, asOf, instant, toolVersion, analyst, ledgerHash);
    }

    public ReportMeta withAnalyst(String name) {
        return new ReportMeta(title, asOf, generatedAt, toolVersion, name, ledgerHash);
    }

    public ReportMeta withLedgerHash(String hash) {
        return new ReportMeta(title, asOf, generatedAt, toolVersion, analyst, hash);
    }
}
