package org.neverout.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Cross-sector dependencies (MODEL.md 1.1 "Sectors and cross-sector dependencies", issue 21): which single
 * causes of size &lt;= K reach services of several sectors (and of several organisations) at once.
 *
 * <p>The cut sets come from one run of the engine ({@link CutSetEngine}); grouping them is
 * {@link SharedCauses} per grouping and {@link GroupMatrix} per view. Cost: one cut-set analysis plus
 * O(total cut-set size + m log m + causes x g^2) for m distinct cut sets reaching g groups each.
 */
public final class SectorAnalysis {
    /** The organisation of a service that names none, in the organisation view. */
    public static final String NO_ORGANISATION = Service.UNASSIGNED;

    private SectorAnalysis() {
    }

    public static SectorReport run(Model model, AnalysisQuestion question, ProgressListener progress) {
        return run(model, CompiledModel.compile(model), question, progress);
    }

    public static SectorReport run(Model model, CompiledModel compiled, AnalysisQuestion question,
                                   ProgressListener progress) {
        return of(model, compiled, CutSetEngine.analyze(compiled, question, progress));
    }

    /** The view of an analysis already run (the report reuses its cut sets). */
    public static SectorReport of(Model model, CompiledModel compiled, AnalysisResult cuts) {
        CauseWords words = new CauseWords(model, compiled);
        boolean named = model.services().stream().anyMatch(s -> !Service.UNASSIGNED.equals(s.sector()));
        Map<List<String>, List<Service>> index = SharedCauses.index(model, cuts);
        GroupView sectors = view(model, index, Service::sector, words);
        GroupView organisations = view(model, index, SectorAnalysis::organisation, words);
        return new SectorReport(model.name(), cuts.order(), cuts.kinds(), named, sectors, organisations,
                cuts.complete(), cuts.incompleteReason());
    }

    static String organisation(Service s) {
        return s.organisation() == null ? NO_ORGANISATION : s.organisation();
    }

    private static GroupView view(Model model, Map<List<String>, List<Service>> index,
                                  Function<Service, String> groupOf, CauseWords words) {
        Map<String, List<Service>> members = new TreeMap<>();
        model.services().forEach(s -> members.computeIfAbsent(groupOf.apply(s), k -> new ArrayList<>()).add(s));
        List<GroupSummary> groups = new ArrayList<>();
        members.forEach((g, list) -> groups.add(new GroupSummary(g,
                list.stream().map(Service::id).sorted().toList(),
                list.stream().mapToLong(s -> s.users() == null ? 0 : s.users()).sum())));
        List<SharedCause> causes = SharedCauses.of(index, groupOf, words);
        return new GroupView(groups, causes, GroupMatrix.of(List.copyOf(members.keySet()), causes));
    }
}
