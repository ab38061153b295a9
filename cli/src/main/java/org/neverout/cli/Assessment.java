package org.neverout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.model.Model;
import org.neverout.report.ReportInput;

/**
 * Everything NeverOut knows about one model, computed once for report, diff and gates: the cut-set
 * analysis and, beside it, the control, availability and compliance sections.
 */
final class Assessment {
    private Assessment() {
    }

    static ReportInput of(Path file, AnalysisQuestion question, LocalDate asOf, boolean quiet, PrintWriter err) {
        Model model = ModelInput.load(file, err);
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisResult analysis;
        try (Progress progress = Progress.start("analyze " + file.getFileName(), quiet)) {
            analysis = CutSetEngine.analyze(compiled, question, progress);
        }
        if (!analysis.complete()) {
            err.println("neverout: warning: " + file + ": enumeration incomplete: " + analysis.incompleteReason());
        }
        ReportInput input = ReportInput.of(model, analysis);
        return input.withMeta(input.meta().withAsOf(asOf));
    }
}
