package org.neverout.quant;

import java.util.Arrays;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;

/**
 * Benchmark access to the Monte Carlo sampling loop of {@link MonteCarloEstimator}, which is package
 * private in the quant module; this class lives in the benchmarks module under the same package name
 * (a split package on the class path, never shipped with the tool) so the benchmark times the production
 * sampler rather than a copy of it.
 *
 * <p>Every service that is up with no failure is estimated with the stratified estimator (no cut-set
 * control), so each call draws {@code samples} network states from each of the two strata, applies the
 * failed events to a {@link NetworkState}, evaluates {@link NetworkState#serviceStates()} and undoes them:
 * 2 x {@code samples} network states per call. The variable order, unavailabilities and
 * cut-set order K are those {@link AvailabilityAnalysis} would use.
 */
public final class MonteCarloSampling {
    private final MonteCarloEstimator estimator;
    private final boolean[] wanted;
    private final int threads;
    private final int failureCapableEvents;

    /**
     * @param model    a model with reliability figures (own or defaults)
     * @param order    K of the strata {1..K} and {K+1..}
     * @param threads  sampling threads
     */
    public MonteCarloSampling(Model model, int order, int threads) {
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        this.estimator = new MonteCarloEstimator(compiled, varEvent, varQ, order);
        this.wanted = new NetworkState(compiled).serviceStates();
        this.threads = threads;
        this.failureCapableEvents = varEvent.length;
    }

    public int failureCapableEvents() {
        return failureCapableEvents;
    }

    /** Draws {@code samples} states per stratum; returns the point estimates (to be consumed). */
    public double[] sample(long samples, long seed) {
        int services = wanted.length;
        int[] noControl = new int[services];
        Arrays.fill(noControl, -1);
        MonteCarloEstimator.Estimate[] estimates = estimator.estimate(wanted, new Bdd[services], noControl,
                new double[services], samples, seed, threads, 0.95);
        double[] points = new double[services];
        for (int s = 0; s < services; s++) {
            points[s] = estimates[s] == null ? 0 : estimates[s].point();
        }
        return points;
    }
}
