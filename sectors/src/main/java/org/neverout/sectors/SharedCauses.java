package org.neverout.sectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.NeverOutFindings;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The causes shared across groups (MODEL.md 1.1 "Sectors and cross-sector dependencies"): every non-empty
 * minimal cut set C, other than a service's own event, of the services of at least two different groups,
 * with every service of which it is such a cut set.
 *
 * <p>One pass over the engine's cut sets, keyed by C: O(total cut-set size) hashing plus sorting the
 * shared ones, O(m log m) for m distinct cut sets.
 */
public final class SharedCauses {
    /** MODEL.md 1.1's order: more groups first, then |C| ascending, then C as cut sets are sorted. */
    public static final Comparator<SharedCause> CONTRACT_ORDER = Comparator
            .comparingInt((SharedCause c) -> -c.groups().size())
            .thenComparing(SharedCause::cutSet, NeverOutFindings.CUT_SET_ORDER);

    private SharedCauses() {
    }

    /**
     * The causes shared by services of at least two groups.
     *
     * @param groupOf  a service's group (its sector, or its organisation)
     */
    public static List<SharedCause> of(Model model, AnalysisResult cuts, Function<Service, String> groupOf,
                                       CauseWords words) {
        Map<List<String>, List<Service>> byCut = new LinkedHashMap<>();
        Map<String, Service> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        for (ServiceResult r : cuts.services()) {
            Service s = services.get(r.id());
            for (List<String> c : r.cutSets()) {
                // [] (down with no failure) is no cause, and [S] is S's own defect, not a shared dependency
                if (c.isEmpty() || (c.size() == 1 && c.get(0).equals(s.id()))) {
                    continue;
                }
                byCut.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            }
        }
        List<SharedCause> out = new ArrayList<>();
        byCut.forEach((cut, reached) -> {
            TreeSet<String> groups = new TreeSet<>();
            reached.forEach(s -> groups.add(groupOf.apply(s)));
            if (groups.size() < 2) {
                return;
            }
            TreeSet<String> ids = new TreeSet<>();
            long users = 0;
            for (Service s : reached) {
                ids.add(s.id());
                users += s.users() == null ? 0 : s.users();
            }
            out.add(new SharedCause(cut, List.copyOf(groups), List.copyOf(ids), users, words.of(cut)));
        });
        out.sort(CONTRACT_ORDER);
        return out;
    }
}
