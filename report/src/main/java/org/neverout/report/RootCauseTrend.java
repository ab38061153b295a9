package org.neverout.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neverout.engine.Finding;

/**
 * Root causes added and removed since the previous period: the never-out findings' cut sets (a root cause
 * is identified by its cut set, MODEL.md 1.1) now, minus those recorded then, and the other way round.
 * Cost: O(F log F) for F findings then and now (hashing keys of at most the order analysed ids each).
 *
 * @param added    cut sets that are root causes now and were not then, in the report's finding order
 * @param removed  cut sets that were root causes then and are not now, in the previous run's order
 * @param then     how many root causes the previous period had
 * @param now      how many root causes there are now
 */
public record RootCauseTrend(List<List<String>> added, List<List<String>> removed, int then, int now) {
    public RootCauseTrend {
        added = added.stream().map(List::copyOf).toList();
        removed = removed.stream().map(List::copyOf).toList();
    }

    /**
     * The root causes of {@code findings} against those of {@code previous}; null when the previous run
     * did not record its root causes (nothing can be said, rather than "all added").
     */
    public static RootCauseTrend of(PreviousRun previous, List<Finding> findings) {
        Objects.requireNonNull(previous, "previous");
        if (previous.rootCauses() == null) {
            return null;
        }
        Set<List<String>> then = new LinkedHashSet<>();
        previous.rootCauses().forEach(cut -> then.add(key(cut)));
        Set<List<String>> now = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (Finding.KIND.equals(f.kind())) {
                now.add(key(f.cutSet()));
            }
        }
        List<List<String>> added = new ArrayList<>();
        now.forEach(cut -> {
            if (!then.contains(cut)) {
                added.add(cut);
            }
        });
        List<List<String>> removed = new ArrayList<>();
        then.forEach(cut -> {
            if (!now.contains(cut)) {
                removed.add(cut);
            }
        });
        return new RootCauseTrend(added, removed, then.size(), now.size());
    }

    /** A cut set as a key: its ids sorted, so that the order a writer used does not matter. */
    private static List<String> key(List<String> cutSet) {
        return cutSet.stream().sorted().toList();
    }
}
