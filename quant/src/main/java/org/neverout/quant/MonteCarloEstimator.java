package org.neverout.quant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

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
 * <p>Samples are drawn in fixed chunks of {@value #CHUNK}, chunk c of stratum t from a {@link SplittableRandom}
 * seeded by (seed, t, c); the threads claim chunks from one shared queue (dynamic load balancing) and the
 * hit counts are integer sums, so results are identical for any number of threads. Cost per sample:
 * O(events) for the conditioned draw, plus one {@link NetworkState#serviceStates(boolean[])}, O(V + E +
 * services), plus O(depth) per wanted service using the cut-set control; no allocation per sample.
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
        return estimate(wanted, controls, controlRoots, controlProbability, samples, seed, threads, level,
                MonteCarloChunks.LOCAL);
    }

    /**
     * As {@link #estimate(boolean[], Bdd[], int[], double[], long, long, int, double)}, the chunks drawn
     * where {@code chunks} says (this machine's threads, or a cluster's executors): the chunks and their
     * seeds are fixed by the plan, so the estimate is the same wherever they are drawn.
     */
    Estimate[] estimate(boolean[] wanted, Bdd[] controls, int[] controlRoots, double[] controlProbability,
                        long samples, long seed, int threads, double level, MonteCarloChunks chunks) {
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
        long samplesB = probabilityB > 0 ? samples : 0;
        long samplesA = needA ? samples : 0;
        List<Stratum> strata = new ArrayList<>();
        Stratum b = null;
        Stratum a = null;
        if (samplesB > 0) {
            double[][] tails = PoissonBinomial.suffixTails(q, tailCount);
            b = new Stratum(1, samplesB, controlRoots,
                    (rng, down, failed) -> drawAtLeast(rng, tails, tailCount, down, failed));
            strata.add(b);
        }
        if (samplesA > 0) {
            int[] noControl = new int[services];
            Arrays.fill(noControl, -1);
            a = new Stratum(2, samplesA, noControl,
                    (rng, down, failed) -> drawBetweenOneAndK(rng, exact, probabilityA, down, failed));
            strata.add(a);
        }
        long total = 0;
        for (Stratum st : strata) {
            total += st.chunks();
        }
        String plan = plan(strata, seed, wanted, controlRoots, controlProbability, probabilityA, probabilityB);
        long[][] counts = total == 0 ? new long[strata.size()][services]
                : chunks.count(total, plan, (from, to) -> run(strata, from, to, seed, threads, wanted, controls));
        long[] downB = b == null ? new long[services] : counts[0];
        long[] downA = a == null ? new long[services] : counts[strata.size() - 1];
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

    /**
     * A fingerprint of everything the counts of a chunk depend on besides the model: strata, their sample
     * counts and probabilities, the seed, the services sampled and their controls. A counter elsewhere
     * compares it with its own before its counts are added to these.
     */
    private static String plan(List<Stratum> strata, long seed, boolean[] wanted, int[] controlRoots,
                               double[] controlProbability, double probabilityA, double probabilityB) {
        StringBuilder sb = new StringBuilder("seed ").append(seed);
        for (Stratum st : strata) {
            sb.append(", stratum ").append(st.number()).append(' ').append(st.samples()).append(" samples");
        }
        sb.append(", P(A) ").append(Double.toHexString(probabilityA)).append(", P(B) ")
                .append(Double.toHexString(probabilityB)).append(", services ")
                .append(Arrays.hashCode(wanted)).append(", controls ").append(Arrays.hashCode(controlRoots))
                .append('/').append(Arrays.hashCode(controlProbability));
        return sb.toString();
    }

    /** Draws one state: marks the variables down in {@code down}, lists them in {@code failed}, returns how many. */
    @FunctionalInterface
    private interface Sampler {
        int draw(SplittableRandom rng, boolean[] down, int[] failed);
    }

    /**
     * One stratum to sample: its number in the chunk seeds, its sample count, the control root of each
     * service (-1: none) and its conditioned draw.
     */
    private record Stratum(int number, long samples, int[] controlRoots, Sampler sampler) {
        long chunks() {
            return (samples + CHUNK - 1) / CHUNK;
        }
    }

    /**
     * Draws every stratum's samples and counts, per stratum and wanted service, the states that hit. The
     * chunks of all strata form one queue that the workers drain (each claims the next chunk when done with
     * its last), so no worker idles while another has chunks left, whatever the load. Each chunk draws from
     * its own generator seeded by (seed, stratum, chunk) and the counts are integer sums, so the result is
     * the same for any thread count and any interleaving.
     */
    private long[][] run(List<Stratum> strata, long from, long to, long seed, int threads, boolean[] wanted,
                         Bdd[] controls) {
        long total = 0;
        for (Stratum st : strata) {
            total += st.chunks();
        }
        if (from < 0 || to > total || from > to) {
            throw new IllegalArgumentException("chunks " + from + ".." + to + " outside 0.." + total);
        }
        int[] wantedServices = IntStream.range(0, wanted.length).filter(s -> wanted[s]).toArray();
        AtomicLong nextChunk = new AtomicLong(from);
        long chunks = to;
        Callable<long[][]> worker = () -> drain(strata, chunks, nextChunk, seed, wantedServices, controls);
        int workers = (int) Math.max(1, Math.min(threads, to - from));
        long[][] counts = new long[strata.size()][wanted.length];
        if (workers == 1) {
            add(counts, call(worker));
            return counts;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "neverout-monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(worker));
            }
            for (Future<long[][]> f : futures) {
                add(counts, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo sampling interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Monte Carlo sampling failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    /**
     * One worker: claims chunks until none is left. Allocates only its workspace (network state, draw
     * buffers, service states, counts), nothing per state.
     */
    private long[][] drain(List<Stratum> strata, long chunks, AtomicLong nextChunk, long seed, int[] wantedServices,
                           Bdd[] controls) {
        long[][] local = new long[strata.size()][model.serviceCount()];
        NetworkState state = new NetworkState(model);
        boolean[] down = new boolean[q.length];
        int[] failed = new int[q.length];
        boolean[] up = new boolean[model.serviceCount()];
        for (long claimed = nextChunk.getAndIncrement(); claimed < chunks; claimed = nextChunk.getAndIncrement()) {
            int t = 0;
            long c = claimed;
            while (c >= strata.get(t).chunks()) {
                c -= strata.get(t).chunks();
                t++;
            }
            Stratum stratum = strata.get(t);
            long[] counts = local[t];
            int[] controlRoots = stratum.controlRoots();
            SplittableRandom rng = new SplittableRandom(mix(seed, stratum.number(), c));
            long n = Math.min(CHUNK, stratum.samples() - c * CHUNK);
            for (long i = 0; i < n; i++) {
                int k = stratum.sampler().draw(rng, down, failed);
                for (int j = 0; j < k; j++) {
                    state.apply(varEvent[failed[j]]);
                }
                state.serviceStates(up);
                for (int s : wantedServices) {
                    if (!up[s] && (controlRoots[s] < 0 || !controls[s].evaluate(controlRoots[s], down))) {
                        counts[s]++;
                    }
                }
                for (int j = 0; j < k; j++) {
                    state.undo(varEvent[failed[j]]);
                    down[failed[j]] = false;
                }
            }
        }
        return local;
    }

    private static long[][] call(Callable<long[][]> worker) {
        try {
            return worker.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Monte Carlo sampling failed: " + e, e);
        }
    }

    private static void add(long[][] into, long[][] counts) {
        for (int t = 0; t < into.length; t++) {
            for (int s = 0; s < into[t].length; s++) {
                into[t][s] += counts[t][s];
            }
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
