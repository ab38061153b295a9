package org.neverout.benchmarks;

import java.util.concurrent.TimeUnit;

import org.neverout.model.Model;
import org.neverout.quant.AvailabilityAnalysis;
import org.neverout.quant.AvailabilityOptions;
import org.neverout.quant.AvailabilityReport;
import org.neverout.quant.Method;
import org.neverout.quant.MonteCarloSampling;
import org.neverout.quant.QuantificationException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, quantification on the benchmark models with node and link reliability defaults
 * ({@link BenchmarkModels#withReliabilityDefaults}):
 * <ul>
 * <li>{@code monteCarloStates}: the Monte Carlo sampling loop on Kdl with 1,000 services, one op = one
 * sampled network state (conditioned draw, apply, {@code serviceStates()}, undo), on 1 and 2 threads;</li>
 * <li>{@code monteCarloAnalysis}: the whole {@link AvailabilityAnalysis} with method monte-carlo, order 2
 * cut-set bounds and {@value #ANALYSIS_SAMPLES} samples per stratum on 2 threads, and {@code
 * boundsAnalysis}, the same without the sampling (method bounds), to split its cost;</li>
 * <li>{@code exactAnalysis}: the exact method on breadth-first balls of Kdl with 10-25 nodes and 3
 * services (single-threaded, budget {@value #EXACT_BUDGET} evaluations); the set-up prints the ball's
 * size and the network evaluations of its expansion. {@link ExactGrowthMain} tabulates the same growth
 * over several service draws per size.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class QuantBenchmarks {
    /**
     * Samples per stratum of one invocation of {@code monteCarloStates} (2 x this many network states):
     * ten of the estimator's 2,048-sample chunks, so two threads get equal shares.
     */
    static final int BATCH_SAMPLES = 20_480;
    static final int ANALYSIS_SAMPLES = AvailabilityOptions.DEFAULT_SAMPLES;
    /**
     * Budget of {@code exactAnalysis}: 100 x the default, about 5 s of expansion. A ball that needs more
     * is reported infeasible by its set-up, and its score is the time to exhaust the budget and refuse.
     */
    static final long EXACT_BUDGET = 20_000_000L;

    static Model kdlWithFigures() {
        return BenchmarkModels.withReliabilityDefaults(
                BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), 1000, 42));
    }

    @State(Scope.Benchmark)
    public static class Sampling {
        @Param({"1", "2"})
        int threads;
        MonteCarloSampling sampling;
        long seed;

        @Setup
        public void setUp() {
            sampling = new MonteCarloSampling(kdlWithFigures(), 2, threads);
            System.out.printf("%nKdl with 1,000 services: %d failure-capable events%n", sampling.failureCapableEvents());
        }
    }

    @State(Scope.Benchmark)
    public static class Kdl {
        Model model;

        @Setup
        public void setUp() {
            model = kdlWithFigures();
        }
    }

    @State(Scope.Benchmark)
    public static class Ball {
        @Param({"10", "15", "20", "25"})
        int nodes;
        Model model;

        @Setup
        public void setUp() {
            model = ball(BenchmarkModels.topology("Kdl"), nodes, 11);
            AvailabilityReport r = exact(model, EXACT_BUDGET);
            if (r == null) {
                System.out.printf("%nball of Kdl: %d nodes, %d links: exact infeasible, more than %d network evaluations;"
                        + " the score is the time to refuse%n", model.nodes().size(), model.links().size(), EXACT_BUDGET);
            } else {
                System.out.printf("%nball of Kdl: %d nodes, %d links, %d failure-capable events, %d network evaluations%n",
                        model.nodes().size(), model.links().size(), r.failureCapableEvents().size(),
                        r.exactEvaluations());
            }
        }
    }

    /** The breadth-first ball of {@code nodes} nodes with 3 random services and reliability defaults. */
    static Model ball(BenchmarkModels.Topology topology, int nodes, long seed) {
        return BenchmarkModels.withReliabilityDefaults(BenchmarkModels.withServices(
                BenchmarkModels.ball(topology, nodes), 3, seed));
    }

    /** One exact analysis on one thread; null when the expansion needs more than {@code budget} evaluations. */
    static AvailabilityReport exact(Model model, long budget) {
        try {
            return AvailabilityAnalysis.analyze(model, AvailabilityOptions.defaults().withMethod(Method.EXACT)
                    .withExactBudget(budget).withThreads(1));
        } catch (QuantificationException e) {
            return null;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(2 * BATCH_SAMPLES)
    public double[] monteCarloStates(Sampling s) {
        return s.sampling.sample(BATCH_SAMPLES, ++s.seed);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AvailabilityReport monteCarloAnalysis(Kdl kdl) {
        return AvailabilityAnalysis.analyze(kdl.model, AvailabilityOptions.defaults().withMethod(Method.MONTE_CARLO)
                .withOrder(2).withSamples(ANALYSIS_SAMPLES).withThreads(2));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AvailabilityReport boundsAnalysis(Kdl kdl) {
        return AvailabilityAnalysis.analyze(kdl.model, AvailabilityOptions.defaults().withMethod(Method.BOUNDS)
                .withOrder(2).withThreads(2));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AvailabilityReport exactAnalysis(Ball ball) {
        return exact(ball.model, EXACT_BUDGET);
    }
}
