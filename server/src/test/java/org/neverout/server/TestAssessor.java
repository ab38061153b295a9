package org.neverout.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.ProgressListener;
import org.neverout.history.AnalysisRun;
import org.neverout.history.RunContent;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.report.HtmlReportWriter;
import org.neverout.report.JsonReportWriter;
import org.neverout.report.ReportInput;
import org.neverout.report.ReportWriter;
import org.neverout.server.twin.RunAssessor;

/**
 * The server's tests' assessment: the cut-set analysis and the report writers of the report module (the
 * CLI's full assessment, with control, compliance and the rest, is tested in the CLI).
 */
public final class TestAssessor implements RunAssessor {
    @Override
    public String assess(Model model, LocalDate asOf) {
        return write(new JsonReportWriter(), input(model, asOf));
    }

    @Override
    public RunContent record(Model model, String label, LocalDate asOf, Instant recordedAt, String recordedBy) {
        return RunContent.of(label, recordedAt, asOf, model.name(), ModelWriter.toYaml(model), assess(model, asOf),
                "test", recordedBy);
    }

    @Override
    public String reportHtml(AnalysisRun run, List<AnalysisRun> runs) {
        Model model = ModelLoader.parse(run.content().modelText(), "run-" + run.id() + ".yaml", Format.YAML);
        return write(new HtmlReportWriter(), input(model, run.content().asOf()));
    }

    private static ReportInput input(Model model, LocalDate asOf) {
        int order = Math.max(2, model.services().stream().mapToInt(s -> s.neverOut()).max().orElse(0));
        ReportInput input = ReportInput.of(model, CutSetEngine.analyze(CompiledModel.compile(model),
                AnalysisQuestion.defaults().withOrder(order), ProgressListener.NONE));
        return input.withMeta(input.meta().withAsOf(asOf));
    }

    private static String write(ReportWriter writer, ReportInput input) {
        StringWriter out = new StringWriter();
        try {
            writer.write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
