package org.neverout.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.report.ReportInput;
import org.neverout.report.diff.AnalysisDiff;
import org.neverout.report.diff.DiffJsonWriter;
import org.neverout.report.diff.DiffTextWriter;
import org.neverout.report.diff.ModelDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout diff OLD NEW}: what a change to the model does to every service. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        header = "Compare two models (two periods, or before and after a change): cut sets added and removed.",
        description = {
            "Analyses OLD and NEW with the same question and shows, per service, the minimal cut sets the "
                + "change adds and removes, changed states and never-out verdicts, changed control flags and "
                + "availability when those are analysed, and a one-line verdict such as 'this change adds 3 "
                + "single points of failure to c2-north'. JSON: services[].added and services[].removed.",
            "",
            "With --fail-on, exit 1 when the change introduces violations of that kind (violations already "
                + "in OLD do not count), so a model repository can gate every merge request; see the README."})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "The model before the change.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The model after the change.")
    Path newer;

    @Mixin
    TextOrJson output;

    @Mixin
    GateOption gate;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for date-dependent checks (default: today).")
    LocalDate asOf;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        analysis.validate();
        gate.validate();
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Set<Assessment.Section> sections = EnumSet.of(Assessment.Section.CONTROL, Assessment.Section.AVAILABILITY);
        sections.addAll(Assessment.neededBy(gate));
        org.neverout.model.Model oldModel = ModelInput.load(older, spec.commandLine().getErr());
        org.neverout.model.Model newModel = ModelInput.load(newer, spec.commandLine().getErr());
        // one order for both (MODEL.md 1.1: max(2, the largest never_out in the models))
        AnalysisQuestion question = analysis.question(java.util.List.of(oldModel, newModel));
        ReportInput before = Assessment.of(oldModel, question, date, sections, quiet, spec.commandLine().getErr());
        ReportInput after = Assessment.of(newModel, question, date, sections, quiet, spec.commandLine().getErr());
        AnalysisDiff diff = ModelDiff.compare(before, after);
        StringWriter text = new StringWriter();
        if (output.json()) {
            new DiffJsonWriter().write(diff, text);
        } else {
            new DiffTextWriter().write(diff, text);
        }
        Output.write(text.toString(), output.out, spec.commandLine().getOut());
        return gate.onDiff(before, after, spec.commandLine().getErr());
    }
}
