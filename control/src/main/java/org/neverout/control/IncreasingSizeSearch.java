package org.neverout.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The exact search by increasing size for "cannot do without" sets, with a work budget: the general
 * fallback (any number of entries, any dependencies), optionally seeded with a proven lower bound and a
 * known restoring set.
 *
 * <p>Three prunings keep it exact: (1) only elements in a connected component (of the intact network)
 * holding an endpoint of the service or of a service it depends on, directly or not, can matter; (2)
 * every element whose loss alone (all other candidates working) takes the service down is in every
 * answer, so it is fixed first; (3) a link is only tried when both its ends are working (an end that is a
 * supplier-operated node must be in the set too), since a link with a dead end changes nothing. The
 * service's state is monotone in the set, so the first set found at the smallest size is a minimum (the
 * first in model order at that size); sizes below the lower bound are skipped, and when no set smaller
 * than the known one restores the service, the known one is a minimum. With a known set, a size whose
 * sets cannot all be tried within the budget is not started (the answer stays the known set and the
 * proven bound).
 *
 * <p>Cost: U evaluations of O(V + E + services) each, shared by all services, to find the elements each
 * service needs (2) for U supplier-operated elements; then per service one evaluation, plus
 * O(sum over k of binom(R, k)) for R remaining candidates, bounded by
 * {@link ControlLimits#maxDependenceSize()}, {@link ControlLimits#maxEvaluations()} and
 * {@link ControlLimits#maxTotalEvaluations()}, beyond which the answer says "more than N".
 */
final class IncreasingSizeSearch {
    private final Model model;
    private final CompiledModel compiled;
    private final SupplierOperated operated;
    private final ControlLimits limits;
    private final Map<String, Integer> nodeIndex;
    private final Map<String, Service> services;
    /** Component of each node in the intact network (links of every operator). */
    private final int[] component;
    /** necessary.get(s): the elements service s needs when every other one works (model order). */
    private List<List<Integer>> necessary;
    private long totalEvaluations;

    IncreasingSizeSearch(Model model, CompiledModel compiled, SupplierOperated operated, ControlLimits limits,
                         Map<String, Integer> nodeIndex, Map<String, Service> services) {
        this.model = model;
        this.compiled = compiled;
        this.operated = operated;
        this.limits = limits;
        this.nodeIndex = nodeIndex;
        this.services = services;
        this.component = intactComponents();
    }

    /** The component (of the intact network) of a model node. */
    int component(int node) {
        return component[node];
    }

    /** The elements (positions, ascending) in every set that restores service s. */
    List<Integer> necessary(int s) {
        if (necessary == null) {
            findNecessary();
        }
        return necessary.get(s);
    }

    /** Pruning (2) for every service at once: one evaluation per supplier-operated element. */
    private void findNecessary() {
        necessary = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            necessary.add(new ArrayList<>());
        }
        NetworkState state = new NetworkState(compiled);
        for (int c = 0; c < operated.size(); c++) {
            state.apply(operated.events[c]);
            boolean[] up = state.serviceStates();
            state.undo(operated.events[c]);
            for (int s = 0; s < up.length; s++) {
                if (!up[s]) {
                    necessary.get(s).add(c);
                }
            }
        }
    }

    /**
     * Searches sizes from {@code lowerBound} (or the number of needed elements, if larger) up to the size
     * limit, or up to one less than {@code known} when given.
     *
     * @param lowerBound proven: no set smaller than this restores the service
     * @param known      a set (positions, ascending) known to restore the service, or null
     */
    SupplierDependence search(int s, int lowerBound, int[] known) {
        List<Integer> needed = necessary(s);
        List<OperatedElement> bestKnown = known == null ? List.of() : operated.elements(known);
        boolean[] relevant = relevantComponents(model.services().get(s));
        boolean[] inSet = new boolean[operated.size()];
        needed.forEach(c -> inSet[c] = true);
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < operated.size(); i++) {
            if (!inSet[i] && relevant[component[operated.modelNodes[i][0]]]) {
                rest.add(i);
            }
        }
        int[] pool = rest.stream().mapToInt(Integer::intValue).toArray();
        int[] neededArray = needed.stream().mapToInt(Integer::intValue).toArray();
        int from = Math.max(lowerBound, needed.size());
        int to = known == null ? limits.maxDependenceSize() : Math.min(limits.maxDependenceSize(), known.length - 1);
        long evaluations = 0;
        NetworkState state = null;
        for (int size = from; size <= to; size++) {
            if (state == null) {
                // from here: the needed elements working, every other supplier-operated element failed
                state = new NetworkState(compiled);
                for (int c = 0; c < operated.size(); c++) {
                    if (!inSet[c]) {
                        state.apply(operated.events[c]);
                    }
                }
            }
            int extra = size - needed.size();
            long remaining = Math.min(limits.maxEvaluations() - evaluations,
                    limits.maxTotalEvaluations() - totalEvaluations);
            if (known != null && binomial(pool.length, extra, remaining) > remaining) {
                // a set is known already: a size that cannot be tried in full would only spend the budget
                return new SupplierDependence(false, operated.elements(neededArray), size - 1,
                        "between " + size + " and " + known.length + " elements; trying every set of " + size
                                + " would exceed the limit of evaluations", bestKnown);
            }
            Combinations combos = new Combinations(pool.length, extra);
            int[] chosen = new int[extra];
            while (combos.next()) {
                if (evaluations >= limits.maxEvaluations() || totalEvaluations >= limits.maxTotalEvaluations()) {
                    boolean own = evaluations >= limits.maxEvaluations();
                    return new SupplierDependence(false, operated.elements(neededArray), size - 1,
                            "search stopped at size " + size + " after " + (own ? "this service's" : "the analysis'")
                                    + " limit of " + (own ? limits.maxEvaluations() : limits.maxTotalEvaluations())
                                    + " evaluations", bestKnown);
                }
                for (int i = 0; i < extra; i++) {
                    chosen[i] = pool[combos.current[i]];
                    inSet[chosen[i]] = true;
                }
                if (linksHaveLiveEnds(chosen, inSet)) {
                    for (int c : chosen) {
                        state.undo(operated.events[c]);
                    }
                    evaluations++;
                    totalEvaluations++;
                    boolean up = state.isServiceUp(s);
                    for (int c : chosen) {
                        state.apply(operated.events[c]);
                    }
                    if (up) {
                        return SupplierDependence.exactly(operated.elements(union(neededArray, chosen)));
                    }
                }
                for (int c : chosen) {
                    inSet[c] = false;
                }
            }
        }
        if (known != null && known.length <= limits.maxDependenceSize()) {
            return SupplierDependence.exactly(bestKnown); // nothing smaller restores it
        }
        int proven = Math.max(to, from - 1);
        return new SupplierDependence(false, operated.elements(neededArray), proven,
                "no set of up to " + proven + " elements restores it (size limit)", bestKnown);
    }

    /** binom(n, k), or some value above {@code cap} as soon as it exceeds it (no overflow). */
    static long binomial(int n, int k, long cap) {
        if (k < 0 || k > n) {
            return 0;
        }
        int smaller = Math.min(k, n - k);
        long value = 1;
        for (int i = 1; i <= smaller; i++) {
            long factor = n - smaller + i;
            if (value > Long.MAX_VALUE / factor) {
                return Long.MAX_VALUE;
            }
            value = value * factor / i; // binom(n - smaller + i, i): exact, and growing with i
            if (value > cap) {
                return value;
            }
        }
        return value;
    }

    private boolean linksHaveLiveEnds(int[] chosen, boolean[] inSet) {
        for (int c : chosen) {
            for (int end : operated.endElements[c]) {
                if (!inSet[end]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .sorted().toArray();
    }

    /** Components that hold an endpoint of the service or of anything it depends on, transitively. */
    private boolean[] relevantComponents(Service service) {
        boolean[] relevant = new boolean[model.nodes().size() + 1];
        Deque<Service> todo = new ArrayDeque<>(List.of(service));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Service current = todo.pop();
            if (!seen.add(current.id())) {
                continue;
            }
            for (List<String> entry : current.endpoints()) {
                for (String node : entry) {
                    relevant[component[nodeIndex.get(node)]] = true;
                }
            }
            current.dependencyIds().forEach(d -> todo.push(services.get(d))); // every alternative may matter
        }
        return relevant;
    }

    /** Union-find over every link: components of the network with nothing failed. O((V + E) alpha). */
    private int[] intactComponents() {
        int[] parent = new int[model.nodes().size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link link : model.links()) {
            int a = find(parent, nodeIndex.get(link.a()));
            int b = find(parent, nodeIndex.get(link.b()));
            if (a != b) {
                parent[a] = b;
            }
        }
        int[] out = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            out[i] = find(parent, i);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Lexicographic k-combinations of 0..n-1. */
    private static final class Combinations {
        final int[] current;
        private final int n;
        private boolean started;

        Combinations(int n, int k) {
            this.n = n;
            this.current = new int[k];
        }

        boolean next() {
            int k = current.length;
            if (k > n) {
                return false;
            }
            if (!started) {
                started = true;
                for (int i = 0; i < k; i++) {
                    current[i] = i;
                }
                return true;
            }
            int i = k - 1;
            while (i >= 0 && current[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            current[i]++;
            for (int j = i + 1; j < k; j++) {
                current[j] = current[j - 1] + 1;
            }
            return true;
        }
    }
}
