package org.neverout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.control.ControlAnalysis;
import org.neverout.control.ControlReport;
import org.neverout.control.ControlText;
import org.neverout.model.Model;
import org.neverout.report.ReportInput;
import org.neverout.report.ReportMeta;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout analyze MODEL}: every minimal cut set of every service, and the never-out verdicts. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        header = "Find every minimal set of failures that takes a service down (never-out analysis).",
        description = {
            "For every service, computes all minimal cut sets of at most --order basic events (nodes, links, "
                + "sites, power feeds, shared-risk groups, software versions, suppliers and the services "
                + "themselves, as docs/MODEL.md defines them), exactly. A service with 'never_out: N' gets a "
                + "verdict: violated (a cut set of size N or less other than its own event), meets (none, "
                + "analysed completely to order N or more), or unverified (neither: never shown as met). "
                + "Each cut set that violates some service is one finding (one per root cause) naming every "
                + "service it takes down, with a severity from their kind and national-impact category.",
            "",
            "Text output: a table (service, state, cut sets by size, never-out verdict, controlled and owned, "
                + "single points of failure), the count per verdict, then the findings in the contract's order. "
                + "JSON output: the contract fields of docs/MODEL.md (model, order, services[].id/up/complete/"
                + "cut_sets/verdict/resilience/resilience_at_least/owned, findings) plus control. JSON Lines "
                + "(--format jsonl), for very large results: a header line (model, question, count per verdict), "
                + "then one line per service, per finding, and the control section.",
            "",
            "The default order is the larger of 2 and the largest never_out in the model.",
            "",
            "A model without services (a bare imported topology) gets the network's own connectivity "
                + "instead: every minimal set of at most --order node and link failures that splits it, with "
                + "the share of connected node pairs each disconnects.",
            "",
            "There are no limits by default. --max-cut-sets and --time-limit never cut silently: the "
                + "affected services get 'complete: false' and the reason."})
public class AnalyzeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    AnalyzeOutput output;

    @Mixin
    GateOption gate;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date for authorisation expiry in the control section (default: today), e.g. 2026-12-01.")
    LocalDate asOf;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /**
     * The cut sets of every service: this machine's engine. The spark module's analyze overrides it to run
     * the enumeration on a cluster; everything around it (verdicts, findings, control, output, gates) is
     * this command's, so the output is the same.
     */
    protected AnalysisResult enumerate(Model m, CompiledModel compiled, AnalysisQuestion question,
                                       ProgressListener progress) {
        return CutSetEngine.analyze(compiled, question, progress);
    }

    @Override
    public Integer call() throws Exception {
        analysis.validate();
        gate.validate();
        output.validate();
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        AnalysisQuestion question = analysis.question(m);
        if (m.services().isEmpty()) {
            if (output.format == AnalyzeOutput.Format.jsonl) {
                throw new UsageException("--format jsonl lists services, and " + model + " has none: use --format json "
                        + "for the network's own connectivity");
            }
            NetworkSplits.Result splits = NetworkSplits.analyze(m, question);
            String rendered = output.format == AnalyzeOutput.Format.json
                    ? Json.write(Marking.json(m.classification(), TopologyText.json(m.name(), splits)))
                    : Marking.text(m.classification(), TopologyText.render(m.name(), splits));
            Output.write(rendered, output.out, spec.commandLine().getOut(), m.classification());
            return 0;
        }
        CompiledModel compiled = CompiledModel.compile(m);
        AnalysisResult result;
        try (Progress progress = Progress.start("analyze", quiet)) {
            result = enumerate(m, compiled, question, progress);
        }
        List<Finding> findings = NeverOutFindings.of(m, result);
        Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(m, result);
        if (!result.complete()) {
            spec.commandLine().getErr().println("neverout: warning: enumeration incomplete: " + result.incompleteReason());
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        ControlReport control = ControlAnalysis.analyze(m, compiled, result, date);
        output.write(m.classification(), () -> AnalysisText.render(m, compiled, result, verdicts, findings, control) + "\n"
                        + ControlText.toText(control),
                () -> new AnalysisJson(m, compiled, result, verdicts, findings, control), spec.commandLine().getOut());
        if (!gate.requested()) {
            return 0;
        }
        Set<Assessment.Section> sections = Assessment.neededBy(gate);
        sections.remove(Assessment.Section.CONTROL);
        // the findings are already computed: ReportInput.of would derive them again
        ReportInput input = new ReportInput(m, result, findings, Sections.control(control), null, null,
                ReportMeta.defaults(m.name()).withAsOf(date));
        input = Assessment.withSections(input, compiled, sections, date, question.threads());
        return gate.onAnalysis(input, spec.commandLine().getErr());
    }
}
