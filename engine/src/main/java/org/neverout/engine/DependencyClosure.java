package org.neverout.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines connectivity cut sets with service events and depends_on. A service is down iff its own
 * event happened, or some depends_on entry has all its alternatives down, or its endpoints are
 * disconnected: an OR of monotone functions, so its minimal cut sets are the minimal elements of the
 * union of {s}, its connectivity cut sets and each entry's cut sets. An entry is an AND of its
 * alternatives, so its minimal cut sets are the minimal elements of {A1 u ... u Am} over cut sets Ai of
 * alternative i (one alternative: its own cut sets). Every set is truncated to the order K: a union only
 * grows, so dropping sets larger than K never hides a smaller minimal one, and minimality stays exact.
 * Services are processed in topological order.
 *
 * <p>Numbers: event classes 0 .. classes-1, then service s as classes + s. Cost per service:
 * O(U 2^K) hash operations for a union of U cut sets of size at most K; an entry with alternatives
 * adds O(|A| |B| K) per pair of alternatives folded in (then minimised the same way).
 */
final class DependencyClosure {
    private DependencyClosure() {
    }

    /** Minimal cut sets per service, each list sorted by size then members. */
    static List<List<CutKey>> close(CompiledModel m, int classCount, ConnectivityCuts cuts, boolean serviceEvents,
                                    int order) {
        return close(m, classCount, cuts, serviceEvents, new boolean[m.serviceCount()], order);
    }

    /**
     * As {@link #close(CompiledModel, int, ConnectivityCuts, boolean, int)} for a network where the services
     * marked in {@code failed} have already had their own event: theirs is then the empty cut set (they are
     * down) instead of {s}.
     */
    static List<List<CutKey>> close(CompiledModel m, int classCount, ConnectivityCuts cuts, boolean serviceEvents,
                                    boolean[] failed, int order) {
        List<List<CutKey>> result = new ArrayList<>(Collections.nCopies(m.serviceCount(), null));
        for (int s : m.topologicalOrder) {
            List<CutKey> union = new ArrayList<>(cuts.all(s));
            if (failed[s]) {
                union.add(new CutKey(new int[0]));
            } else if (serviceEvents) {
                union.add(new CutKey(new int[] {classCount + s}));
            }
            for (int[] entry : m.serviceDeps[s]) {
                union.addAll(entryCutSets(entry, result, order));
            }
            result.set(s, minimalElements(union));
        }
        return result;
    }

    /** Minimal cut sets (size at most {@code order}) of a depends_on entry: all its alternatives down. */
    static List<CutKey> entryCutSets(int[] alternatives, List<List<CutKey>> closed, int order) {
        if (alternatives.length == 0) {
            return List.of();
        }
        List<CutKey> product = closed.get(alternatives[0]);
        for (int i = 1; i < alternatives.length && !product.isEmpty(); i++) {
            List<CutKey> next = closed.get(alternatives[i]);
            List<CutKey> unions = new ArrayList<>(product.size() * Math.min(next.size(), 64));
            for (CutKey a : product) {
                for (CutKey b : next) {
                    int[] u = union(a.members, b.members, order);
                    if (u != null) {
                        unions.add(new CutKey(u));
                    }
                }
            }
            product = minimalElements(unions);
        }
        return product;
    }

    /** The sorted union of two sorted sets, or null when it has more than {@code order} members. */
    private static int[] union(int[] a, int[] b, int order) {
        int[] out = new int[Math.min(a.length + b.length, order + 1)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (n > order - 1) {
                return null; // one more member would exceed the order
            }
            if (j == b.length || i < a.length && a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The sets of the union that have no proper subset in it, sorted. */
    static List<CutKey> minimalElements(List<CutKey> union) {
        Collections.sort(union);
        Set<CutKey> accepted = new HashSet<>();
        List<CutKey> minimal = new ArrayList<>();
        for (CutKey candidate : union) {
            if (accepted.contains(candidate) || hasAcceptedSubset(candidate, accepted)) {
                continue;
            }
            accepted.add(candidate);
            minimal.add(candidate);
        }
        return minimal;
    }

    /** Whether a proper subset of the candidate (including the empty set) was accepted. */
    private static boolean hasAcceptedSubset(CutKey candidate, Set<CutKey> accepted) {
        int k = candidate.size();
        int full = (1 << k) - 1;
        for (int mask = 0; mask < full; mask++) {
            int[] members = new int[Integer.bitCount(mask)];
            int size = 0;
            for (int j = 0; j < k; j++) {
                if ((mask & (1 << j)) != 0) {
                    members[size++] = candidate.members[j];
                }
            }
            if (accepted.contains(new CutKey(members))) {
                return true;
            }
        }
        return false;
    }
}
