package org.neverout.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.neverout.history.AnalysisRun;
import org.neverout.history.HistoryStore;
import org.neverout.history.RunContent;
import org.neverout.model.Model;
import org.neverout.report.JsonReportWriter;
import org.neverout.report.NeverOutVersion;
import org.neverout.report.ReportInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout record MODEL}: runs the full assessment and adds it to the history store's ledger. */
@Command(name = "record",
        mixinStandardHelpOptions = true,
        header = "Record the periodic analysis of MODEL in the history store (tamper-evident ledger).",
        description = {
            "Runs the full assessment 'report' makes (cut sets with never-out verdicts, control and ownership, "
                + "availability, compliance) and stores it as one run: label, when and by whom it was recorded, "
                + "the date it speaks for, the canonical model text and its SHA-256, every result as the JSON "
                + "report document, and the NeverOut version, chained to the run before by a SHA-256 hash.",
            "",
            "See 'neverout history' and 'neverout verify-history'; docs/HISTORY.md describes the store and "
                + "how to recompute the ledger without NeverOut."})
public final class RecordCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--label", paramLabel = "LABEL",
            description = "The period's name, e.g. 2026-Q4 (default: the --as-of date).")
    String label;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date the analysis speaks for (default: today), e.g. 2026-12-01.")
    LocalDate asOf;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Mixin
    HistoryDb db;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        String name = label == null ? date.toString() : label.strip();
        if (name.isEmpty() || name.length() > RunContent.MAX_LABEL || name.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("--label must be 1 to " + RunContent.MAX_LABEL
                    + " characters without control characters, got '" + label + "'");
        }
        analysis.validate();
        // the store is checked before the (possibly long) analysis, so a bad --db fails at once
        HistoryStore store = db.open();
        org.neverout.io.ImportResult read = ModelInput.read(model, spec.commandLine().getErr());
        Model loaded = read.model();
        if (loaded.classification().isPresent()) {
            warnIfUnprotected(store.location(), spec.commandLine().getErr());
            // before anything of this model is stored: the store's files are private from here on
            for (java.nio.file.Path file : store.localFiles()) {
                Output.makePrivate(file);
            }
        }
        ReportInput input = Assessment.of(loaded, read.unit(), analysis.question(loaded), date,
                EnumSet.allOf(Assessment.Section.class), quiet, spec.commandLine().getErr());
        StringWriter results = new StringWriter();
        new JsonReportWriter().write(input, results);
        RunContent content = RunContent.of(name, Instant.now(), date, loaded.name(), CanonicalModel.text(loaded),
                results.toString(), NeverOutVersion.get(), System.getProperty("user.name", "unknown"));
        AnalysisRun run = HistoryDb.call(content, store::record);
        if (loaded.classification().isPresent()) {
            for (java.nio.file.Path file : store.localFiles()) {
                Output.makePrivate(file); // and any file the record created
            }
            spec.commandLine().getOut().println(loaded.classification().marking());
        }
        spec.commandLine().getOut().printf("recorded run %d '%s' (as of %s) in %s%n  hash %s%n  prev %s%n",
                run.id(), run.label(), date, store.location(), run.hash(), run.prevHash());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A classified model goes into an encrypted H2 file or over TLS that checks the server (docs/SECURITY.md). */
    static void warnIfUnprotected(org.neverout.history.StoreLocation location, java.io.PrintWriter err) {
        if (location.kind() == org.neverout.history.StoreLocation.Kind.H2 && !location.encrypted()) {
            err.println("neverout: warning: recording a classified model in an unencrypted store; give a key with "
                    + "--db-key-file or " + HistoryDb.KEY_FILE_ENV + " (docs/SECURITY.md)");
        } else if (location.kind() == org.neverout.history.StoreLocation.Kind.POSTGRESQL
                && !location.url().contains("sslmode=verify-full")) {
            err.println("neverout: warning: recording a classified model without sslmode=verify-full in the store URL "
                    + "(docs/SECURITY.md)");
        }
    }
}
