package org.neverout.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Finds, for a service that is up with no failure but down when every supplier fails, a minimum-size
 * set S of supplier-operated elements whose working alone (all other supplier-operated elements failed)
 * brings it back up.
 *
 * <p>The service needs its own endpoints connected and every service it depends on (transitively) up,
 * so S must contain a connecting tree for each service of that closure. Each service's own minimum is an
 * exact {@link GroupSteinerTree} (first in model order among minima). Their union U restores the
 * service (an upper bound); a lower bound L is, over clusters of closure services whose candidate
 * elements may overlap (they share a component of the intact network), the sum of the clusters' largest
 * own minimum: trees in different components share nothing. When L = |U|, U is a minimum: always so
 * without dependencies (the answer is then the first minimum in model order). Otherwise, for up to
 * {@link #MAX_PARTITION_MEMBERS} closure services that need supplier elements, the pieces of a minimum
 * set partition those services and each piece is one tree for all entries of its block, so the minimum
 * over partitions of the blocks' trees is exact (see {@link #partitionBounds}). If the bounds still
 * differ (a block with more than {@link ControlLimits#maxExactEntries()} entries), {@link
 * IncreasingSizeSearch} tries sizes L..|U|-1 within its budget: the first set found is a minimum; none
 * found proves U one; a cut-off search reports U as the best known set with the proven lower bound.
 * With dependencies a minimum is deterministic but not necessarily the first in model order. A service
 * whose closure holds a service with more entries than {@link ControlLimits#maxExactEntries()} goes to
 * that search unseeded.
 *
 * <p>Alternatives in depends_on (MODEL.md 1.1): the closure is one of several <i>selections</i> (one
 * alternative per entry, see {@link #selections}); the bounds above are computed per selection and
 * combined (the least lower bound, the smallest restoring set), which keeps them proven. More than
 * {@link #MAX_SELECTIONS} selections go to the general search unseeded.
 *
 * <p>Cost per service, per selection: its closure's trees (each computed once per analysis, see
 * {@link GroupSteinerTree} for their cost; one Dijkstra pass for one or two entries) plus
 * O(closure x alternatives) for the bounds; when those differ, up to 2^m block trees (cached) and
 * O(3^m) for the partitions of m closure services, then the bounded search only if still needed.
 */
final class MinimumDependenceSearch {
    /** Closures with more members needing supplier elements use the cruder bounds (2^m trees otherwise). */
    static final int MAX_PARTITION_MEMBERS = 8;
    /** Ways to meet the alternatives of a closure tried one by one; beyond it, the general search. */
    static final int MAX_SELECTIONS = 64;
    private static final int UNREACHABLE = Integer.MAX_VALUE / 4;
    /** Markers in {@link #blockTrees}: no tree holds the block's entries; too many entries to solve. */
    private static final int[] DISCONNECTED = {-1};
    private static final int[] TOO_LARGE = {-2};
    private final Model model;
    private final CompiledModel compiled;
    private final SupplierOperated operated;
    private final ControlLimits limits;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final IncreasingSizeSearch fallback;
    /** Trees that are answers: the first minimum in model order. */
    private final GroupSteinerTree trees;
    /** Trees of blocks of services, for bounds: any minimum (counts only, faster). */
    private final GroupSteinerTree blockSolver;
    /** Each service's own minimum tree (positions, ascending) once computed. */
    private final int[][] ownTree;
    /** Whether the own tree was attempted and cannot be computed exactly here. */
    private final boolean[] ownUnsolved;
    /** Minimum trees of blocks of services (sorted service indices) solved together. */
    private final Map<List<Integer>, int[]> blockTrees = new HashMap<>();
    /** Whether each service is up with no failure. */
    private final boolean[] baseline;

    MinimumDependenceSearch(Model model, CompiledModel compiled, SupplierOperated operated, ControlLimits limits) {
        this.model = model;
        this.compiled = compiled;
        this.operated = operated;
        this.limits = limits;
        for (int n = 0; n < model.nodes().size(); n++) {
            nodeIndex.put(model.nodes().get(n).id(), n);
        }
        Map<String, Service> services = new HashMap<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            serviceIndex.put(service.id(), s);
            services.put(service.id(), service);
        }
        this.fallback = new IncreasingSizeSearch(model, compiled, operated, limits, nodeIndex, services);
        this.trees = new GroupSteinerTree(model, operated, nodeIndex, true);
        this.blockSolver = new GroupSteinerTree(model, operated, nodeIndex, false);
        this.ownTree = new int[model.services().size()][];
        this.ownUnsolved = new boolean[model.services().size()];
        this.baseline = new NetworkState(compiled).serviceStates();
    }

    /** The dependence of service s, which must be up with no failure and down without suppliers. */
    SupplierDependence search(int s) {
        List<List<Integer>> selections = selections(s);
        if (selections == null) {
            return fallback.search(s, 0, null); // too many ways to meet the alternatives: the general search
        }
        int lower = Integer.MAX_VALUE;
        int[] upper = null;
        for (List<Integer> closure : selections) {
            Bounds bounds = bounds(closure);
            if (bounds == null) {
                return fallback.search(s, 0, null);
            }
            lower = Math.min(lower, bounds.lower());
            if (upper == null || bounds.upper().length < upper.length) {
                upper = bounds.upper();
            }
        }
        assert restores(s, upper) : "the bound's set must restore " + model.services().get(s).id();
        if (lower >= upper.length && upper.length <= limits.maxDependenceSize()) {
            return SupplierDependence.exactly(operated.elements(upper));
        }
        return fallback.search(s, lower, upper);
    }

    /**
     * Bounds for one selection (a closure where every service is needed): a proven lower bound on any
     * set that keeps all of them up, and such a set. Null when a member's own tree cannot be computed.
     */
    private Bounds bounds(List<Integer> closure) {
        for (int j : closure) {
            if (ownTree(j) == null) {
                return null;
            }
        }
        // services whose own tree is empty run on defence elements and add nothing
        List<Integer> members = closure.stream().filter(j -> ownTree[j].length > 0).toList();
        int lower = lowerBound(closure);
        boolean[] inUnion = new boolean[operated.size()];
        members.forEach(j -> mark(inUnion, ownTree[j]));
        int[] upper = positions(inUnion);
        if (lower < upper.length && members.size() <= MAX_PARTITION_MEMBERS) {
            Bounds bounds = partitionBounds(members);
            lower = Math.max(lower, bounds.lower());
            if (bounds.upper().length < upper.length) {
                upper = bounds.upper();
            }
        }
        return new Bounds(lower, upper);
    }

    /** A proven lower bound and a restoring set (positions, ascending). */
    private record Bounds(int lower, int[] upper) {
    }

    /**
     * Bounds from the partitions of the members: in a minimum restoring set, the connected pieces
     * partition the members, and each piece is a tree holding one alternative of every entry of its
     * members. So the minimum is the least, over partitions, of the sum of each block's tree
     * (exact when every block is solved; a block with too many entries counts at least its largest
     * sub-block, which keeps the sum a lower bound), and the best partition of solved blocks gives the
     * restoring set. O(2^m) trees (cached across services) and O(3^m) for the partitions of m members.
     */
    private Bounds partitionBounds(List<Integer> members) {
        int m = members.size();
        int subsets = 1 << m;
        int[] lo = new int[subsets];
        int[][] tree = new int[subsets][];
        for (int mask = 1; mask < subsets; mask++) {
            if (Integer.bitCount(mask) == 1) {
                tree[mask] = ownTree[members.get(Integer.numberOfTrailingZeros(mask))];
                lo[mask] = tree[mask].length;
                continue;
            }
            List<Integer> block = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if ((mask & 1 << i) != 0) {
                    block.add(members.get(i));
                }
            }
            int[] solved = blockTree(block);
            if (solved == DISCONNECTED) {
                lo[mask] = UNREACHABLE; // the block cannot share one piece
            } else if (solved != null) {
                tree[mask] = solved;
                lo[mask] = solved.length;
            } else {
                for (int rest = mask; rest != 0; rest &= rest - 1) {
                    lo[mask] = Math.max(lo[mask], lo[mask & ~Integer.lowestOneBit(rest)]);
                }
            }
        }
        int[] bestLo = new int[subsets];
        int[] bestHi = new int[subsets];
        int[] choice = new int[subsets];
        for (int mask = 1; mask < subsets; mask++) {
            int low = Integer.lowestOneBit(mask);
            bestLo[mask] = UNREACHABLE;
            bestHi[mask] = UNREACHABLE;
            for (int sub = mask; sub > 0; sub = (sub - 1) & mask) {
                if ((sub & low) == 0) {
                    continue;
                }
                bestLo[mask] = Math.min(bestLo[mask], Math.min(UNREACHABLE, lo[sub] + bestLo[mask ^ sub]));
                if (tree[sub] != null && tree[sub].length + bestHi[mask ^ sub] < bestHi[mask]) {
                    bestHi[mask] = tree[sub].length + bestHi[mask ^ sub];
                    choice[mask] = sub;
                }
            }
        }
        boolean[] inUnion = new boolean[operated.size()];
        for (int mask = subsets - 1; mask != 0; mask ^= choice[mask]) {
            mark(inUnion, tree[choice[mask]]);
        }
        return new Bounds(bestLo[subsets - 1], positions(inUnion));
    }

    /** The minimum tree for all entries of the block's services; null when too many entries to solve. */
    private int[] blockTree(List<Integer> block) {
        List<Integer> key = block.stream().sorted().toList();
        int[] tree = blockTrees.computeIfAbsent(key, b -> {
            List<int[]> entries = new ArrayList<>();
            b.forEach(j -> entries.addAll(groups(model.services().get(j))));
            List<int[]> groups = withoutImplied(entries);
            if (groups.size() > limits.maxExactEntries() || !blockSolver.accepts(groups.size())) {
                return TOO_LARGE;
            }
            int[] solved = blockSolver.solve(groups);
            return solved == null ? DISCONNECTED : solved;
        });
        return tree == TOO_LARGE ? null : tree;
    }

    private static void mark(boolean[] chosen, int[] positions) {
        for (int p : positions) {
            chosen[p] = true;
        }
    }

    /**
     * The selections of service s: each is a closure (s first, each service once) that picks one
     * alternative of every depends_on entry met by no service already picked, among the alternatives up
     * with no failure (one down then cannot be brought back). Keeping every member up keeps s up, and
     * every set that keeps s up keeps all of some selection up, so the minimum over selections is the
     * minimum. Entries met by a service already picked are not branched on: the other choice could only
     * need more. Null when there are more than {@link #MAX_SELECTIONS}. Cost: O(selections x closure).
     */
    private List<List<Integer>> selections(int s) {
        List<List<Integer>> out = new ArrayList<>();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {s});
        return select(new LinkedHashSet<>(), todo, out) ? out : null;
    }

    /** Work items: {service} to pick, or {service, entry} to meet. */
    private boolean select(LinkedHashSet<Integer> picked, Deque<int[]> todo, List<List<Integer>> out) {
        while (!todo.isEmpty()) {
            int[] item = todo.pop();
            if (item.length == 1) {
                if (picked.add(item[0])) {
                    for (int e = model.services().get(item[0]).dependsOn().size() - 1; e >= 0; e--) {
                        todo.push(new int[] {item[0], e});
                    }
                }
                continue;
            }
            List<Integer> options = model.services().get(item[0]).dependsOn().get(item[1]).stream()
                    .map(serviceIndex::get).distinct().filter(d -> baseline[d]).toList();
            if (options.stream().anyMatch(picked::contains)) {
                continue;
            }
            if (options.size() == 1) {
                todo.push(new int[] {options.get(0)});
                continue;
            }
            for (int d : options) { // branch: each alternative continues with its own copy
                Deque<int[]> branch = new ArrayDeque<>(todo);
                branch.push(new int[] {d});
                if (!select(new LinkedHashSet<>(picked), branch, out)) {
                    return false;
                }
            }
            return true;
        }
        out.add(new ArrayList<>(picked));
        return out.size() <= MAX_SELECTIONS;
    }

    /** The service's own minimum tree, ignoring its dependencies; null when not computed exactly. */
    private int[] ownTree(int j) {
        if (ownTree[j] == null && !ownUnsolved[j]) {
            List<int[]> groups = groups(model.services().get(j));
            int[] tree = groups.size() <= limits.maxExactEntries() && trees.accepts(groups.size())
                    ? trees.solve(groups) : null;
            ownTree[j] = tree;
            ownUnsolved[j] = tree == null;
        }
        return ownTree[j];
    }

    /**
     * The endpoint entries as sorted node indices, without entries implied by others: an entry whose
     * alternatives include all of another entry's is met by whatever meets that one. O(k^2 a).
     */
    private List<int[]> groups(Service service) {
        List<int[]> entries = new ArrayList<>();
        for (List<String> entry : service.endpoints()) {
            entries.add(entry.stream().mapToInt(nodeIndex::get).sorted().distinct().toArray());
        }
        return withoutImplied(entries);
    }

    private static List<int[]> withoutImplied(List<int[]> entries) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            boolean implied = false;
            for (int j = 0; j < entries.size() && !implied; j++) {
                implied = j != i && contains(entries.get(i), entries.get(j))
                        && (entries.get(i).length > entries.get(j).length || j < i);
            }
            if (!implied) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    /** Whether sorted {@code big} holds every value of sorted {@code small}. */
    private static boolean contains(int[] big, int[] small) {
        int i = 0;
        for (int v : small) {
            while (i < big.length && big[i] < v) {
                i++;
            }
            if (i == big.length || big[i] != v) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sum over clusters of the largest own minimum, where closure services sharing a component of an
     * alternative are clustered: a restoring set holds a tree of each service, and trees of services in
     * different clusters lie in disjoint components.
     */
    private int lowerBound(List<Integer> closure) {
        int[] cluster = new int[closure.size()];
        Map<Integer, Integer> firstByComponent = new HashMap<>();
        for (int i = 0; i < closure.size(); i++) {
            cluster[i] = i;
            for (List<String> entry : model.services().get(closure.get(i)).endpoints()) {
                for (String node : entry) {
                    Integer other = firstByComponent.putIfAbsent(fallback.component(nodeIndex.get(node)), i);
                    if (other != null) {
                        int a = root(cluster, i);
                        int b = root(cluster, other);
                        cluster[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        int[] largest = new int[closure.size()];
        for (int i = 0; i < closure.size(); i++) {
            int r = root(cluster, i);
            largest[r] = Math.max(largest[r], ownTree[closure.get(i)].length);
        }
        return Arrays.stream(largest).sum();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static int[] positions(boolean[] chosen) {
        int[] out = new int[chosen.length];
        int n = 0;
        for (int p = 0; p < chosen.length; p++) {
            if (chosen[p]) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether the set restores the service with every other supplier-operated element failed (checks). */
    private boolean restores(int s, int[] set) {
        boolean[] kept = new boolean[operated.size()];
        for (int p : set) {
            kept[p] = true;
        }
        NetworkState state = new NetworkState(compiled);
        for (int c = 0; c < operated.size(); c++) {
            if (!kept[c]) {
                state.apply(operated.events[c]);
            }
        }
        return state.isServiceUp(s);
    }
}
