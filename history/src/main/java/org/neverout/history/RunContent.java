package org.neverout.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Everything a recorded run says, apart from its place in the ledger (id, prev_hash, hash): the
 * fields the ledger hash covers, in the order of docs/HISTORY.md.
 *
 * @param label           the period's name, e.g. {@code 2026-Q4}
 * @param recordedAt      when the run was recorded, kept to the millisecond (the store's precision)
 * @param asOf            the date the analysis speaks for
 * @param modelName       the model's {@code name}
 * @param modelText       the canonical model text (io's ModelWriter YAML)
 * @param modelSha256     lowercase hex SHA-256 of {@code modelText} in UTF-8
 * @param resultsJson     the JSON report document of the full assessment
 * @param neverOutVersion the NeverOut version that computed it
 * @param recordedBy      the OS user who recorded it
 */
public record RunContent(String label, Instant recordedAt, LocalDate asOf, String modelName, String modelText,
                         String modelSha256, String resultsJson, String neverOutVersion, String recordedBy) {
    /** Longest label the store keeps (VARCHAR(200)). */
    public static final int MAX_LABEL = 200;

    public RunContent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(modelText, "modelText");
        Objects.requireNonNull(modelSha256, "modelSha256");
        Objects.requireNonNull(resultsJson, "resultsJson");
        Objects.requireNonNull(neverOutVersion, "neverOutVersion");
        Objects.requireNonNull(recordedBy, "recordedBy");
        // the database keeps milliseconds: truncate here so the hash of what is stored is the hash computed
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A run of {@code modelText}, its SHA-256 computed here. */
    public static RunContent of(String label, Instant recordedAt, LocalDate asOf, String modelName, String modelText,
                                String resultsJson, String neverOutVersion, String recordedBy) {
        return new RunContent(label, recordedAt, asOf, modelName, modelText, LedgerHash.sha256Hex(modelText),
                resultsJson, neverOutVersion, recordedBy);
    }
}
