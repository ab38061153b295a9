package org.neverout.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code neverout} command. Exit codes follow MODEL.md: 0 ran, 1 only for gates the user asked
 * for, 2 bad input or usage (located message, no stack trace unless {@code --debug}).
 */
@Command(name = "neverout",
        mixinStandardHelpOptions = true,
        versionProvider = NeverOut.Version.class,
        header = "Resilience analysis for critical networks that may never go out.",
        description = {
            "NeverOut holds a critical wide-area network as a model (sites, nodes, links, power, "
                + "suppliers, shared services, vital processes, external parties) and answers the questions "
                + "of a periodic independent resilience analysis: which minimal sets of failures take a vital "
                + "service down, does defence keep control, and what happens to society when something fails.",
            "",
            "The model format is described in docs/MODEL.md; a JSON Schema for editors is in schema/."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the command ran (whatever it found)",
            "  1  a gate the user asked for was hit (--fail-on, check --fail-severity)",
            "  2  bad input or usage: the message names the file, line or id",
            "",
            "Run 'neverout help COMMAND' or 'neverout COMMAND --help' for a command's options."},
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            ShowCommand.class,
            LintCommand.class,
            InitCommand.class,
            AnalyzeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            RemediateCommand.class,
            AvailabilityCommand.class,
            CapacityCommand.class,
            CheckCommand.class,
            SimulateCommand.class,
            AttackCommand.class,
            SectorsCommand.class,
            RecordCommand.class,
            HistoryCommand.class,
            VerifyHistoryCommand.class,
            ServeCommand.class,
            AutoComplete.GenerateCompletion.class,
            picocli.codegen.docgen.manpage.ManPageGenerator.class
        })
public final class NeverOut implements java.util.concurrent.Callable<Integer> {

    /** Exit code for bad input or usage (MODEL.md, "CLI conventions"). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code when a gate the user asked for is hit. */
    public static final int EXIT_GATE = 1;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors (for bug reports). Its output may contain classified data "
                    + "from the model: do not pass it on unredacted.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bare {@code neverout}: no command given is a usage error (exit 2), with the usage on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The configured picocli command line (also used to generate completion and man pages). */
    public static CommandLine commandLine() {
        CommandLine cmd = configure(new CommandLine(new NeverOut()));
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cmd;
    }

    /**
     * Gives a command line NeverOut's conventions: exit codes, plain located messages instead of stack
     * traces, dates, and an unwritable --out refused before any work (also used by neverout-spark).
     */
    public static CommandLine configure(CommandLine cmd) {
        cmd.setUsageHelpAutoWidth(true);
        cmd.setUsageHelpLongOptionsMaxWidth(28);
        cmd.setExitCodeExceptionMapper(t -> EXIT_BAD_INPUT);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("neverout: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return EXIT_BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler(NeverOut::handleExecutionException);
        cmd.registerConverter(java.time.LocalDate.class, new DateConverter());
        // an unwritable --out is refused before any (possibly long) work starts
        cmd.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult leaf = parseResult;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            if (leaf.hasMatchedOption("--debug")) {
                // stack traces and messages may quote the model: say so before any of it is printed
                leaf.commandSpec().commandLine().getErr().println("neverout: --debug: this output may contain "
                        + "classified data from the model; do not pass it on unredacted");
            }
            CommandLine.Model.OptionSpec out = leaf.matchedOption("--out");
            if (out != null && out.getValue() instanceof java.nio.file.Path path) {
                try {
                    Output.checkWritable(path);
                } catch (UsageException e) {
                    return handleExecutionException(e, leaf.commandSpec().commandLine(), parseResult);
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cmd;
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = parseResult.hasMatchedOption("--debug");
        if (ex instanceof InvalidModelException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
            int n = invalid.problems().size();
            // only a command that writes something can promise that nothing was half-written
            boolean writes = cmd.getCommandSpec().findOption("--out") != null;
            err.println("neverout: " + n + (n == 1 ? " problem" : " problems") + " found"
                    + (writes ? "; nothing was written." : "."));
        } else if (ex instanceof UsageException usage) {
            err.println("neverout: " + usage.getMessage());
        } else if (ex instanceof IOException io) {
            err.println("neverout: I/O error: " + io.getMessage());
        } else {
            err.println("neverout: internal error: " + ex + " (run again with --debug and report it)");
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 3;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** ISO dates with a message that says which value is wrong and the form expected. */
    static final class DateConverter implements CommandLine.ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                String why = e.getCause() != null && e.getCause().getMessage() != null
                        ? " (" + e.getCause().getMessage() + ")" : "";
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a valid date: expected YYYY-MM-DD, e.g. 2026-12-01" + why);
            }
        }
    }

    /** Reads the version from the filtered resource so it works from the jar and from tests alike. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = NeverOut.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "NeverOut " + p.getProperty("version", "unknown"),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
        }
    }
}
