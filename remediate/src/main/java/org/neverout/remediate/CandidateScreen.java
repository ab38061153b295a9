package org.neverout.remediate;

import java.util.List;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.Finding;
import org.neverout.engine.NetworkState;

/**
 * Sound pruning of candidate actions before their exact re-analysis: a candidate model in which every
 * violating cut set of the current model still takes down every service it violates cannot lower the
 * summed profile, so it is never analysed.
 *
 * <p>Why that is sound. Let every pair (S, C) with C a violating minimal cut set of S before the change
 * still be a cut set of S after it (services and their {@code never_out} are unchanged: no candidate
 * removes a service or changes a requirement). After the change C contains a minimal cut set C* of S.
 * If no C shrinks (C* = C for all), every violating pair is still there and every count n_k is at least
 * what it was: no improvement. Otherwise let m be the smallest |C*| among the pairs that shrank; C* was
 * no cut set before (it is a proper subset of the minimal C), so it is new at size m; every pair of size
 * at most m is still there unshrunk (a shrunk one would give a C* smaller than m). So n_k does not drop
 * for k &lt; m and rises at m: the summed profile is lexicographically greater, not smaller. New pairs of
 * new services only add. Hence "can help" requires some violating (S, C) after which S is up in the
 * candidate model, or some event of C that no longer exists there (e.g. the last node of a software
 * version moved to another) - which is exactly what {@link #mayHelp} tests. This is a sharper form of
 * "a candidate that touches no element of any violating cut set cannot help": a candidate that touches
 * none leaves every such state as it was.
 *
 * <p>Cost: O(F (V + E + S a)) per candidate for F distinct violating cut sets (findings), one network
 * state evaluation each, against O(events^(K-1) (V + E)) for the exact analysis it saves.
 */
final class CandidateScreen {
    private CandidateScreen() {
    }

    /**
     * Whether the candidate model may lower the summed profile of the current model's findings.
     *
     * @param candidate  the compiled candidate model
     * @param findings   the current model's never-out findings (each a violating cut set and its services)
     */
    static boolean mayHelp(CompiledModel candidate, List<Finding> findings) {
        NetworkState state = new NetworkState(candidate);
        boolean[] up = new boolean[candidate.serviceCount()];
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        List<String> ids = candidate.serviceIds();
        for (int s = 0; s < ids.size(); s++) {
            index.put(ids.get(s), s);
        }
        for (Finding f : findings) {
            int[] events = new int[f.cutSet().size()];
            for (int i = 0; i < events.length; i++) {
                events[i] = candidate.eventIndex(f.cutSet().get(i));
                if (events[i] < 0) {
                    return true; // the cut set no longer exists as such: its services may survive it
                }
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
                    return true;
                }
            }
        }
        return false;
    }
}
