package org.neverout.remediate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.Finding;
import org.neverout.engine.NetworkState;

/**
 * Sound pruning of candidate actions before their exact re-analysis, and a sound lower bound on what a
 * candidate can achieve, from one network state per violating cut set of the current model.
 *
 * <p>A pair (S, C) - C a violating minimal cut set of S now - <em>may vanish</em> under a candidate when S
 * is up after C in the candidate model, or when an event of C no longer exists there (e.g. the last node
 * of a software version moved to another). Let s_k count those pairs of size k, n_k the current summed
 * profile, and m the smallest k with s_k &gt; 0.
 *
 * <p>Claim: the candidate's summed profile n' is, lexicographically, at least the bound
 * L = (n_0, ..., n_{m-1}, n_m - s_m) on its first m + 1 sizes; with no pair that may vanish (no m) it is
 * at least n itself, so the candidate cannot help. Proof: services and their {@code never_out} are
 * unchanged (no candidate removes a service or changes a requirement; new services only add pairs).
 * Every pair that may not vanish is still a cut set of S and so contains a minimal cut set C* of S after
 * the change. Let j be the smallest |C*| over the pairs that shrink (C* a proper subset of C, hence
 * new: C was minimal). If j &lt; m, no pair below size j shrinks and all of them are still there, so n' is
 * at least n below j and greater at j. Otherwise no pair of size at most m shrinks (it would give a C*
 * below m), so n'_k &gt;= n_k for k &lt; m and n'_m &gt;= n_m - s_m. Either way n' &gt;= L lexicographically.
 * This is a sharper form of "a candidate that touches no element of any violating cut set cannot help":
 * a candidate that touches none leaves every such state as it was.
 *
 * <p>Cost: O(F (V + E + S a)) per candidate for F distinct violating cut sets (findings), one network
 * state evaluation each, against O(events^(K-1) (V + E)) for the exact analysis it may save.
 */
final class CandidateScreen {
    private CandidateScreen() {
    }

    /**
     * The candidate's bound L (see the class comment), or null when it cannot help.
     *
     * @param candidate  the compiled candidate model
     * @param findings   the current model's never-out findings (each a violating cut set and its services)
     * @param profile    the current summed profile n
     */
    static List<Long> bound(CompiledModel candidate, List<Finding> findings, List<Long> profile) {
        long[] vanish = new long[profile.size()];
        NetworkState state = new NetworkState(candidate);
        boolean[] up = new boolean[candidate.serviceCount()];
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = candidate.serviceIds();
        for (int s = 0; s < ids.size(); s++) {
            index.put(ids.get(s), s);
        }
        for (Finding f : findings) {
            int size = f.cutSet().size();
            int[] events = new int[size];
            boolean gone = false;
            for (int i = 0; i < size; i++) {
                events[i] = candidate.eventIndex(f.cutSet().get(i));
                gone |= events[i] < 0;
            }
            if (gone) {
                vanish[size] += f.services().size();
                continue;
            }
            for (int e : events) {
                state.apply(e);
            }
            state.serviceStates(up);
            for (int e : events) {
                state.undo(e);
            }
            for (String service : f.services()) {
                Integer s = index.get(service);
                if (s == null || up[s]) {
                    vanish[size]++;
                }
            }
        }
        for (int m = 0; m < vanish.length; m++) {
            if (vanish[m] > 0) {
                List<Long> bound = new ArrayList<>(profile.subList(0, m));
                bound.add(profile.get(m) - vanish[m]);
                return bound;
            }
        }
        return null;
    }

    /**
     * Whether a candidate with bound L can be no better than {@code best} (an achieved summed profile):
     * best is smaller than L at the first of L's sizes where they differ.
     */
    static boolean cannotBeat(List<Long> bound, List<Long> best) {
        for (int k = 0; k < bound.size(); k++) {
            long b = k < best.size() ? best.get(k) : 0;
            if (b != bound.get(k)) {
                return b < bound.get(k);
            }
        }
        return false;
    }

    /** Optimistic bounds first: lexicographic, a shorter bound before a longer one with the same prefix. */
    static int compareBounds(List<Long> a, List<Long> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = Long.compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
