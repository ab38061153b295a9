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
     * Every non-empty minimal cut set other than a service's own event, with the services it is one of (in
     * model order), keyed by the cut set in first-seen order: built once, grouped by each view.
     */
    public static Map<List<String>, List<Service>> index(Model model, AnalysisResult cuts) {
        Map<String, Service> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        Map<List<String>, List<Service>> byCut = new LinkedHashMap<>();
        for (ServiceResult r : cuts.services()) {
            Service s = services.get(r.id());
            for (List<String> c : r.cutSets()) {
                // [] (down with no failure) is no cause, and [S] is S's own defect, not a shared dependency
                if (c.isEmpty() || (c.size() == 1 && c.get(0).equals(s.id()))) {
                    continue;
                }
                byCut.computeIfAbsent(c, k -> new ArrayList<>(2)).add(s);
            }
        }
        return byCut;
    }

    /**
     * The causes of an {@link #index} shared by services of at least two groups.
     *
     * @param groupOf  a service's group (its sector, or its organisation)
     */
    public static List<SharedCause> of(Map<List<String>, List<Service>> index, Function<Service, String> groupOf,
                                       CauseWords words) {
        List<SharedCause> out = new ArrayList<>();
        index.forEach((cut, reached) -> {
            String first = groupOf.apply(reached.get(0));
            if (reached.stream().allMatch(s -> groupOf.apply(s).equals(first))) {
                return; // one group only: the common case, decided without sorting anything
            }
            TreeSet<String> groups = new TreeSet<>();
            TreeSet<String> ids = new TreeSet<>();
            long users = 0;
            for (Service s : reached) {
                groups.add(groupOf.apply(s));
                ids.add(s.id());
                users += s.users() == null ? 0 : s.users();
            }
            out.add(new SharedCause(cut, List.copyOf(groups), List.copyOf(ids), users, words.of(cut)));
        });
        out.sort(CONTRACT_ORDER);
        return out;
    }
}
