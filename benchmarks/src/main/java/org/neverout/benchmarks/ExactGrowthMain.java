package org.neverout.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neverout.model.Model;
import org.neverout.quant.AvailabilityReport;

/**
 * The cost of the exact quantification method as the model grows, as one table: breadth-first balls of
 * a bundled topology ({@link BenchmarkModels#ball}) with 3 random services and node and link reliability
 * defaults, one single-threaded exact analysis per (size, service seed), after a warm-up. Since the cost
 * depends much on where the services lie, each size is run with several service seeds and the table
 * shows the median, smallest and largest evaluations and the median time of the feasible runs.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.ExactGrowthMain [GRAPH] [FROM] [TO] [STEP] [SEEDS] [BUDGET]
 * </pre>
 * Defaults: Kdl, 10 to 25 nodes in steps of 5, seeds 11 (the JMH benchmark's) to 15, budget 20,000,000
 * network evaluations.
 */
public final class ExactGrowthMain {
    private ExactGrowthMain() {
    }

    public static void main(String[] args) {
        String graph = args.length > 0 ? args[0] : "Kdl";
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        int step = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int seeds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        long budget = args.length > 5 ? Long.parseLong(args[5]) : QuantBenchmarks.EXACT_BUDGET;
        BenchmarkModels.Topology topology = BenchmarkModels.topology(graph);
        for (int i = 0; i < 20; i++) {
            QuantBenchmarks.exact(QuantBenchmarks.ball(topology, 10, 11), budget); // warm-up
        }
        System.out.printf("exact method on balls of %s, 3 services, %d service seeds per size, budget %d%n", graph,
                seeds, budget);
        System.out.println("nodes links events feasible median-evaluations min max median-seconds");
        for (int size = from; size <= to; size += step) {
            List<Long> evaluations = new ArrayList<>();
            List<Double> seconds = new ArrayList<>();
            int links = 0;
            int events = 0;
            for (long seed = 11; seed < 11 + seeds; seed++) {
                Model model = QuantBenchmarks.ball(topology, size, seed);
                links = model.links().size();
                long start = System.nanoTime();
                AvailabilityReport r = QuantBenchmarks.exact(model, budget);
                if (r != null) {
                    seconds.add((System.nanoTime() - start) / 1e9);
                    evaluations.add(r.exactEvaluations());
                    events = r.failureCapableEvents().size();
                }
            }
            if (evaluations.isEmpty()) {
                System.out.printf("%d %d - 0/%d >%d - - -%n", size, links, seeds, budget);
                continue;
            }
            Collections.sort(evaluations);
            Collections.sort(seconds);
            System.out.printf("%d %d %d %d/%d %d %d %d %.3f%n", size, links, events, evaluations.size(), seeds,
                    evaluations.get(evaluations.size() / 2), evaluations.get(0),
                    evaluations.get(evaluations.size() - 1), seconds.get(seconds.size() / 2));
        }
    }
}
