package org.neverout.quant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.NetworkState;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;

/**
 * Rigorous bounds on each service's unavailability from its minimal cut sets of order at most K.
 *
 * <p>The engine enumerates minimal cut sets over the event kinds that can fail; a cut set is kept when
 * all its events are failure-capable. These are exactly the minimal cut sets of the structure in which
 * the other events never fail: minimality only compares a set with its own subsets, which stay inside
 * the failure-capable events.
 *
 * <p><b>Lower bound</b> L = P(some found cut set is entirely down): every found set is a cut set, so
 * this event implies the service is down. Computed exactly on a {@link Bdd} (OR of the cut sets' cubes);
 * when the diagram exceeds its node limit, by the Bonferroni inequality P(union) &gt;= S1 - S2 over the
 * most probable cut sets (a subfamily's union is a subset, so its bound is still a lower bound), and
 * never below the most probable single cut set.
 *
 * <p><b>Upper bound</b> U = min(1, P(union found) + P(N &gt;= K+1), P(N &gt;= 1)) where N counts the
 * events relevant to the service ({@link ServiceClosure}) that are down. Proof: in a down state the
 * failed relevant events form a cut set (irrelevant failures change nothing), which contains a minimal
 * cut set C (the structure is monotone); if |C| &lt;= K it was found (the enumeration is complete to K),
 * else at least K+1 relevant events are down; so down implies (union found) or (N &gt;= K+1), and the
 * union bound applies. P(union found) is the exact L, or the rare-event sum over the found sets (the
 * union bound again) when the diagram was too large. When the enumeration stopped early (a limit), only
 * U = P(N &gt;= 1) remains valid: a service up with no failure needs at least one failure to go down.
 * P(N &gt;= k) is computed exactly by {@link PoissonBinomial}.
 *
 * <p>Cost: the engine's analysis, plus per service O(cut sets x K) diagram work (bounded by the node
 * limit) and O(events x K) for the tail; the services are bounded in parallel on the given threads, each
 * independently, so the result does not depend on the thread count.
 */
final class CutSetBounds {
    /** Most probable cut sets used by the Bonferroni fallback (their pairs are enumerated). */
    private static final int BONFERRONI_SETS = 1500;

    /**
     * The bounds of one service.
     *
     * @param cutSets  found minimal cut sets as variable numbers ({@code varOf}); [[]] when down without failure
     * @param root     the found cut sets' union in {@code bdd}, or -1 when the diagram was too large
     * @param tail     P(N &gt;= K+1) over the service's relevant events
     */
    record ServiceBounds(boolean complete, String incompleteReason, List<int[]> cutSets, double lower,
                         double upper, double tail, Bdd bdd, int root) {
    }

    private CutSetBounds() {
    }

