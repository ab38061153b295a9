package org.neverout.quant;

import java.util.Arrays;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;

/**
 * The production Monte Carlo sampler of {@link AvailabilityAnalysis} on its own, for measuring its
 * throughput (network states per second) without the cut-set bounds around it. Not needed to quantify a
 * model: use {@link AvailabilityAnalysis#analyze} for that.
 *
 * <p>Every service that is up with no failure is estimated with the stratified estimator (no cut-set
 * control), so each {@link #sample} draws {@code samples} network states from each of the two strata
 * {1..K} and {K+1..} failures, exactly conditioned on its stratum, applies the failed events to a
 * {@link NetworkState}, evaluates every service and undoes them: 2 x {@code samples} network states per
 * call. The variable order, the event unavailabilities and the chunked, seeded, thread-count-independent
 * sampling are those of {@link AvailabilityAnalysis} with method monte-carlo. Immutable after
 * construction; {@link #sample} may be called from several threads.
 */
public final class MonteCarloSampling {
    private final MonteCarloEstimator estimator;
    private final boolean[] wanted;
    private final int threads;
    private final int failureCapableEvents;

    /**
     * Compiles the model and prepares the sampler. O(model size + events log events).
     *
     * @param model    a validated model with reliability figures (own or defaults)
     * @param order    K of the strata {1..K} and {K+1..}, at least 1
     * @param threads  sampling threads, at least 1
     * @throws IllegalArgumentException for an order or thread count below 1
     * @throws org.neverout.model.InvalidModelException when the model does not compile
     */
    public MonteCarloSampling(Model model, int order, int threads) {
        if (order < 1 || threads < 1) {
            throw new IllegalArgumentException("order and threads must be at least 1, got order " + order
                    + " and threads " + threads);
        }
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        this.estimator = new MonteCarloEstimator(compiled, varEvent, varQ, order);
        this.wanted = new NetworkState(compiled).serviceStates();
        this.threads = threads;
        this.failureCapableEvents = varEvent.length;
    }

    /** The events that can fail (have reliability figures), i.e. the sampled variables. */
    public int failureCapableEvents() {
        return failureCapableEvents;
    }

    /**
     * Draws {@code samples} network states per stratum (fewer when a stratum has probability 0) and returns
     * each service's stratified point estimate of its unavailability (0 for a service down with no
     * failure, which is not sampled). Equal seeds give equal results for any thread count.
     * O(samples x (events + V + E + services)) over the threads.
     *
     * @throws IllegalArgumentException when {@code samples} is below 1
     */
    public double[] sample(long samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
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
