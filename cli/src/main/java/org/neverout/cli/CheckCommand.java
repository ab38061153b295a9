package org.neverout.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.neverout.compliance.ComplianceChecker;
import org.neverout.compliance.ComplianceReport;
import org.neverout.compliance.ComplianceResult;
import org.neverout.compliance.Rule;
import org.neverout.compliance.RuleFile;
import org.neverout.model.Severity;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.EventKind;
import org.neverout.model.Model;
import org.neverout.report.ReportInput;
import org.neverout.report.SarifReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout check MODEL}: compliance with the built-in rule packs and the user's own rules. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        header = "Check compliance: connection conditions, physical security, supply chain, duty of care.",
        description = {
            "Evaluates the built-in rule packs against the model's facts as of --as-of: CC (connection "
                + "conditions of external parties: two sites, firewall, encryption, audit, patches, 24x7 "
                + "contact), PS (physical security of sites with defence nodes: alarm, monitoring, access "
                + "control, inspection), SC (supply chain: valid authorisations, sensitive knowledge, "
                + "subcontractor depth, military ownership of the core) and DC (duty of care in the spirit of "
                + "NIS2 article 21 (a) to (j), from the model's measures: a coverage matrix with its gaps).",
            "",
            "--rules adds rules in the format of docs/MODEL.md, each 'require' a CEL expression over the "
                + "subject's fields, type-checked at load (an invalid rule: exit 2 naming the rule and the "
                + "position in the expression); a rule with a built-in's id replaces it. The model's "
                + "'compliance:' section overrides thresholds and switches rules off, with a reason.",
            "",
            "Exit 1 when a finding reaches --fail-severity (default low: any finding), 0 when none does."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--rules", paramLabel = "FILE", description = "A rule file (YAML or JSON); repeat for several.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to check against (default: today), e.g. 2026-12-01; makes runs reproducible.")
    LocalDate asOf;

    @Option(names = "--fail-severity", paramLabel = "SEVERITY", defaultValue = "low",
            description = "Exit 1 when a finding is at least this severe: low, medium, high or critical (default: ${DEFAULT-VALUE}).")
    String failSeverity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    enum Format { text, json, sarif }

    @Override
    public Integer call() throws Exception {
        Severity threshold = Severity.fromToken(failSeverity).orElseThrow(() ->
                new UsageException("unknown --fail-severity '" + failSeverity + "' (" + Severity.tokens() + ")"));
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        List<Rule> userRules = new ArrayList<>();
        for (Path file : rules) {
            userRules.addAll(RuleFile.load(file));
        }
        ComplianceResult result = ComplianceChecker.check(m, userRules, asOf == null ? LocalDate.now() : asOf);
        String text = switch (format) {
            case text -> Marking.text(m.classification(), ComplianceReport.toText(result));
            case json -> Marking.json(m.classification(), ComplianceReport.toJson(result));
            case sarif -> sarif(m, result);
        };
        Output.write(text, out, spec.commandLine().getOut(), m.classification());
        boolean fails = result.fails(threshold);
        spec.commandLine().getErr().printf("neverout: %d compliance finding(s); %s%n", result.findings().size(),
                fails ? "at least one reaches --fail-severity " + threshold.token() + " (exit 1)"
                        : "none reaches --fail-severity " + threshold.token());
        return fails ? NeverOut.EXIT_GATE : 0;
    }

    private static String sarif(Model m, ComplianceResult result) throws java.io.IOException {
        AnalysisResult none = new AnalysisResult(m.name(), 1, EnumSet.of(EventKind.NODE), List.of(), true, null, 0,
                Duration.ZERO);
        ReportInput input = ReportInput.of(m, none).withCompliance(Sections.compliance(result));
        StringWriter w = new StringWriter();
        SarifReportWriter.complianceOnly(Path.of("").toAbsolutePath()).write(input, w);
        return w.toString();
    }
}
