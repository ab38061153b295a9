package org.neverout.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every service's margin in a live state (issue 18): given the basic events that are down now, the size of
 * the smallest set of further events of the question's kinds (the service's own event excluded) that takes
 * the service down, and its single points now (the events that alone do).
 *
 * <p>The cut-set enumeration of {@link CutSetEngine} conditioned on the down events: every worker's
 * {@link NetworkState} starts with them applied, so the connectivity cut sets are those of the residual
 * network; a service whose own event is down is down (its cut set is the empty set); depends_on is closed
 * over as in {@link DependencyClosure}. The levels run 1, 2, ..., order, and before each level a service
 * stops being enumerated once its margin is known and no service whose margin is still open depends on
 * it (directly or not): a dependent's margin through an entry of alternatives needs the alternatives'
 * complete cut sets up to its own margin. Most services are decided at level 1 or 2, so the deeper
 * levels enumerate only the prefixes concerned with the few services left.
 *
 * <p>Cost: as {@link CutSetEngine} to level k for the services still open at level k (level 1 is
 * O(V + E + services' alternatives + multi-element classes x (V + E))), plus one dependency closure of the
 * cut sets found so far per level. The result does not depend on the number of threads.
 */
public final class ServiceMargins {
    private ServiceMargins() {
    }

    /**
     * The margins of every service with the given events down.
     *
     * @param downEventIds basic event ids that are down now, of any kind (enabled or not)
     * @param question     the analysed order, the enabled kinds of further events, threads and time limit
     *                     (its max cut sets does not apply: margins need no list)
     * @throws IllegalArgumentException naming the first down id that is no basic event of the model
     */
    public static MarginResult compute(CompiledModel model, Set<String> downEventIds, AnalysisQuestion question) {
        return compute(model, downEventIds, question, Deadline.after(question.timeLimit(), System.nanoTime()));
    }

    /** As {@link #compute(CompiledModel, Set, AnalysisQuestion)} with an explicit deadline (tests). */
    static MarginResult compute(CompiledModel model, Set<String> downEventIds, AnalysisQuestion question,
                                Deadline deadline) {
        int[] given = resolve(model, downEventIds);
        boolean[] failed = new boolean[model.serviceCount()];
        for (int e : given) {
            if (model.eventService[e] >= 0) {
                failed[model.eventService[e]] = true;
            }
        }
        EventClasses classes = EventClasses.of(model, question.kinds());
        boolean serviceEvents = question.kinds().contains(EventKind.SERVICE);
        Search search = new Search(model, classes, serviceEvents, failed);
        ConnectivityEnumeration enumeration = new ConnectivityEnumeration(model, classes,
                question.withMaxCutSets(0), ProgressListener.NONE, deadline, given, search::select).run();
        int stoppedAt = enumeration.timedOutLevel();
        int order = question.order();
        // After a stop at level L the levels below are complete and level L's sets found are real cut sets:
        // an open margin is proven L by one of them, and stays unknown without.
        List<List<CutKey>> closed = search.decide(enumeration.cuts(), stoppedAt == 0 ? order : stoppedAt);

        NetworkState state = new NetworkState(model);
        for (int e : given) {
            state.apply(e);
        }
        boolean[] up = state.serviceStates();
        List<ServiceMargin> services = new ArrayList<>(model.serviceCount());
        boolean complete = true;
        for (int s = 0; s < model.serviceCount(); s++) {
            Integer margin = search.margin[s];
            if (margin == null && stoppedAt != 0) {
                complete = false;
            }
            List<String> singles = margin != null && margin == 1
                    ? singlePoints(model, classes, closed.get(s), search.ownKey(s)) : List.of();
            services.add(new ServiceMargin(model.serviceIds[s], up[s], margin, singles));
        }
        return new MarginResult(services, order, complete);
    }

    private static int[] resolve(CompiledModel model, Set<String> ids) {
        TreeSet<String> sorted = new TreeSet<>(ids); // a fixed order: the result must not depend on the set's
        int[] events = new int[sorted.size()];
        int i = 0;
        for (String id : sorted) {
            int e = model.eventIndex(id);
            if (e < 0) {
                throw new IllegalArgumentException("'" + id + "' is no basic event of model '" + model.name() + "'");
            }
            events[i++] = e;
        }
        return events;
    }

    /** The member events of the cut sets of size one other than the service's own event, sorted by id. */
    private static List<String> singlePoints(CompiledModel model, EventClasses classes, List<CutKey> sets,
                                             CutKey own) {
        TreeSet<String> ids = new TreeSet<>();
        for (CutKey set : sets) {
            if (set.size() != 1 || set.equals(own)) {
                continue;
            }
            int id = set.members[0];
            if (id >= classes.count()) {
                ids.add(model.serviceIds[id - classes.count()]);
            } else {
                for (int e : classes.members[id]) {
                    ids.add(model.events.get(e).id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The margins decided so far and the choice of services each level enumerates. */
    private static final class Search {
        private final CompiledModel m;
        private final EventClasses classes;
        private final boolean serviceEvents;
        private final boolean[] failed;
        /** Decided margins (null while open). */
        final Integer[] margin;

        Search(CompiledModel model, EventClasses classes, boolean serviceEvents, boolean[] failed) {
            this.m = model;
            this.classes = classes;
            this.serviceEvents = serviceEvents;
            this.failed = failed;
            this.margin = new Integer[model.serviceCount()];
        }

        /** The key of the service's own event, which never counts for its own margin. */
        CutKey ownKey(int s) {
            return new CutKey(new int[] {classes.count() + s});
        }

        /**
         * Before level {@code level}: decides the margins the complete lower levels prove, then keeps the
         * services still open and everything they depend on.
         */
        int[] select(int level, int[] active, ConnectivityCuts cuts) {
            decide(cuts, level - 1);
            boolean[] needed = new boolean[m.serviceCount()];
            int[] stack = new int[m.serviceCount()];
            for (int s = 0; s < m.serviceCount(); s++) {
                if (margin[s] != null || needed[s]) {
                    continue;
                }
                int top = 0;
                needed[s] = true;
                stack[top++] = s;
                while (top > 0) {
                    for (int[] entry : m.serviceDeps[stack[--top]]) {
                        for (int d : entry) {
                            if (!needed[d]) {
                                needed[d] = true;
                                stack[top++] = d;
                            }
                        }
                    }
                }
            }
            int n = 0;
            int[] out = new int[active.length];
            for (int s : active) {
                if (needed[s]) {
                    out[n++] = s;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /**
         * Closes the cut sets found so far (complete up to {@code size}, or real cut sets of that size found
         * before a stop) over depends_on, and decides every open margin that has a cut set of at most
         * {@code size} events other than its own event. Returns the closed cut sets.
         */
        List<List<CutKey>> decide(ConnectivityCuts cuts, int size) {
            List<List<CutKey>> closed = DependencyClosure.close(m, classes.count(), cuts, serviceEvents, failed, size);
            for (int s = 0; s < m.serviceCount(); s++) {
                if (margin[s] != null) {
                    continue;
                }
                CutKey own = ownKey(s);
                for (CutKey set : closed.get(s)) { // sorted by size
                    if (set.size() <= size && !set.equals(own)) {
                        margin[s] = set.size();
                        break;
                    }
                }
            }
            return closed;
        }
    }
}
