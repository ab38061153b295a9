package org.neverout.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetShare;
import org.neverout.engine.CutSetShares;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;

/**
 * The cut-set analysis on a Spark cluster: one task per share of the top level's first event classes
 * ({@link CutSetShares}), each running the single-machine engine (one thread: Spark gives a task one
 * core) on the model shipped to its executor, collected on the driver and merged there in share order.
 * The result is the engine's on one machine, whatever the number of partitions, executors or retries
 * (a retried task recomputes the same share).
 *
 * <p>Cost: every task repeats the lower levels (about 1/C of the top level for C event classes), so
 * partitions well beyond the cluster's cores only add that; order 1 has nothing to share and runs on the
 * driver.
 */
final class SparkCutSets {
    private SparkCutSets() {
    }

    static AnalysisResult analyze(JavaSparkContext sc, ModelShipment shipment, CompiledModel compiled,
                                  AnalysisQuestion question, int partitions, ProgressListener progress) {
        if (question.order() == 1) {
            return CutSetShares.merge(compiled, question, List.of(), progress);
        }
        Broadcast<ModelShipment> model = sc.broadcast(shipment);
        ShareTask task = new ShareTask(model, question, partitions);
        List<Integer> indices = IntStream.range(0, partitions).boxed().collect(Collectors.toList());
        List<CutSetShare> shares = SparkJobs.run("analyze", () -> sc.parallelize(indices, partitions).map(task)
                .collect());
        try {
            return CutSetShares.merge(compiled, question, shares, progress);
        } finally {
            model.destroy();
        }
    }

    /** One share on an executor. Serializable: the question travels as its parts. */
    static final class ShareTask implements Function<Integer, CutSetShare>, Serializable {
        private static final long serialVersionUID = 1L;

        private final Broadcast<ModelShipment> model;
        private final int order;
        private final Set<EventKind> kinds;
        private final long maxCutSets;
        private final Duration timeLimit;
        private final int count;

        ShareTask(Broadcast<ModelShipment> model, AnalysisQuestion question, int count) {
            this.model = model;
            this.order = question.order();
            this.kinds = EnumSet.copyOf(question.kinds());
            this.maxCutSets = question.maxCutSets();
            this.timeLimit = question.timeLimit();
            this.count = count;
        }

        @Override
        public CutSetShare call(Integer index) {
            TaskHooks.taskStarts("cut-set share " + index + " of " + count);
            CompiledModel compiled = CompiledModel.compile(model.value().model());
            return CutSetShares.run(compiled, new AnalysisQuestion(order, kinds, 1, maxCutSets, timeLimit), index, count);
        }
    }
}
