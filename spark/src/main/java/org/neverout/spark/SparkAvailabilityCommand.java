package org.neverout.spark;

import org.neverout.cli.AvailabilityCommand;
import org.neverout.cli.UsageException;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.quant.AvailabilityOptions;
import org.neverout.quant.MonteCarloChunks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code neverout-spark availability MODEL --master URL}: {@code neverout availability} with the Monte
 * Carlo samples drawn on a Spark cluster's executors ({@link SparkMonteCarlo}); the same report for the
 * same seed. Bounds, exact results and importance are computed on the driver as on one machine.
 */
@Command(name = "availability",
        header = "neverout availability with the Monte Carlo samples drawn on a Spark cluster (same report).",
        description = {
            "Runs 'neverout availability' with the Monte Carlo chunks (fixed size, seeded by --seed, stratum and "
                + "chunk) split into --partitions ranges drawn on the executors; the counts are summed on the "
                + "driver, so the report is identical to 'neverout availability' with the same --seed, apart from "
                + "the elapsed time. Methods that draw no samples (exact, bounds, auto when exact succeeds) run on "
                + "the driver alone. --time-limit is refused: executors must derive the same bounds as the driver.",
            "",
            "What the report holds: 'neverout availability --help'."})
public class SparkAvailabilityCommand extends AvailabilityCommand {
    @Mixin
    SparkOptions sparkOptions;

    private SparkRuntime spark;

    @Override
    protected MonteCarloChunks chunks(Model m, AvailabilityOptions options) {
        sparkOptions.validate();
        if (options.timeLimit() != null) {
            throw new UsageException("--time-limit is not supported by neverout-spark availability: a limit can stop the"
                    + " bounds at different orders on the driver and the executors (leave it out)");
        }
        ModelShipment shipment = ModelShipment.of(m, CompiledModel.compile(m));
        return (chunks, plan, local) -> {
            if (spark == null) { // started only when something is sampled
                spark = SparkRuntime.open(sparkOptions.master, sparkOptions.verbose);
            }
            int partitions = sparkOptions.partitions(spark.context().defaultParallelism());
            return new SparkMonteCarlo(spark.context(), shipment, options, partitions).count(chunks, plan, local);
        };
    }

    @Override
    public Integer call() throws Exception {
        try {
            return super.call();
        } finally {
            if (spark != null) {
                spark.close();
                spark = null;
            }
        }
    }
}
