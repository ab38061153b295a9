package org.neverout.spark;

import org.neverout.cli.AnalyzeCommand;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code neverout-spark analyze MODEL --master URL}: {@code neverout analyze} with the enumeration spread
 * over a Spark cluster's executors ({@link SparkCutSets}). Every option and the whole output (text, JSON,
 * gates) are the single-machine command's; only where the cut sets are enumerated differs.
 */
@Command(name = "analyze",
        header = "neverout analyze with the cut-set enumeration spread over a Spark cluster (same output).",
        description = {
            "Runs 'neverout analyze' with the top level of the enumeration split by its smallest event class "
                + "into --partitions tasks; each executor runs the single-machine engine on its share of the "
                + "model sent to it (its canonical text, read again there) and the driver merges the shares in "
                + "order. The output is identical to 'neverout analyze' with the same options, apart from the "
                + "elapsed time. --threads is the driver's (lower levels, merge); a task uses one core.",
            "",
            "What the output holds: 'neverout analyze --help'."})
public class SparkAnalyzeCommand extends AnalyzeCommand {
    @Mixin
    SparkOptions sparkOptions;

    @Override
    protected AnalysisResult enumerate(Model m, CompiledModel compiled, AnalysisQuestion question,
                                       ProgressListener progress) {
        sparkOptions.validate();
        try (SparkRuntime spark = SparkRuntime.open(sparkOptions.master, sparkOptions.verbose)) {
            int partitions = sparkOptions.partitions(spark.context().defaultParallelism());
            return SparkCutSets.analyze(spark.context(), ModelShipment.of(m, compiled), compiled, question, partitions,
                    progress);
        }
    }
}
