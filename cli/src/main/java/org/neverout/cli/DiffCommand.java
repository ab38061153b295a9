package org.neverout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.model.Classification;
import org.neverout.model.Model;
import org.neverout.report.GateDecision;
import org.neverout.report.ReportInput;
import org.neverout.report.diff.AnalysisDiff;
import org.neverout.report.diff.DiffGate;
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
        header = "Compare two models (two periods, or before and after a change): never-out regressions and improvements, cut sets added and removed.",
        description = {
            "Analyses OLD and NEW with the same question and shows, per service, the minimal cut sets the "
                + "change adds and removes, changed states and never-out verdicts, changed control flags and "
                + "availability when those are analysed, and a one-line verdict such as 'this change adds 3 "
                + "single points of failure to c2-north'. JSON: services[].added and services[].removed.",
            "",
            "Never-out regressions (docs/MODEL.md 1.1): per service of NEW with never_out N >= 1, its profile "
                + "(number of minimal cut sets of size 0, 1, ..., N, its own event left out) in OLD and NEW; it "
                + "regressed when NEW has more at the smallest size that changed ('air-traffic: 5 single points "
                + "-> 7'), improved when fewer. JSON: regressions[] and improvements[] with before/after.",
            "",
            "Without --order both models are analysed to max(2, the largest never_out in either model).",
            "",
            "With --fail-on never-out, exit 1 iff the change has a regression, or NEW has an unverified "
                + "verdict (order below never_out, or a limit cut the enumeration short) and --allow-unverified "
                + "is not given. With --fail-on control or compliance, exit 1 on violations NEW has and OLD "
                + "has not, so a model repository can gate every merge request; see the README."})
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
        PrintWriter err = spec.commandLine().getErr();
        Model oldModel = ModelInput.load(older, err);
        Model newModel = ModelInput.load(newer, err);
        // one order for both (MODEL.md 1.1: max(2, the largest never_out in the models))
        AnalysisQuestion question = analysis.question(java.util.List.of(oldModel, newModel));
        ReportInput before = Assessment.of(oldModel, question, date, sections, quiet, err);
        ReportInput after = Assessment.of(newModel, question, date, sections, quiet, err);
        AnalysisDiff diff = ModelDiff.compare(before, after);
        Classification marking = Classification.combined(List.of(oldModel.classification(),
                newModel.classification()));
        StringWriter text = new StringWriter();
        if (output.json()) {
            new DiffJsonWriter().write(diff, text);
        } else {
            new DiffTextWriter().write(diff, text);
        }
        String content = output.json() ? Marking.json(marking, text.toString()) : Marking.text(marking, text.toString());
        Output.write(content, output.out, spec.commandLine().getOut(), marking);
        if (!gate.requested()) {
            return 0;
        }
        GateDecision decision;
        try {
            decision = DiffGate.decide(gate.gate(), diff, before, after, gate.allowUnverified);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
        err.println("neverout: " + decision.summary());
        return decision.exitCode();
    }
}
