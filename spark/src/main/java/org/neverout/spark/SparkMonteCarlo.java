package org.neverout.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.neverout.quant.AvailabilityAnalysis;
import org.neverout.quant.AvailabilityOptions;
import org.neverout.quant.Method;
import org.neverout.quant.MonteCarloChunks;

/**
 * Monte Carlo samples drawn on a Spark cluster: the plan's chunks (fixed size, each seeded by seed,
 * stratum and chunk number) are cut into one contiguous range per task; each executor prepares the same
 * plan from the shipped model ({@link AvailabilityAnalysis#countChunks}, which checks the driver's plan
 * fingerprint) and counts its range on one thread; the driver adds the integer counts. So the report is
 * the single-machine one with the same seed, for any partitions, executors or retries.
 */
final class SparkMonteCarlo implements MonteCarloChunks {
    private final JavaSparkContext sc;
    private final ModelShipment shipment;
    private final AvailabilityOptions options;
    private final int partitions;

    SparkMonteCarlo(JavaSparkContext sc, ModelShipment shipment, AvailabilityOptions options, int partitions) {
        this.sc = sc;
        this.shipment = shipment;
        this.options = options;
        this.partitions = partitions;
    }

    @Override
    public long[][] count(long chunks, String plan, Counter local) {
        int tasks = (int) Math.min(partitions, chunks);
        List<long[]> ranges = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            ranges.add(new long[] {chunks * t / tasks, chunks * (t + 1) / tasks});
        }
        Broadcast<ModelShipment> model = sc.broadcast(shipment);
        try {
            List<long[][]> counts = SparkJobs.run("availability", () -> sc.parallelize(ranges, tasks)
                    .map(new RangeTask(model, options, plan)).collect());
            long[][] sum = null;
            for (long[][] part : counts) {
                if (sum == null) {
                    sum = new long[part.length][];
                    for (int i = 0; i < part.length; i++) {
                        sum[i] = part[i].clone();
                    }
                    continue;
                }
                for (int i = 0; i < part.length; i++) {
                    for (int s = 0; s < part[i].length; s++) {
                        sum[i][s] += part[i][s];
                    }
                }
            }
            return sum;
        } finally {
            model.destroy();
        }
    }

    /** One range of chunks on an executor. Serializable: the options travel as their parts. */
    static final class RangeTask implements Function<long[], long[][]>, Serializable {
        private static final long serialVersionUID = 1L;

        private final Broadcast<ModelShipment> model;
        private final Method method;
        private final int order;
        private final long samples;
        private final long seed;
        private final long exactBudget;
        private final double confidence;
        private final Duration timeLimit;
        private final String plan;

        RangeTask(Broadcast<ModelShipment> model, AvailabilityOptions o, String plan) {
            this.model = model;
            this.method = o.method();
            this.order = o.order();
            this.samples = o.samples();
            this.seed = o.seed();
            this.exactBudget = o.exactBudget();
            this.confidence = o.confidence();
            this.timeLimit = o.timeLimit();
            this.plan = plan;
        }

        @Override
        public long[][] call(long[] range) {
            TaskHooks.taskStarts("Monte Carlo chunks " + range[0] + ".." + range[1]);
            AvailabilityOptions options = new AvailabilityOptions(method, order, samples, seed, 1, exactBudget,
                    confidence, timeLimit);
            try {
                return AvailabilityAnalysis.countChunks(model.value().model(), options, range[0], range[1], plan);
            } catch (IllegalStateException e) {
                throw new ExecutorProblem(e.getMessage());
            }
        }
    }
}
