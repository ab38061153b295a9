package org.neverout.remediate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.testkit.BruteForceOracle;

/**
 * The plan's objective computed literally from the brute-force oracle's minimal cut sets (test helper,
 * sharing no code with {@link Violations}): per service with never_out N &gt;= 1, the cut sets of size k
 * &lt;= N (and &lt;= the order) other than [S], summed by size.
 */
final class OracleProfiles {
    static final Set<String> ALL_KINDS = Set.of("node", "link", "site", "power", "group", "software", "supplier",
            "service");

    final Map<String, List<List<String>>> cutSets;
    final Map<String, BruteForceOracle.Verdict> verdicts;
    private final Model model;

    OracleProfiles(Model model, int order) {
        this.model = model;
        BruteForceOracle oracle = new BruteForceOracle(model);
        this.cutSets = oracle.minimalCutSets(order, ALL_KINDS);
        this.verdicts = oracle.verdicts(order, ALL_KINDS);
    }

    List<Long> summed() {
        int longest = model.services().stream().mapToInt(Service::neverOut).max().orElse(0);
        long[] n = new long[longest + 1];
        for (Service s : model.services()) {
            for (List<String> c : violating(s)) {
                n[c.size()]++;
            }
        }
        List<Long> out = new ArrayList<>();
        for (long v : n) {
            out.add(v);
        }
        return out;
    }

    long violations() {
        return summed().stream().mapToLong(Long::longValue).sum();
    }

    Set<List<String>> violating(Service s) {
        Set<List<String>> out = new HashSet<>();
        if (s.neverOut() < 1) {
            return out;
        }
        for (List<String> c : cutSets.getOrDefault(s.id(), List.of())) {
            if (c.size() <= s.neverOut() && !(c.size() == 1 && c.get(0).equals(s.id()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Sum over services of impact x pairs of {@code this} that {@code after} no longer has. */
    double impactRemovedBy(OracleProfiles after) {
        double sum = 0;
        for (Service s : model.services()) {
            Set<List<String>> still = after.violatingById(s.id());
            long removed = violating(s).stream().filter(c -> !still.contains(c)).count();
            double users = s.users() == null ? 1 : Math.max(1, s.users());
            double weight = "A".equals(s.category()) ? model.impact().categoryWeights().get("A")
                    : "B".equals(s.category()) ? model.impact().categoryWeights().get("B")
                    : model.impact().categoryWeights().get("none");
            sum += removed * users * weight;
        }
        return sum;
    }

    private Set<List<String>> violatingById(String id) {
        return model.services().stream().filter(s -> s.id().equals(id)).findFirst().map(this::violating)
                .orElse(Set.of());
    }

    static int compare(List<Long> a, List<Long> b) {
        for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
            long x = k < a.size() ? a.get(k) : 0;
            long y = k < b.size() ? b.get(k) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
