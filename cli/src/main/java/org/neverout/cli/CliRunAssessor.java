package org.neverout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.neverout.history.AnalysisRun;
import org.neverout.history.RunContent;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.report.HtmlReportWriter;
import org.neverout.report.JsonReportWriter;
import org.neverout.report.NeverOutVersion;
import org.neverout.report.ReportInput;
import org.neverout.report.ReportWriter;
import org.neverout.server.twin.RunAssessor;

/**
 * The full assessment for {@code neverout serve}: exactly what {@code report} computes (every section,
 * the default question of the model) and what {@code record} stores, so a run recorded through the web
 * application is the run {@code neverout record} would record for the same model.
 */
final class CliRunAssessor implements RunAssessor {
    private final PrintWriter err;

    CliRunAssessor(PrintWriter err) {
        this.err = err;
    }

    @Override
    public String assess(Model model, LocalDate asOf) {
        return write(new JsonReportWriter(), input(model, asOf));
    }

    @Override
    public RunContent record(Model model, String label, LocalDate asOf, Instant recordedAt, String recordedBy) {
        return RunContent.of(label, recordedAt, asOf, model.name(), CanonicalModel.text(model), assess(model, asOf),
                NeverOutVersion.get(), recordedBy);
    }

    @Override
    public String reportHtml(AnalysisRun run, List<AnalysisRun> runs) {
        // the run's own canonical text, not the file now: the report is of what was recorded
        Model model = ModelLoader.parse(run.content().modelText(), "run-" + run.id() + ".yaml", Format.YAML);
        List<AnalysisRun> upTo = new ArrayList<>();
        for (AnalysisRun r : runs) {
            upTo.add(r);
            if (r.id() == run.id()) {
                break;
            }
        }
        RecordedPeriods recorded = RecordedPeriods.select(upTo, run.content().modelSha256(), null);
        ReportInput input = input(model, run.content().asOf())
                .withPrevious(recorded.previous()).withPeriods(recorded.periods());
        input = input.withMeta(input.meta().withAnalyst(run.content().recordedBy()));
        if (recorded.thisRun() != null) {
            input = input.withMeta(input.meta().withLedgerHash(recorded.thisRun().hash()));
        }
        return write(new HtmlReportWriter(), input);
    }

    private static String write(ReportWriter writer, ReportInput input) {
        StringWriter text = new StringWriter();
        try {
            writer.write(input, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private ReportInput input(Model model, LocalDate asOf) {
        return Assessment.of(model, new AnalysisOptions().question(model), asOf,
                EnumSet.allOf(Assessment.Section.class), true, err);
    }
}