    /**
     * @param order       K, the largest cut set size enumerated
     * @param varOf       the diagram variable of each event, -1 for events that never fail
     * @param relevant    per service, the events relevant to it
     */
    static List<ServiceBounds> compute(CompiledModel compiled, EventProbabilities p, int[] varOf, double[] varQ,
                                       int[][] relevant, int order, int threads, Duration timeLimit, int nodeLimit) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (int e : p.relevant) {
            kinds.add(compiled.events().get(e).kind());
        }
        AnalysisResult analysis = null;
        if (!kinds.isEmpty()) {
            analysis = CutSetEngine.analyze(compiled,
                    new AnalysisQuestion(order, kinds, threads, 0, timeLimit), ProgressListener.NONE);
        }
        boolean[] upWithoutFailure = new NetworkState(compiled).serviceStates();
        AnalysisResult cutSets = analysis;
        // each service's diagram and tail are independent of the others': one service per task
        return PerService.map(compiled.serviceCount(), threads,
                s -> serviceBounds(compiled, p, varOf, varQ, relevant[s], upWithoutFailure[s],
                        cutSets == null ? null : cutSets.services().get(s), order, nodeLimit));
    }

    /** The bounds of one service; {@code sr} null when nothing can fail. */
    private static ServiceBounds serviceBounds(CompiledModel compiled, EventProbabilities p, int[] varOf,
                                               double[] varQ, int[] relevant, boolean upWithoutFailure,
                                               ServiceResult sr, int order, int nodeLimit) {
        if (!upWithoutFailure) {
            Bdd bdd = new Bdd(varQ.length, 16);
            return new ServiceBounds(true, null, List.of(new int[0]), 1.0, 1.0, 0.0, bdd, Bdd.TRUE);
        }
        double[] relevantQ = Arrays.stream(relevant).mapToDouble(e -> p.q[e]).toArray();
        if (sr == null) {
            Bdd bdd = new Bdd(varQ.length, 16);
            return new ServiceBounds(true, null, List.of(), 0.0, 0.0, 0.0, bdd, Bdd.FALSE);
        }
        List<int[]> cutSets = new ArrayList<>();
        for (List<String> set : sr.cutSets()) {
            int[] vars = new int[set.size()];
            boolean failureCapable = true;
            for (int i = 0; i < set.size() && failureCapable; i++) {
                int e = compiled.eventIndex(set.get(i));
                vars[i] = e < 0 ? -1 : varOf[e];
                failureCapable = vars[i] >= 0;
            }
            if (failureCapable) {
                cutSets.add(vars);
            }
        }
        return bound(sr, cutSets, varQ, relevantQ, order, nodeLimit);
    }

    private static ServiceBounds bound(ServiceResult sr, List<int[]> cutSets, double[] varQ, double[] relevantQ,
                                       int order, int nodeLimit) {
        double anyFailure = PoissonBinomial.atLeast(relevantQ, 1);
        double tail = PoissonBinomial.atLeast(relevantQ, order + 1);
        Bdd bdd = new Bdd(varQ.length, nodeLimit);
        int root = Bdd.FALSE;
        try {
            for (int[] set : cutSets) {
                root = bdd.or(root, bdd.cube(set));
            }
        } catch (Bdd.LimitExceededException e) {
            root = -1;
        }
        bdd.freeze();
        double lower;
        double unionUpper;
        if (root >= 0) {
            lower = bdd.probability(root, varQ);
            unionUpper = lower;
        } else {
            lower = bonferroniLower(cutSets, varQ);
            unionUpper = cutSets.stream().mapToDouble(c -> product(c, varQ)).sum();
        }
        double upper = sr.complete() ? Math.min(1.0, Math.min(unionUpper + tail, anyFailure)) : Math.min(1.0, anyFailure);
        lower = Math.min(lower, upper);
        return new ServiceBounds(sr.complete(), sr.incompleteReason(), cutSets, lower, upper,
                sr.complete() ? tail : anyFailure, root >= 0 ? bdd : null, root);
    }

    /** max(S1 - S2, max P(C)) over the most probable cut sets: a valid lower bound of P(union). */
    static double bonferroniLower(List<int[]> cutSets, double[] q) {
        List<int[]> sets = new ArrayList<>(cutSets);
        sets.sort((a, b) -> Double.compare(product(b, q), product(a, q)));
        if (sets.size() > BONFERRONI_SETS) {
            sets = sets.subList(0, BONFERRONI_SETS);
        }
        double s1 = 0;
        double s2 = 0;
        double best = 0;
        for (int i = 0; i < sets.size(); i++) {
            double pi = product(sets.get(i), q);
            s1 += pi;
            best = Math.max(best, pi);
            for (int j = i + 1; j < sets.size(); j++) {
                s2 += unionProduct(sets.get(i), sets.get(j), q);
            }
        }
        return Math.max(best, s1 - s2);
    }

    static double product(int[] vars, double[] q) {
        double p = 1.0;
        for (int v : vars) {
            p *= q[v];
        }
        return p;
    }

    /** P(both cut sets down) = product of q over the union of their events. */
    private static double unionProduct(int[] a, int[] b, double[] q) {
        double p = product(a, q);
        for (int v : b) {
            boolean shared = false;
            for (int w : a) {
                if (w == v) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                p *= q[v];
            }
        }
        return p;
    }
}
