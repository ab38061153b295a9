package org.neverout.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;

/**
 * Monte Carlo estimation of service unavailability with variance reduction for rare failures, seeded
 * and reproducible.
 *
 * <p>N is the number of failure-capable events down. A service up with no failure is down only when
 * N &gt;= 1, and the states are split by N into two strata whose probabilities are exact
 * ({@link PoissonBinomial}): A = {1 &lt;= N &lt;= K} and B = {N &gt;= K+1}. Each stratum is sampled exactly
 * conditioned on it (sequentially, event i down with probability q_i x (suffix probability of the
 * remaining count) / (suffix probability of the current count); after the conditioning count is met, the
 * remaining events are independent and drawn by geometric skipping with thinning), so no sample is
 * wasted on the all-up state.
 *
 * <p>Two estimators, chosen per service:
 * <ul>
 * <li><b>cut-set control</b> (cut sets complete to K and their union's probability L exact): down =
 * (union found) or (down and not union found), and the second event lies inside B (a down state with at
 * most K failures contains a found cut set). So P(down) = L + P(B) p with p = P(down, no found cut set
 * down | B), estimated from B samples only; the interval L + P(B) [p-, p+] uses the Clopper-Pearson
 * interval of p at the stated level and always lies inside the rigorous bounds [L, L + P(B)].</li>
 * <li><b>stratified</b> (otherwise): P(down) = P(A) pA + P(B) pB, each proportion with its
 * Clopper-Pearson interval at level 1 - alpha/2, so the sum of the two intervals has coverage at least
 * 1 - alpha (Bonferroni).</li>
 * </ul>
 *
 * <p>Samples are drawn in fixed chunks, chunk c of stratum t from a {@link SplittableRandom} seeded by
 * (seed, t, c), so results are identical for any number of threads. Cost per sample: O(events) for the
 * conditioned draw, plus one {@link NetworkState#serviceStates()}, O(V + E + services), plus O(depth)
 * per service using the cut-set control.
 */
final class MonteCarloEstimator {
    private static final int CHUNK = 2048;

    /** The estimate of one service. */
    record Estimate(double point, double lower, double upper, long samples, String estimator) {
    }

    private final CompiledModel model;
    /** Event index of each variable. */
    private final int[] varEvent;
    private final double[] q;
    private final int order;
    private final double maxQ;

    MonteCarloEstimator(CompiledModel model, int[] varEvent, double[] varQ, int order) {
        this.model = model;
        this.varEvent = varEvent;
        this.q = varQ;
        this.order = order;
        double max = 0;
        for (double v : varQ) {
            max = Math.max(max, v);
        }
        this.maxQ = max;
    }

    /**
     * Estimates the services flagged in {@code wanted}. A service uses the cut-set control when
     * {@code controlRoots[s] >= 0} (the root of its complete found cut sets' union in {@code controls[s]},
     * whose probability is {@code controlProbability[s]}).
     *
     * @param samples  samples per stratum used
     * @param level    two-sided confidence level, e.g. 0.95
     */
    Estimate[] estimate(boolean[] wanted, Bdd[] controls, int[] controlRoots, double[] controlProbability,
                        long samples, long seed, int threads, double level) {
        int services = model.serviceCount();
        int tailCount = order + 1;
        double probabilityB = PoissonBinomial.atLeast(q, tailCount);
        double[][] exact = PoissonBinomial.suffixExact(q, order);
        double sumA = 0;
        for (int c = 1; c <= Math.min(order, q.length); c++) {
            sumA += exact[0][c];
        }
        double probabilityA = sumA;
        boolean needA = false;
        for (int s = 0; s < services; s++) {
            needA |= wanted[s] && controlRoots[s] < 0 && probabilityA > 0;
        }
        long[] downA = new long[services];
        long[] downB = new long[services];
        long samplesB = probabilityB > 0 ? samples : 0;
        long samplesA = needA ? samples : 0;
        if (samplesB > 0) {
            double[][] tails = PoissonBinomial.suffixTails(q, tailCount);
            run(samplesB, seed, 1, threads, wanted, controls, controlRoots, downB,
                    (rng, down, failed) -> drawAtLeast(rng, tails, tailCount, down, failed));
        }
        if (samplesA > 0) {
            int[] noControl = new int[services];
            java.util.Arrays.fill(noControl, -1);
            run(samplesA, seed, 2, threads, wanted, controls, noControl, downA,
                    (rng, down, failed) -> drawBetweenOneAndK(rng, exact, probabilityA, down, failed));
        }
        Estimate[] result = new Estimate[services];
        for (int s = 0; s < services; s++) {
            if (!wanted[s]) {
                continue;
            }
            if (controlRoots[s] >= 0) {
                double[] ci = BinomialInterval.clopperPearson(downB[s], samplesB, level);
                double p = samplesB == 0 ? 0 : (double) downB[s] / samplesB;
                double base = controlProbability[s];
                result[s] = new Estimate(base + probabilityB * p, base + probabilityB * (samplesB == 0 ? 0 : ci[0]),
                        base + probabilityB * (samplesB == 0 ? 0 : ci[1]), samplesB,
                        "cut-set control: L + P(N>=" + tailCount + ") x P(down, no found cut set | N>=" + tailCount
                                + "), Clopper-Pearson");
            } else {
                double half = 1 - (1 - level) / 2;
                double[] ciA = BinomialInterval.clopperPearson(downA[s], samplesA, half);
                double[] ciB = BinomialInterval.clopperPearson(downB[s], samplesB, half);
                double pA = samplesA == 0 ? 0 : (double) downA[s] / samplesA;
                double pB = samplesB == 0 ? 0 : (double) downB[s] / samplesB;
                double lowA = samplesA == 0 ? 0 : ciA[0];
                double highA = samplesA == 0 ? (probabilityA > 0 ? 1 : 0) : ciA[1];
                double lowB = samplesB == 0 ? 0 : ciB[0];
                double highB = samplesB == 0 ? 0 : ciB[1];
                result[s] = new Estimate(probabilityA * pA + probabilityB * pB,
                        probabilityA * lowA + probabilityB * lowB, probabilityA * highA + probabilityB * highB,
                        samplesA + samplesB, "stratified on N (1..." + order + ", >=" + tailCount
                                + "), Clopper-Pearson per stratum at " + half);
            }
        }
        return result;
    }

