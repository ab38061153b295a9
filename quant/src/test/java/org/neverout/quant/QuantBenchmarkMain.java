package org.neverout.quant;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.TopologyZoo;

/**
 * Benchmark of the quantification (a plain main, not run by the tests; to be ported to JMH):
 * <ol>
 * <li>Monte Carlo network-state samples per second on a Topology Zoo graph (Kdl: 754 nodes, 899 links) with
 * 1,000 random two-endpoint services, node and link defaults, on the given number of threads;</li>
 * <li>the cost of the exact method as the model grows: breadth-first balls of the same graph with 3
 * services, until the expansion needs more than 5 million evaluations.</li>
 * </ol>
 * Usage: {@code java -cp ... org.neverout.quant.QuantBenchmarkMain PATH/Kdl.graphml [threads] [samples]}
 */
public final class QuantBenchmarkMain {
    private QuantBenchmarkMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/datasets/topologyzoo/Kdl.graphml");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long samples = args.length > 2 ? Long.parseLong(args[2]) : 100_000;
        TopologyZoo.Graph graph = TopologyZoo.load(file);
        monteCarloThroughput(graph, threads, samples);
        exactGrowth(graph);
    }

    static void monteCarloThroughput(TopologyZoo.Graph graph, int threads, long samples) {
        Model model = model(graph, graph.nodes(), 1000, 7);
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        boolean[] wanted = new NetworkState(compiled).serviceStates();
        int services = compiled.serviceCount();
        int[] roots = new int[services];
        Arrays.fill(roots, -1);
        MonteCarloEstimator estimator = new MonteCarloEstimator(compiled, varEvent, varQ, 2);
        System.out.printf("model %s: %d nodes, %d links, %d services, %d failure-capable events%n", graph.name(),
                compiled.nodeCount(), compiled.linkCount(), services, varEvent.length);
        estimator.estimate(wanted, new Bdd[services], roots, new double[services], samples / 10, 1, threads, 0.95);
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            estimator.estimate(wanted, new Bdd[services], roots, new double[services], samples, run, threads, 0.95);
            double seconds = (System.nanoTime() - start) / 1e9;
            // both strata are sampled: 2 x samples network states, each evaluating all services
            System.out.printf("monte carlo: %d states in %.2f s on %d threads = %.0f states/s%n", 2 * samples, seconds,
                    threads, 2 * samples / seconds);
        }
        long start = System.nanoTime();
        AvailabilityReport report = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults()
                .withMethod(Method.MONTE_CARLO).withOrder(2).withSamples(samples).withThreads(threads));
        System.out.printf("full availability analysis (order 2 cut sets, bounds, %d samples): %.2f s; "
                        + "median upper/lower bound width %.3g, median 95%% interval width %.3g%n", samples,
                (System.nanoTime() - start) / 1e9,
                median(report.services().stream().mapToDouble(s -> s.upper() - s.lower()).toArray()),
                median(report.services().stream().filter(s -> s.interval() != null)
                        .mapToDouble(s -> s.interval().upper() - s.interval().lower()).toArray()));
    }

    static void exactGrowth(TopologyZoo.Graph graph) {
        System.out.println("exact method as the model grows (3 services, node and link defaults):");
        System.out.println("nodes links events evaluations seconds");
        for (int size = 5; size <= graph.nodes(); size += 5) {
            Model model = model(graph, size, 3, 11);
            long start = System.nanoTime();
            try {
                AvailabilityReport r = AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults()
                        .withMethod(Method.EXACT).withExactBudget(5_000_000).withThreads(1));
                System.out.printf("%d %d %d %d %.3f%n", model.nodes().size(), model.links().size(),
                        r.failureCapableEvents().size(), r.exactEvaluations(), (System.nanoTime() - start) / 1e9);
            } catch (QuantificationException e) {
                System.out.printf("%d %d infeasible: more than 5,000,000 evaluations (%.1f s)%n", model.nodes().size(),
                        model.links().size(), (System.nanoTime() - start) / 1e9);
                return;
            }
        }
    }

    /** The breadth-first ball of {@code size} nodes around node 0, with random services between its nodes. */
    static Model model(TopologyZoo.Graph graph, int size, int serviceCount, long seed) {
        Map<Integer, List<Integer>> adjacency = new HashMap<>();
        for (int[] e : graph.edges()) {
            adjacency.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            adjacency.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
        }
        Map<Integer, Integer> kept = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        kept.put(0, 0);
        while (!queue.isEmpty() && kept.size() < size) {
            for (int m : adjacency.getOrDefault(queue.poll(), List.of())) {
                if (kept.size() < size && !kept.containsKey(m)) {
                    kept.put(m, kept.size());
                    queue.add(m);
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            nodes.add(new Node("n" + i, null, null, null, null, null, Model.DEFENCE, Model.DEFENCE, List.of(), null,
                    null, null, null, null, Reliability.NONE));
        }
        List<Link> links = new ArrayList<>();
        for (int[] e : graph.edges()) {
            if (kept.containsKey(e[0]) && kept.containsKey(e[1])) {
                links.add(new Link("l" + links.size(), null, "n" + kept.get(e[0]), "n" + kept.get(e[1]), Model.DEFENCE,
                        Model.DEFENCE, List.of(), null, null, null, null, null, null, Reliability.NONE));
            }
        }
        Random rng = new Random(seed);
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            services.add(new Service("svc" + s, null, ServiceKind.VITAL,
                    List.of(List.of("n" + rng.nextInt(nodes.size())), List.of("n" + rng.nextInt(nodes.size()))),
                    List.of(), 0, (long) (1 + rng.nextInt(1000)), null, null, 0.9999, null, Reliability.NONE));
        }
        Map<String, Reliability> defaults = Map.of("node", new Reliability(100_000.0, 4.0),
                "link", new Reliability(20_000.0, 8.0));
        return new Model(graph.name() + "-" + size, List.of(), List.of(), nodes, links, List.of(), List.of(), services,
                List.of(), defaults, List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
