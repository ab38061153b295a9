package org.neverout.spark;

import java.io.PrintWriter;
import java.util.Arrays;

import org.neverout.cli.NeverOut;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code neverout-spark} command: analyze and availability on Apache Spark, with the single-machine
 * commands' options, output and exit codes (0 ran, 1 a gate hit, 2 bad input or usage: unreadable model,
 * unreachable master, unsupported option). Spark's own log is at WARN unless {@code --verbose}.
 */
@Command(name = "neverout-spark",
        mixinStandardHelpOptions = true,
        versionProvider = NeverOut.Version.class,
        header = "NeverOut's analyses spread over an Apache Spark cluster; the output is the single-machine CLI's.",
        description = {
            "Local mode: ./neverout-spark analyze MODEL --master local[2]. On a cluster: spark-submit --class "
                + "org.neverout.spark.NeverOutSpark spark/target/neverout-spark.jar analyze MODEL (docs/SPARK.md)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the command ran (whatever it found)",
            "  1  a gate the user asked for was hit (--fail-on)",
            "  2  bad input or usage: unreadable model (also on an executor), unreachable master, unsupported option"},
        subcommands = {
            CommandLine.HelpCommand.class,
            SparkAnalyzeCommand.class,
            SparkAvailabilityCommand.class
        })
public final class NeverOutSpark implements java.util.concurrent.Callable<Integer> {
    /** The system property log4j2.properties reads Spark's log level from. */
    static final String LOG_LEVEL = "neverout.spark.log";

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NeverOut.EXIT_BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // before Spark initialises log4j2: its level comes from this property (log4j2.properties)
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, Arrays.asList(args).contains("--verbose") ? "info" : "warn");
        }
        CommandLine cmd = NeverOut.configure(new CommandLine(new NeverOutSpark()));
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }
}