    /** Draws one state: marks the variables down in {@code down}, lists them in {@code failed}, returns how many. */
    @FunctionalInterface
    private interface Sampler {
        int draw(SplittableRandom rng, boolean[] down, int[] failed);
    }

    /** Draws {@code samples} states of one stratum and counts, per wanted service, the states that hit. */
    private void run(long samples, long seed, int stratum, int threads, boolean[] wanted, Bdd[] controls,
                     int[] controlRoots, long[] counts, Sampler sampler) {
        long chunks = (samples + CHUNK - 1) / CHUNK;
        int workers = (int) Math.max(1, Math.min(threads, chunks));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "neverout-monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    long[] local = new long[counts.length];
                    NetworkState state = new NetworkState(model);
                    boolean[] down = new boolean[q.length];
                    int[] failed = new int[q.length];
                    for (long c = worker; c < chunks; c += workers) {
                        SplittableRandom rng = new SplittableRandom(mix(seed, stratum, c));
                        long n = Math.min(CHUNK, samples - c * CHUNK);
                        for (long i = 0; i < n; i++) {
                            int k = sampler.draw(rng, down, failed);
                            for (int j = 0; j < k; j++) {
                                state.apply(varEvent[failed[j]]);
                            }
                            boolean[] up = state.serviceStates();
                            for (int s = 0; s < up.length; s++) {
                                if (wanted[s] && !up[s]
                                        && (controlRoots[s] < 0 || !controls[s].evaluate(controlRoots[s], down))) {
                                    local[s]++;
                                }
                            }
                            for (int j = 0; j < k; j++) {
                                state.undo(varEvent[failed[j]]);
                                down[failed[j]] = false;
                            }
                        }
                    }
                    return local;
                }));
            }
            for (Future<long[]> f : futures) {
                long[] local = f.get();
                for (int s = 0; s < counts.length; s++) {
                    counts[s] += local[s];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo sampling interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Monte Carlo sampling failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly conditioned on at least {@code r} variables down. */
    private int drawAtLeast(SplittableRandom rng, double[][] tails, int r, boolean[] down, int[] failed) {
        int k = 0;
        int need = r;
        int i = 0;
        for (; i < q.length && need > 0; i++) {
            double denominator = tails[i][need];
            double p = denominator > 0 ? q[i] * tails[i + 1][need - 1] / denominator : 1.0;
            if (rng.nextDouble() < p) {
                down[i] = true;
                failed[k++] = i;
                need--;
            }
        }
        return drawFree(rng, i, down, failed, k);
    }

    /** Exactly conditioned on 1 &lt;= N &lt;= K: the count by its exact probability, then its positions. */
    private int drawBetweenOneAndK(SplittableRandom rng, double[][] exact, double probabilityA, boolean[] down,
                                   int[] failed) {
        double u = rng.nextDouble() * probabilityA;
        int need = 1;
        int maxCount = Math.min(order, q.length);
        for (double cumulative = exact[0][1]; need < maxCount && u >= cumulative; ) {
            need++;
            cumulative += exact[0][need];
        }
        int k = 0;
        for (int i = 0; i < q.length && need > 0; i++) {
            double denominator = exact[i][need];
            double p = denominator > 0 ? q[i] * exact[i + 1][need - 1] / denominator : 1.0;
            if (rng.nextDouble() < p) {
                down[i] = true;
                failed[k++] = i;
                need--;
            }
        }
        return k;
    }

    /**
     * Independent draws for variables from..end: candidates by geometric skipping at the largest q, each
     * kept with probability q[j] / maxQ (thinning), O(1 + (end - from) maxQ) expected.
     */
    private int drawFree(SplittableRandom rng, int from, boolean[] down, int[] failed, int k) {
        if (maxQ <= 0) {
            return k;
        }
        double logStay = Math.log1p(-maxQ);
        long j = from - 1L;
        while (true) {
            double u = 1.0 - rng.nextDouble();
            j += 1 + (long) Math.floor(Math.log(u) / logStay);
            if (j >= q.length || j < 0) {
                return k;
            }
            int v = (int) j;
            if (rng.nextDouble() * maxQ < q[v]) {
                down[v] = true;
                failed[k++] = v;
            }
        }
    }

    private static long mix(long seed, int stratum, long chunk) {
        long z = seed + 0x9E3779B97F4A7C15L * (chunk * 4 + stratum + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
