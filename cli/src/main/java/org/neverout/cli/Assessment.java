package org.neverout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neverout.adversary.AttackAnalysis;
import org.neverout.capacity.CapacityAnalysis;
import org.neverout.capacity.CapacityQuestion;
import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.Demands;
import org.neverout.compliance.ComplianceChecker;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.Deadline;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.io.ImportResult;
import org.neverout.model.Model;
import org.neverout.quant.AvailabilityAnalysis;
import org.neverout.quant.AvailabilityOptions;
import org.neverout.report.CapacitySection;
import org.neverout.report.ConnectivitySection;
import org.neverout.report.GateCategory;
import org.neverout.report.ReportInput;
import org.neverout.sectors.SectorAnalysis;

/**
 * Everything NeverOut knows about one model, computed once for report, diff and gates: the cut-set
 * analysis and, beside it, the control, availability, compliance, adversary and capacity sections asked for.
 */
final class Assessment {
    /**
     * The optional sections of an assessment (CONNECTIVITY: of a model without services, for reports;
     * CAPACITY: of a model with demands).
     */
    enum Section { CONTROL, AVAILABILITY, COMPLIANCE, CONNECTIVITY, ADVERSARY, CAPACITY, SECTORS }

    /**
     * The capacity analysis's share of {@code --time-limit}: it runs after the cut-set analysis and the
     * adversary view, each of which may take the whole limit, so it gets a quarter (its result says when
     * it is cut short).
     */
    static final int CAPACITY_TIME_SHARE = 4;

    private Assessment() {
    }

    static ReportInput of(Path file, AnalysisQuestion question, LocalDate asOf, Set<Section> sections, boolean quiet,
                          PrintWriter err) {
        ImportResult read = ModelInput.read(file, err);
        return of(read.model(), read.unit(), question, asOf, sections, quiet, err);
    }

    /** As {@link #of(Path, AnalysisQuestion, LocalDate, Set, boolean, PrintWriter)} for a model in Gbit/s. */
    static ReportInput of(Model model, AnalysisQuestion question, LocalDate asOf, Set<Section> sections, boolean quiet,
                          PrintWriter err) {
        return of(model, ImportResult.GBITS, question, asOf, sections, quiet, err);
    }

    /**
     * As {@link #of(Path, AnalysisQuestion, LocalDate, Set, boolean, PrintWriter)} for a loaded model.
     *
     * @param unit what the model's capacities and demands are measured in (see {@link ImportResult#unit})
     */
    static ReportInput of(Model model, String unit, AnalysisQuestion question, LocalDate asOf, Set<Section> sections,
                          boolean quiet, PrintWriter err) {
        String file = model.source().file() == null ? model.name() : model.source().file();
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisResult analysis;
        try (Progress progress = Progress.start("analyze " + Path.of(file).getFileName(), quiet)) {
            analysis = CutSetEngine.analyze(compiled, question, progress);
        }
        if (!analysis.complete()) {
            err.println("neverout: warning: " + file + ": enumeration incomplete: " + analysis.incompleteReason());
        }
        ReportInput input = ReportInput.of(model, analysis);
        input = input.withMeta(input.meta().withAsOf(asOf));
        if (sections.contains(Section.CONNECTIVITY) && model.services().isEmpty()) {
            // a bare topology: the report carries what analyze prints for it, under the same limits
            NetworkSplits.Result splits = NetworkSplits.analyze(model, question);
            if (!splits.complete()) {
                err.println("neverout: warning: " + file + ": connectivity analysis cut short: "
                        + splits.incompleteReason());
            }
            input = input.withConnectivity(new ConnectivitySection(splits));
        }
        input = withSections(input, compiled, sections, asOf, question.threads());
        if (sections.contains(Section.ADVERSARY)) {
            // the same order and kinds as the cut-set analysis, so the report's figures agree with 'attack'
            input = input.withAttack(AttackAnalysis.run(model, compiled, question, input.analysis(),
                    ProgressListener.NONE));
        }
        if (sections.contains(Section.CAPACITY) && !Demands.of(model).isEmpty()) {
            input = input.withCapacity(capacity(model, unit, question, file, err));
        }
        if (sections.contains(Section.SECTORS)) {
            // grouped from the report's own cut sets: no second enumeration, the same figures as 'sectors'
            input = input.withSectors(SectorAnalysis.of(model, compiled, analysis));
        }
        return input;
    }

    /**
     * Capacity under failure as {@code neverout capacity} answers it (node and link, threshold 80%), with the
     * cut-set question's threads and a share of its time limit: n-2 when a demand requires never-out 2 or more
     * (so its capacity verdict is decided, not left unverified), else n-1.
     */
    static CapacitySection capacity(Model model, String unit, AnalysisQuestion question, String file,
                                    PrintWriter err) {
        Deadline deadline = question.timeLimit() == null ? Deadline.NONE
                : Deadline.after(question.timeLimit().dividedBy(CAPACITY_TIME_SHARE), System.nanoTime());
        int failures = Demands.of(model).demands().stream().anyMatch(d -> d.neverOut() >= 2) ? 2 : 1;
        CapacityResult result = CapacityAnalysis.analyze(model, CapacityQuestion.defaults()
                .withMaxFailures(failures).withThreads(question.threads()).withDeadline(deadline));
        if (!result.complete()) {
            err.println("neverout: warning: " + file + ": capacity analysis cut short: " + result.stopReason());
        }
        return new CapacitySection(result, unit);
    }

    /** Adds the sections asked for to an analysed model. */
    static ReportInput withSections(ReportInput input, CompiledModel compiled, Set<Section> sections, LocalDate asOf,
                                    int threads) {
        Model model = input.model();
        if (sections.contains(Section.CONTROL)) {
            input = input.withControl(Sections.control(model, compiled, input.analysis(), asOf));
        }
        if (sections.contains(Section.AVAILABILITY)) {
            input = input.withAvailability(Sections.availability(
                    AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults().withThreads(threads)), model));
        }
        if (sections.contains(Section.COMPLIANCE)) {
            input = input.withCompliance(Sections.compliance(ComplianceChecker.check(model, List.of(), asOf)));
        }
        return input;
    }

    /** The sections a gate needs to decide (a gate never passes for want of data). */
    static Set<Section> neededBy(GateOption gate) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        if (gate.requested()) {
            Set<GateCategory> categories = gate.gate().categories();
            if (categories.contains(GateCategory.CONTROL) || categories.contains(GateCategory.ANY)) {
                sections.add(Section.CONTROL);
            }
            if (categories.contains(GateCategory.COMPLIANCE) || categories.contains(GateCategory.ANY)) {
                sections.add(Section.COMPLIANCE);
            }
        }
        return sections;
    }
}
