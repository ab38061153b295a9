package org.neverout.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.neverout.history.AnalysisRun;
import org.neverout.history.HistoryStore;
import org.neverout.model.Classification;
import org.neverout.model.Model;
import org.neverout.remediate.RemediationPlanner;
import org.neverout.remediate.RemediationQuestion;
import org.neverout.report.HtmlReportWriter;
import org.neverout.report.Pseudonyms;
import org.neverout.report.RedactedHtmlWriter;
import org.neverout.report.RedactedJsonWriter;
import org.neverout.report.RedactedMarkdownWriter;
import org.neverout.report.RedactedReport;
import org.neverout.report.ReportFormat;
import org.neverout.report.ReportInput;
import org.neverout.report.ReportWriter;
import org.neverout.report.SarifReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout report MODEL}: the periodic resilience analysis as a document. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        header = "Write the periodic resilience analysis: HTML, Markdown, JSON or SARIF.",
        description = {
            "Analyses MODEL and writes the report a CIO signs: a decision page (overall verdict, services "
                + "meeting, violated and unverified, the top five root causes with the services and users they "
                + "threaten, who operates and owns what they take down and a recommended action, the trend "
                + "against the previous period; with --plan-steps N the actions come from a remediation plan proven by re-analysis), the limitations and a sign-off block (analyst, date, model "
                + "SHA-256, ledger hash), then the service verdicts, a map with weak links and single points of "
                + "failure, charts, the adversary view, the cross-sector dependencies (when services name their "
                + "sector: a sector x sector heat map; the decision page names the cause reaching the most "
                + "sectors), the control, availability and compliance sections, the method, and an "
                + "appendix with every service's cut sets (collapsed on screen; printed with --appendix).",
            "",
            "html is one self-contained file (inline CSS, JavaScript and SVG; nothing is loaded from the "
                + "network, so it opens on an air-gapped machine) that prints to PDF. markdown has the same "
                + "content for wikis and merge requests; json the analysis contract fields plus every "
                + "section; sarif (2.1.0) puts each finding on the model file line of the element "
                + "concerned, for code-scanning tools.",
            "",
            "With a history store (--db URL, or NEVEROUT_DB, or --since with the default store; see 'neverout "
                + "record') the report compares with the previous recorded period: each service's resilience "
                + "then and now, root causes added and removed, availability then and now, and a chart over "
                + "every recorded period. Which run is the previous period: the one --since names; otherwise "
                + "the run recorded last, unless that run recorded exactly this model (same canonical model "
                + "SHA-256, as 'record' stores it): then it is this run, its ledger hash goes into the sign-off "
                + "block, and the previous period is the run before it. docs/HISTORY.md has the details."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html, markdown, json or sarif (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--title", paramLabel = "TITLE", description = "The report's title (default: 'Resilience analysis MODEL-NAME').")
    String title;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date the analysis speaks for (default: today), e.g. 2026-12-01.")
    LocalDate asOf;

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Who ran the analysis, for the sign-off block (default: the OS user).")
    String analyst;

    @Option(names = "--appendix",
            description = "Print the cut-set appendix too (html: on screen it is always there, collapsed; "
                + "without this option a printout leaves it out).")
    boolean appendix;

    @Option(names = "--db", paramLabel = "URL",
            description = "The history store to compare with: jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DB "
                    + "(default: $NEVEROUT_DB; without either, no trend unless --since is given, which uses the "
                    + "default store in ~/.neverout/). User and password from NEVEROUT_DB_USER and "
                    + "NEVEROUT_DB_PASSWORD (H2: sa and an empty password unless set).")
    String db;

    @Option(names = "--db-key-file", paramLabel = "FILE",
            description = "The key of an encrypted H2 history store (default: the file $NEVEROUT_DB_FILE_KEY_FILE "
                    + "names); see 'neverout record'.")
    Path dbKeyFile;

    @Option(names = "--since", paramLabel = "LABEL",
            description = "Compare with the recorded run of this label (the latest of that label) instead of the "
                    + "previous one.")
    String since;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Option(names = "--plan-steps", paramLabel = "N", defaultValue = "0",
            description = "Also plan up to N remediation steps (as 'neverout remediate', each proven by re-analysis) "
                + "and take the decision page's recommended actions from them (default: ${DEFAULT-VALUE}, no plan: "
                + "the report stays fast).")
    int planSteps;

    @Option(names = "--redact",
            description = "Write the report for publication (html, markdown or json): no element id, element or site "
                + "name, supplier name or coordinate, and no map; services by their public_name or as 'vital service "
                + "A-7K2Q' (kind, category and a pseudonym), root causes by kind with the services and users they "
                + "threaten; verdict counts, resilience, availability against targets, compliance per pack, the trend.")
    boolean redact;

    @Option(names = "--redact-key-file", paramLabel = "FILE",
            description = "With --redact: pseudonyms are HMAC-SHA-256 under the key in FILE (at least 16 bytes, e.g. "
                + "from 'openssl rand -hex 32'), the same in every run, so two periods can be compared (default: a "
                + "random key, pseudonyms of two runs cannot be linked).")
    Path redactKeyFile;

    @Option(names = "--redact-classification", paramLabel = "TEXT",
            description = "With --redact: the redacted report's own marking (default: none; the model's "
                + "classification is not carried over).")
    String redactClassification;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportFormat fmt;
        try {
            fmt = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --format '" + format + "' (formats: html, markdown, json, sarif)");
        }
        analysis.validate();
        Pseudonyms pseudonyms = redactOptions(fmt);
        if (planSteps < 0) {
            throw new UsageException("--plan-steps must be 0 (no plan) or more, got " + planSteps);
        }
        // the store is read before the (possibly long) analysis, so a bad --db or --since fails at once
        List<AnalysisRun> runs = historyRuns();
        org.neverout.io.ImportResult read = ModelInput.read(model, spec.commandLine().getErr());
        Model loaded = read.model();
        RecordedPeriods recorded = runs == null ? null
                : RecordedPeriods.select(runs, CanonicalModel.sha256(loaded), since);
        ReportInput input = Assessment.of(loaded, read.unit(), analysis.question(loaded),
                asOf == null ? LocalDate.now() : asOf,
                EnumSet.allOf(Assessment.Section.class), quiet, spec.commandLine().getErr());
        if (planSteps > 0 && !loaded.services().isEmpty()) {
            input = input.withPlan(ReportPlans.of(RemediationPlanner.plan(loaded, new RemediationQuestion(
                    analysis.question(loaded), planSteps, null, analysis.timeLimit))));
        }
        if (title != null) {
            input = input.withMeta(input.meta().withTitle(title));
        }
        input = input.withMeta(input.meta().withAnalyst(analyst != null ? analyst : System.getProperty("user.name")));
        if (recorded != null) {
            input = input.withPrevious(recorded.previous()).withPeriods(recorded.periods());
            if (recorded.thisRun() != null) {
                input = input.withMeta(input.meta().withLedgerHash(recorded.thisRun().hash()));
            }
        }
        if (redact) {
            RedactedReport redacted = RedactedReport.of(input, pseudonyms, Classification.of(redactClassification),
                    title);
            StringWriter text = new StringWriter();
            switch (fmt) {
                case HTML -> RedactedHtmlWriter.write(redacted, text);
                case MARKDOWN -> RedactedMarkdownWriter.write(redacted, text);
                default -> RedactedJsonWriter.write(redacted, text);
            }
            // derived from a classified model: private until someone decides to publish it
            Output.write(text.toString(), out, spec.commandLine().getOut(), loaded.classification());
            return 0;
        }
        ReportWriter writer = fmt == ReportFormat.SARIF ? new SarifReportWriter(sarifBase())
                : fmt == ReportFormat.HTML ? new HtmlReportWriter(appendix)
                : fmt.writer();
        StringWriter text = new StringWriter();
        writer.write(input, text);
        Output.write(text.toString(), out, spec.commandLine().getOut(), loaded.classification());
        return 0;
    }

    /** Checks the --redact options before any work; the pseudonyms, or null without --redact. */
    private Pseudonyms redactOptions(ReportFormat fmt) {
        if (!redact) {
            if (redactKeyFile != null || redactClassification != null) {
                throw new UsageException((redactKeyFile != null ? "--redact-key-file" : "--redact-classification")
                        + " applies to --redact only");
            }
            return null;
        }
        if (fmt == ReportFormat.SARIF) {
            throw new UsageException("--redact writes html, markdown or json, not sarif (SARIF points at model lines)");
        }
        if (redactClassification != null && (redactClassification.isBlank()
                || redactClassification.contains("\n") || redactClassification.contains("\r"))) {
            throw new UsageException("--redact-classification must be one non-empty line");
        }
        if (redactKeyFile == null) {
            return Pseudonyms.random();
        }
        byte[] key;
        try {
            key = java.nio.file.Files.readAllBytes(redactKeyFile);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("cannot read --redact-key-file " + redactKeyFile + ": no such file");
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read --redact-key-file " + redactKeyFile + ": "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()));
        }
        try {
            return Pseudonyms.keyed(key);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--redact-key-file " + redactKeyFile + ": " + e.getMessage());
        }
    }

    /**
     * The runs of the history store the report compares with, oldest first, or null when none is named
     * (no --db, no NEVEROUT_DB, no --since): a report never opens the default store unasked.
     */
    private List<AnalysisRun> historyRuns() {
        String env = System.getenv("NEVEROUT_DB");
        if (db == null && (env == null || env.isBlank()) && since == null) {
            return null;
        }
        HistoryStore store = HistoryDb.call(HistoryDb.resolve(db, dbKeyFile), HistoryStore::open);
        return HistoryDb.call(store, HistoryStore::runs);
    }

    /** SARIF locations are relative to where the report is written (the repository, in CI). */
    private Path sarifBase() {
        return Path.of("").toAbsolutePath();
    }
}
