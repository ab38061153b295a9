package org.neverout.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * over as in {@link DependencyClosure}. The levels run 1, 2, ..., order, and before each level the margins
 * the complete lower levels prove are decided; a service is enumerated further only while its margin, or
 * that of a service depending on it (directly or not), is open: a dependent's margin through an entry of
 * alternatives needs the alternatives' complete cut sets up to its own margin. Shortcuts, each exact:
 * <ul>
 *   <li>a service without depends_on of one or two endpoint entries, where every enabled class is a single
 *       node or link, has its margin from a maximum flow ({@link EntryMinCut}, Menger's theorem);</li>
 *   <li>class-disjoint witnesses ({@link DisjointWitnesses}) of a service without depends_on skip the levels
 *       below their number, decide "beyond the order" when there are more than the order, and restrict the
 *       level equal to their number to their touching classes;</li>
 *   <li>from level 3 on, a service without depends_on that no open service depends on is decided alone by a
 *       bounded search over witness classes ({@link WitnessSearch}) instead of the shared enumeration of every
 *       prefix of two or more classes;</li>
 *   <li>single points come from level 1, which is always complete.</li>
 * </ul>
 *
 * <p>Cost: level 1 is O(V + E + services' alternatives + multi-element classes x (V + E)); level 2 as
 * {@link CutSetEngine}'s for the services still open; level k &gt;= 3 O(b^(k-1) (V + E)) per service searched
 * alone (b classes touching a witness), plus one dependency closure of the cut sets found per level. The
 * result does not depend on the number of threads.
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
        Search search = new Search(model, classes, serviceEvents, failed, given, question.order(),
                question.threads(), deadline);
        ConnectivityEnumeration enumeration = new ConnectivityEnumeration(model, classes,
                question.withMaxCutSets(0), ProgressListener.NONE, deadline, given, search).run();
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
            if (!search.decided[s] && (stoppedAt != 0 || search.cutShort)) {
                complete = false; // open when the time limit struck: unknown, not beyond the order
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

    /**
     * The margins decided so far and the choice of services and classes each level enumerates: a service is
     * enumerated while its margin or that of a service depending on it (directly or not) is open, except at
     * the levels its disjoint witnesses ({@link DisjointWitnesses}) rule out, and at the level they allow
     * first only over their touching classes.
     */
    private static final class Search implements ConnectivityEnumeration.LevelGate {
        private final CompiledModel m;
        private final EventClasses classes;
        private final boolean serviceEvents;
        private final boolean[] failed;
        private final int[] given;
        private final int order;
        private final int threads;
        private final Deadline deadline;
        /** Set when the deadline stopped a witness search: a margin was left open for want of time. */
        boolean cutShort;
        /** Decided margins (null: open, or beyond the order once decided). */
        final Integer[] margin;
        final boolean[] decided;
        /** Per service, how many class-disjoint witnesses were found (0: not searched), and their classes. */
        private int[] witnesses;
        private BitSet[] witnessClasses;

        Search(CompiledModel model, EventClasses classes, boolean serviceEvents, boolean[] failed, int[] given,
               int order, int threads, Deadline deadline) {
            this.threads = threads;
            this.deadline = deadline;
            this.m = model;
            this.classes = classes;
            this.serviceEvents = serviceEvents;
            this.failed = failed;
            this.given = given;
            this.order = order;
            this.margin = new Integer[model.serviceCount()];
            this.decided = new boolean[model.serviceCount()];
        }

        /** The key of the service's own event, which never counts for its own margin. */
        CutKey ownKey(int s) {
            return new CutKey(new int[] {classes.count() + s});
        }

        /**
         * Before level {@code level}: decides the margins the complete lower levels prove, then keeps the
         * services still open and everything they depend on, less those whose witnesses rule the level out.
         */
        @Override
        public int[] select(int level, int[] active, ConnectivityCuts cuts) {
            decide(cuts, level - 1);
            if (witnesses == null) {
                findWitnesses(active);
            }
            boolean[] needed = new boolean[m.serviceCount()];
            boolean[] neededByOthers = new boolean[m.serviceCount()];
            int[] stack = new int[m.serviceCount()];
            for (int s = 0; s < m.serviceCount(); s++) {
                if (decided[s]) {
                    continue;
                }
                needed[s] = true;
                int top = 0;
                stack[top++] = s;
                while (top > 0) {
                    for (int[] entry : m.serviceDeps[stack[--top]]) {
                        for (int d : entry) {
                            if (!neededByOthers[d]) {
                                needed[d] = true;
                                neededByOthers[d] = true;
                                stack[top++] = d;
                            }
                        }
                    }
                }
            }
            IntList searched = new IntList();
            int n = 0;
            int[] out = new int[active.length];
            for (int s : active) {
                if (!needed[s]) {
                    continue;
                }
                if (level >= 3 && !neededByOthers[s] && m.serviceDeps[s].length == 0) {
                    searched.add(s); // its margin is its endpoints' alone: searched on its own below
                } else if (witnesses[s] <= level) {
                    // with more disjoint witnesses than the level's size, no connectivity cut set has that size
                    out[n++] = s;
                }
            }
            searchAlone(searched.toArray(), level);
            return Arrays.copyOf(out, n);
        }

        /**
         * Decides, for each service given (open, no depends_on, needed by no open service), whether a cut
         * set of {@code level} classes exists ({@link WitnessSearch}), on the question's threads.
         */
        private void searchAlone(int[] services, int level) {
            if (services.length == 0) {
                return;
            }
            boolean[] cut = new boolean[services.length];
            boolean[] stopped = new boolean[services.length];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Runnable task = () -> {
                WitnessSearch search = new WitnessSearch(m, classes, given, order, deadline);
                for (int i = next.getAndIncrement(); i < services.length; i = next.getAndIncrement()) {
                    cut[i] = search.cuts(m.serviceEntries[services[i]], level);
                    stopped[i] = search.cutShort();
                }
            };
            int workers = Math.min(threads, services.length);
            Thread[] pool = new Thread[workers - 1];
            for (int w = 0; w < pool.length; w++) {
                pool[w] = new Thread(task, "neverout-margins-" + (w + 1));
                pool[w].setDaemon(true);
                pool[w].start();
            }
            task.run();
            for (Thread t : pool) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("margin search interrupted", e);
                }
            }
            for (int i = 0; i < services.length; i++) {
                int s = services[i];
                if (stopped[i]) {
                    cutShort = true; // left open: unknown, not beyond the order
                } else if (cut[i]) {
                    margin[s] = level;
                    decided[s] = true;
                } else if (level == order) {
                    decided[s] = true; // no cut set up to the order: beyond it
                }
            }
        }

        /** At the level that equals a service's number of witnesses, its cut sets lie in their classes. */
        @Override
        public BitSet[] restrict(int level) {
            BitSet[] only = new BitSet[m.serviceCount()];
            for (int s = 0; s < only.length; s++) {
                if (witnesses[s] == level) {
                    only[s] = witnessClasses[s];
                }
            }
            return only;
        }

        /**
         * Searches witnesses of the open services with endpoints and no depends_on (a dependency's own
         * cut sets are not the endpoints'); up to order + 1, which decides the margin beyond the order. Where
         * every class is a single node or link and there are at most two entries, the most disjoint paths
         * ({@link EntryMinCut}) are the margin itself.
         */
        private void findWitnesses(int[] active) {
            witnesses = new int[m.serviceCount()];
            witnessClasses = new BitSet[m.serviceCount()];
            DisjointWitnesses greedy = null;
            EntryMinCut flow = null;
            for (int s : active) {
                if (decided[s] || m.serviceDeps[s].length > 0) {
                    continue;
                }
                if (greedy == null) {
                    NetworkState state = new NetworkState(m);
                    for (int e : given) {
                        state.apply(e);
                    }
                    greedy = new DisjointWitnesses(m, classes, state);
                    flow = new EntryMinCut(m, classes, state);
                }
                BitSet union = new BitSet();
                int[][] entries = m.serviceEntries[s];
                if (EntryMinCut.applies(classes, entries)) {
                    // exact: the margin itself (its endpoints are all that count without depends_on)
                    witnesses[s] = flow.minCut(entries, order + 1, union);
                    if (witnesses[s] <= order) {
                        margin[s] = witnesses[s];
                    }
                    decided[s] = true;
                } else {
                    witnesses[s] = greedy.find(entries, order + 1, union);
                    if (witnesses[s] > order) {
                        decided[s] = true; // every cut set has more than `order` events: beyond the order
                    }
                }
                witnessClasses[s] = union;
            }
        }

        /**
         * Closes the cut sets found so far (complete up to {@code size}, or real cut sets of that size found
         * before a stop) over depends_on, and decides every open margin that has a cut set of at most
         * {@code size} events other than its own event. Returns the closed cut sets.
         */
        List<List<CutKey>> decide(ConnectivityCuts cuts, int size) {
            List<List<CutKey>> closed = DependencyClosure.close(m, classes.count(), cuts, serviceEvents, failed, size);
            for (int s = 0; s < m.serviceCount(); s++) {
                if (decided[s]) {
                    continue;
                }
                CutKey own = ownKey(s);
                for (CutKey set : closed.get(s)) { // sorted by size
                    if (set.size() <= size && !set.equals(own)) {
                        margin[s] = set.size();
                        decided[s] = true;
                        break;
                    }
                }
            }
            return closed;
        }
    }
}
