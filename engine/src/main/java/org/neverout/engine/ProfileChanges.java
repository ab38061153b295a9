package org.neverout.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Regressions and improvements of a change (MODEL.md 1.1 "Diff: what got worse"): for every service S
 * of NEW with {@code never_out} N &gt;= 1 (N as in NEW), its {@link CutSetProfile} in OLD (all zeros
 * when S is new) and in NEW; S regressed when the NEW profile is lexicographically greater, improved
 * when smaller. Services gone from NEW, or with {@code never_out: 0} in NEW, are never listed.
 *
 * <p>Cost: O(C + S log S) for C cut sets over both analyses and S services.
 */
public final class ProfileChanges {
    private ProfileChanges() {
    }

    /**
     * Every service whose profile changed, sorted by service id.
     *
     * @throws IllegalArgumentException when the analyses differ in order
     */
    public static List<ProfileChange> of(Model older, AnalysisResult oldAnalysis, Model newer,
                                         AnalysisResult newAnalysis) {
        if (oldAnalysis.order() != newAnalysis.order()) {
            throw new IllegalArgumentException("cannot compare profiles of different orders: " + oldAnalysis.order()
                    + " (old) and " + newAnalysis.order() + " (new)");
        }
        int order = newAnalysis.order();
        Map<String, ServiceResult> oldResults = new HashMap<>();
        oldAnalysis.services().forEach(r -> oldResults.put(r.id(), r));
        Map<String, ServiceResult> newResults = new HashMap<>();
        newAnalysis.services().forEach(r -> newResults.put(r.id(), r));
        Map<String, Service> oldServices = new HashMap<>();
        older.services().forEach(s -> oldServices.put(s.id(), s));
        List<ProfileChange> out = new ArrayList<>();
        for (Service s : newer.services()) {
            int n = s.neverOut();
            ServiceResult now = newResults.get(s.id());
            if (n < 1 || now == null) {
                continue;
            }
            ServiceResult was = oldServices.containsKey(s.id()) ? oldResults.get(s.id()) : null;
            CutSetProfile before = was == null ? CutSetProfile.absent(n)
                    : CutSetProfile.of(s.id(), was.cutSets(), n, order);
            CutSetProfile after = CutSetProfile.of(s.id(), now.cutSets(), n, order);
            if (before.firstDifference(after) >= 0) {
                boolean complete = now.complete() && (was == null || was.complete());
                out.add(new ProfileChange(s.id(), s.kind(), before, after,
                        complete));
            }
        }
        out.sort(Comparator.comparing(ProfileChange::service));
        return List.copyOf(out);
    }

    /** The regressions among {@code changes}, in their order. */
    public static List<ProfileChange> regressions(List<ProfileChange> changes) {
        return changes.stream().filter(ProfileChange::regressed).toList();
    }

    /** The improvements among {@code changes}, in their order. */
    public static List<ProfileChange> improvements(List<ProfileChange> changes) {
        return changes.stream().filter(ProfileChange::improved).toList();
    }
}
