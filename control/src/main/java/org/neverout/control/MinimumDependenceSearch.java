package org.neverout.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Finds, for a service that is up with no failure but down when every supplier fails, a minimum-size
 * set S of supplier-operated elements whose working alone (all other supplier-operated elements failed)
 * brings it back up.
 *
 * <p>Exact search by increasing size, with three prunings that keep it exact: (1) only elements in a
 * connected component (of the intact network) holding an endpoint of the service or of a service it
 * depends on, directly or not, can matter; (2) every element whose loss alone (all other candidates
 * working) takes the service down is in every answer, so it is fixed first; (3) a link is only tried
 * when both its ends are working (an end that is a supplier-operated node must be in S too), since a
 * link with a dead end changes nothing. The service's state is monotone in S, so the first set found
 * at the smallest size is a minimum.
 *
 * <p>Cost: U evaluations of O(V + E + services) each, shared by all services, to find the elements each
 * service needs (2) for U supplier-operated elements; then per service one evaluation, plus
 * O(sum over k of binom(R, k)) when those elements alone do not suffice, for R remaining candidates;
 * bounded by {@link ControlLimits#maxDependenceSize()}, {@link ControlLimits#maxEvaluations()} and
 * {@link ControlLimits#maxTotalEvaluations()}, beyond which the answer says "more than N".
 */
final class MinimumDependenceSearch {
    private final Model model;
    private final CompiledModel compiled;
    private final SupplierOperated operated;
    private final ControlLimits limits;
    /** Component of each node in the intact network (links of every operator). */
    private final int[] component;
    private final Map<String, Service> services = new HashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    /** necessary.get(s): the elements service s needs when every other one works (model order). */
    private List<List<Integer>> necessary;
    private long totalEvaluations;

    MinimumDependenceSearch(Model model, CompiledModel compiled, SupplierOperated operated, ControlLimits limits) {
        this.model = model;
        this.compiled = compiled;
        this.operated = operated;
        this.limits = limits;
        for (int n = 0; n < model.nodes().size(); n++) {
            nodeIndex.put(model.nodes().get(n).id(), n);
        }
        model.services().forEach(s -> services.put(s.id(), s));
        this.component = intactComponents();
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

    SupplierDependence search(int service) {
        int s = service;
        if (necessary == null) {
            findNecessary();
        }
        List<Integer> needed = necessary.get(s);
        boolean[] relevant = relevantComponents(model.services().get(s));
        boolean[] inSet = new boolean[operated.size()];
        needed.forEach(c -> inSet[c] = true);
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < operated.size(); i++) {
            if (!inSet[i] && relevant[component[operated.modelNodes[i][0]]]) {
                rest.add(i);
            }
        }
        // from here: the needed elements working, every other supplier-operated element failed
        NetworkState state = new NetworkState(compiled);
        for (int c = 0; c < operated.size(); c++) {
            if (!inSet[c]) {
                state.apply(operated.events[c]);
            }
        }
        long evaluations = 1;
        totalEvaluations++;
        if (state.isServiceUp(s)) {
            return new SupplierDependence(true, elements(needed, List.of()), 0, null);
        }
        List<Integer> necessary = needed;
        int[] pool = rest.stream().mapToInt(Integer::intValue).toArray();
        for (int size = necessary.size() + 1; size <= limits.maxDependenceSize(); size++) {
            int extra = size - necessary.size();
            Combinations combos = new Combinations(pool.length, extra);
            int[] chosen = new int[extra];
            while (combos.next()) {
                if (evaluations >= limits.maxEvaluations() || totalEvaluations >= limits.maxTotalEvaluations()) {
                    String which = evaluations >= limits.maxEvaluations() ? "this service's" : "the analysis'";
                    return new SupplierDependence(false, elements(necessary, List.of()), size - 1,
                            "search stopped at size " + size + " after " + which + " limit of "
                                    + (evaluations >= limits.maxEvaluations() ? limits.maxEvaluations()
                                    : limits.maxTotalEvaluations()) + " evaluations");
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
                        return new SupplierDependence(true, elements(necessary, toList(chosen)), 0, null);
                    }
                }
                for (int c : chosen) {
                    inSet[c] = false;
                }
            }
        }
        return new SupplierDependence(false, elements(necessary, List.of()), limits.maxDependenceSize(),
                "no set of up to " + limits.maxDependenceSize() + " elements restores it (size limit)");
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

    private static List<Integer> toList(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private List<OperatedElement> elements(List<Integer> necessary, List<Integer> extra) {
        int[] all = java.util.stream.Stream.concat(necessary.stream(), extra.stream())
                .mapToInt(Integer::intValue).sorted().toArray();
        List<OperatedElement> out = new ArrayList<>();
        for (int i : all) {
            out.add(operated.elements.get(i));
        }
        return out;
    }

    /** Components that hold an endpoint of the service or of anything it depends on, transitively. */
    private boolean[] relevantComponents(Service service) {
        boolean[] relevant = new boolean[model.nodes().size() + 1];
        java.util.Deque<Service> todo = new java.util.ArrayDeque<>(List.of(service));
        java.util.Set<String> seen = new java.util.HashSet<>();
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
            current.dependsOn().forEach(d -> todo.push(services.get(d)));
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
