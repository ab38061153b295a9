package org.neverout.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exact minimal cut sets of every service up to a given order (MODEL.md "Cut sets").
 *
 * <p>Pipeline: group the enabled events into classes of identical effect ({@link EventClasses});
 * enumerate each service's connectivity cut sets level by level on shared apply/undo state, finding
 * for every prefix of k-1 failures the residual network's single points of failure in O(V + E) plus
 * small per-service work ({@link ConnectivityEnumeration}, {@link LevelWorker},
 * {@link SinglePointFinder}); close over service events and depends_on ({@link DependencyClosure});
 * expand classes to their member events and sort.
 *
 * <p>Cost: O(C^(K-1) (V + E + S a + M (V + E))) for C classes, order K, S services with a
 * alternatives-and-candidates work each and M multi-element classes, instead of O(C^K (V + E) S) for
 * testing every scenario. The output is identical for any number of threads.
 */
public final class CutSetEngine {
    /** MODEL.md's order of cut sets (one definition, shared with the findings). */
    private static final Comparator<List<String>> BY_SIZE_THEN_IDS = NeverOutFindings.CUT_SET_ORDER;

    private CutSetEngine() {
    }

    /** Analyses with the default question and no progress reporting. */
    public static AnalysisResult analyze(CompiledModel model) {
        return analyze(model, AnalysisQuestion.defaults(), ProgressListener.NONE);
    }

    public static AnalysisResult analyze(CompiledModel model, AnalysisQuestion question, ProgressListener progress) {
        long start = System.nanoTime();
        return analyze(model, question, progress, Deadline.after(question.timeLimit(), start), start);
    }

    /**
     * As {@link #analyze(CompiledModel, AnalysisQuestion, ProgressListener)} with an explicit deadline
     * (the question's time limit is then only used in messages): deterministic limits for tests.
     */
    static AnalysisResult analyze(CompiledModel model, AnalysisQuestion question, ProgressListener progress,
                                  Deadline deadline, long start) {
        EventClasses classes = EventClasses.of(model, question.kinds());
        ConnectivityEnumeration enumeration = new ConnectivityEnumeration(model, classes, question, progress, deadline)
                .run();
        return result(model, classes, question, enumeration, start);
    }

    /** The result of a finished enumeration: dependencies closed, classes expanded, limits applied. */
    static AnalysisResult result(CompiledModel model, EventClasses classes, AnalysisQuestion question,
                                 ConnectivityEnumeration enumeration, long start) {
        ConnectivityCuts cuts = enumeration.cuts();
        boolean serviceEvents = question.kinds().contains(EventKind.SERVICE);
        List<List<CutKey>> closed = DependencyClosure.close(model, classes.count(), cuts, serviceEvents,
                question.order());
        boolean[] up = new NetworkState(model).serviceStates();
        String[] reasons = incompleteReasons(model, cuts);
        List<ServiceResult> services = new ArrayList<>();
        String firstReason = null;
        for (int s = 0; s < model.serviceCount(); s++) {
            List<List<String>> sets = expand(model, classes, closed.get(s));
            String reason = reasons[s];
            long max = question.maxCutSets();
            if (max > 0 && sets.size() > max) {
                sets = sets.subList(0, (int) max);
                if (reason == null) {
                    reason = "more than " + max + " cut sets (max cut sets limit); listed the first " + max;
                }
            }
            if (reason != null && firstReason == null) {
                firstReason = model.serviceIds[s] + ": " + reason;
            }
            services.add(new ServiceResult(model.serviceIds[s], up[s], reason == null, reason, sets));
        }
        return new AnalysisResult(model.name(), question.order(), question.kinds(), services, firstReason == null,
                firstReason, enumeration.scenarios(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** A service is incomplete when its own enumeration or a dependency's (any alternative's) stopped early. */
    private static String[] incompleteReasons(CompiledModel model, ConnectivityCuts cuts) {
        String[] reasons = new String[model.serviceCount()];
        for (int s : model.topologicalOrder) {
            reasons[s] = cuts.stopped[s];
            for (int[] entry : model.serviceDeps[s]) {
                for (int d : entry) { // an entry's cut sets combine every alternative's: all must be complete
                    if (reasons[s] == null && reasons[d] != null) {
                        reasons[s] = "depends on incomplete service '" + model.serviceIds[d] + "'";
                    }
                }
            }
        }
        return reasons;
    }

    /** Expands class-level cut sets to one cut set per combination of member events, sorted. */
    private static List<List<String>> expand(CompiledModel model, EventClasses classes, List<CutKey> sets) {
        List<List<String>> out = new ArrayList<>(sets.size());
        for (CutKey set : sets) {
            String[][] options = new String[set.size()][];
            for (int i = 0; i < set.size(); i++) {
                options[i] = memberIds(model, classes, set.members[i]);
            }
            product(options, 0, new String[set.size()], out);
        }
        out.sort(BY_SIZE_THEN_IDS);
        return out;
    }

    private static String[] memberIds(CompiledModel model, EventClasses classes, int id) {
        if (id >= classes.count()) {
            return new String[] {model.serviceIds[id - classes.count()]};
        }
        int[] members = classes.members[id];
        String[] ids = new String[members.length];
        for (int i = 0; i < members.length; i++) {
            ids[i] = model.events.get(members[i]).id();
        }
        return ids;
    }

    private static void product(String[][] options, int i, String[] current, List<List<String>> out) {
        if (i == options.length) {
            String[] sorted = current.clone();
            Arrays.sort(sorted);
            out.add(List.of(sorted));
            return;
        }
        for (String id : options[i]) {
            current[i] = id;
            product(options, i + 1, current, out);
        }
    }
}
