package org.neverout.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines connectivity cut sets with service events and depends_on. A service is down iff its own
 * event happened, or a dependency is down, or its endpoints are disconnected: an OR of monotone
 * functions, so its minimal cut sets are the minimal elements of the union of {s}, its connectivity
 * cut sets and its dependencies' cut sets (all truncated to the order, which keeps minimality exact).
 * Services are processed in topological order.
 *
 * <p>Numbers: event classes 0 .. classes-1, then service s as classes + s. Cost per service:
 * O(U 2^K) hash operations for a union of U cut sets of size at most K.
 */
final class DependencyClosure {
    private DependencyClosure() {
    }

    /** Minimal cut sets per service, each list sorted by size then members. */
    static List<List<CutKey>> close(CompiledModel m, int classCount, ConnectivityCuts cuts, boolean serviceEvents) {
        List<List<CutKey>> result = new ArrayList<>(Collections.nCopies(m.serviceCount(), null));
        for (int s : m.topologicalOrder) {
            List<CutKey> union = new ArrayList<>(cuts.all(s));
            if (serviceEvents) {
                union.add(new CutKey(new int[] {classCount + s}));
            }
            for (int d : m.serviceDeps[s]) {
                union.addAll(result.get(d));
            }
            result.set(s, minimalElements(union));
        }
        return result;
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
