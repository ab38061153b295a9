package org.neverout.server.twin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neverout.history.AnalysisRun;
import org.neverout.history.RunContent;
import org.neverout.model.Model;

/**
 * The full assessment of a model ({@code neverout report}: cut sets with never-out verdicts, control,
 * availability, compliance, adversary, capacity, sectors), which lives in the CLI; the server asks for it
 * through this interface so that it does not depend on the CLI (the CLI's {@code ServeCommand} passes its
 * implementation in).
 */
public interface RunAssessor {
    /** The JSON report document ({@code neverout report --format json}) of {@code model} as of {@code asOf}. */
    String assess(Model model, LocalDate asOf);

    /**
     * The run {@code record} would store for {@code model}: its canonical text and SHA-256 and the JSON
     * report document of the full assessment.
     */
    RunContent record(Model model, String label, LocalDate asOf, Instant recordedAt, String recordedBy);

    /**
     * The HTML report {@code neverout report --db} writes for the model a run recorded, with the trend of
     * the runs recorded up to it.
     *
     * @param runs every run of the store, oldest first
     */
    String reportHtml(AnalysisRun run, List<AnalysisRun> runs);
}
