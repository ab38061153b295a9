package org.neverout.spark;

import picocli.CommandLine.Option;

/** The options every neverout-spark command adds to the single-machine command's. */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[N] (N executor threads in this JVM), local[N,F] (F attempts per task),"
                    + " spark://HOST:PORT, ... (default: ${DEFAULT-VALUE}; spark-submit's --master wins when given).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks the work is split into (default: the cluster's default parallelism, i.e. its cores).")
    Integer partitions;

    @Option(names = "--verbose", description = "Spark's own log at INFO on standard error (default: warnings only).")
    boolean verbose;

    /** The partitions asked for, or the context's default parallelism; at least 1. */
    int partitions(int defaultParallelism) {
        return partitions != null ? partitions : Math.max(1, defaultParallelism);
    }

    void validate() {
        if (partitions != null && partitions < 1) {
            throw new org.neverout.cli.UsageException("--partitions must be at least 1, got " + partitions);
        }
    }
}
