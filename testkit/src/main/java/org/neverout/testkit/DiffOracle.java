package org.neverout.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * MODEL.md 1.1 "Diff: what got worse" read literally over {@link BruteForceOracle}'s minimal cut sets,
 * sharing no code with the report module's diff: for every service S of NEW with {@code never_out} N
 * &gt;= 1, the profile (n_0 .. n_N) in OLD and NEW (n_k = minimal cut sets of size k other than
 * {@code [S]}; 0 for k above the order; all zeros in OLD when S is new), and whether NEW is greater at
 * the first size where they differ.
 *
 * <p>Cost: two brute-force enumerations, O(E^K) evaluations each. Meant for small models.
 */
public final class DiffOracle {
    private DiffOracle() {
    }

    /**
     * One service whose profile changed.
     *
     * @param regressed  true when NEW has more cut sets at the first size that differs, false when fewer
     */
    public record Change(String service, List<Long> before, List<Long> after, boolean regressed) {
        public Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * Every service of NEW whose profile differs from OLD's, sorted by id.
     *
     * @param kinds  enabled event kind tokens ({@code node}, {@code link}, ..., as {@link BruteForceOracle})
     */
    public static List<Change> changes(Model older, Model newer, int order, Set<String> kinds) {
        Map<String, List<List<String>>> oldSets = new BruteForceOracle(older).minimalCutSets(order, kinds);
        Map<String, List<List<String>>> newSets = new BruteForceOracle(newer).minimalCutSets(order, kinds);
        Map<String, Change> sorted = new TreeMap<>();
        for (Service s : newer.services()) {
            int n = s.neverOut();
            if (n < 1) {
                continue;
            }
            List<Long> before = profile(s.id(), oldSets.get(s.id()), n);
            List<Long> after = profile(s.id(), newSets.get(s.id()), n);
            for (int k = 0; k <= n; k++) {
                if (!before.get(k).equals(after.get(k))) {
                    sorted.put(s.id(), new Change(s.id(), before, after, after.get(k) > before.get(k)));
                    break;
                }
            }
        }
        return new ArrayList<>(sorted.values());
    }

    /** n_0 .. n_N from the cut sets (null: the service is not in that model, all zeros). */
    private static List<Long> profile(String service, List<List<String>> cutSets, int n) {
        Map<Integer, Long> bySize = new HashMap<>();
        if (cutSets != null) {
            for (List<String> cut : cutSets) {
                boolean own = cut.size() == 1 && cut.contains(service);
                if (!own) {
                    bySize.merge(cut.size(), 1L, Long::sum);
                }
            }
        }
        List<Long> out = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            out.add(bySize.getOrDefault(k, 0L));
        }
        return out;
    }
}
