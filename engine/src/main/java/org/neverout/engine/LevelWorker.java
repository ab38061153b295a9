package org.neverout.engine;

import java.util.BitSet;

/**
 * One thread's share of a level of the connectivity enumeration. For level k it visits failure
 * prefixes P of k-1 event classes in canonical (ascending) order, applied to its own
 * {@link NetworkState}, and finds every class e above max(P) such that P + e takes a service down:
 * single nodes and links through the residual graph ({@link SinglePointFinder}), other classes by
 * applying them and relabelling components. P + e is recorded only when minimal: P does not take the
 * service down and no recorded smaller cut set containing e lies inside P + e.
 *
 * <p>Cost per prefix: O(V + E) for the residual graph, plus per live service its candidates' checks,
 * plus O(V + E) per multi-element class that changes the live graph.
 *
 * <p>The {@link Deadline} is asked before every prefix is extended: once it has passed the worker stops
 * where it is ({@link #timedOut()}); what it recorded until then are still minimal cut sets (each was
 * checked against the complete lower levels), only some of the level's are missing.
 */
final class LevelWorker {
    private static final BitSet NONE = new BitSet();

    private final CompiledModel m;
    private final EventClasses classes;
    private final ConnectivityCuts cuts;
    private final NetworkState state;
    private final ResidualGraph graph;
    private final SinglePointFinder finder;
    private final ComponentLabels labels;
    private final IntList killers = new IntList();
    private final int[] prefix;
    private final int[] subset;
    /** Cut sets found at the current level, per service, flattened. */
    private IntList[] found;
    private final Deadline deadline;
    private boolean timedOut;
    long scenarios;

    LevelWorker(CompiledModel model, EventClasses classes, ConnectivityCuts cuts, int order, Deadline deadline) {
        if (order < 1 || order > AnalysisQuestion.MAX_ORDER) {
            // the subset masks below are ints over the prefix: an order above 30 would overflow them
            throw new IllegalArgumentException("order must be 1.." + AnalysisQuestion.MAX_ORDER + ", got " + order);
        }
        this.deadline = deadline;
        this.m = model;
        this.classes = classes;
        this.cuts = cuts;
        this.state = new NetworkState(model);
        this.graph = new ResidualGraph(model);
        this.finder = new SinglePointFinder(model, graph, classes);
        this.labels = new ComponentLabels(model);
        this.prefix = new int[Math.max(1, order)];
        this.subset = new int[Math.max(1, order)];
    }

    /** Starts a level: forgets what the previous level found. */
    void startLevel() {
        found = new IntList[m.serviceCount()];
    }

    IntList[] found() {
        return found;
    }

    /** Whether the deadline stopped this worker in the middle of a level. */
    boolean timedOut() {
        return timedOut;
    }

    /** Level 1 (prefix: no failure) over the given services. */
    void runEmptyPrefix(int[] services) {
        evaluate(0, services);
    }

    /**
     * All prefixes of {@code level - 1} classes whose smallest class is {@code first}, for the services
     * given (those still enumerated).
     */
    void runFirst(int first, int level, int[] services) {
        int[] concerned = concerned(first, services);
        if (concerned.length == 0) {
            return;
        }
        state.apply(classes.representative[first]);
        prefix[0] = first;
        extend(1, level - 1, concerned);
        state.undo(classes.representative[first]);
    }

    /**
     * The services a class can matter to: those whose relevant region it touches. A class outside a
     * service's region never changes its state, so no minimal cut set of it contains the class.
     */
    private int[] concerned(int cls, int[] services) {
        IntList list = new IntList(services.length);
        for (int s : services) {
            if (touches(cls, s)) {
                list.add(s);
            }
        }
        return list.toArray();
    }

    private boolean touches(int cls, int s) {
        int e = classes.representative[cls];
        for (int i = m.eventNodeStart[e]; i < m.eventNodeStart[e + 1]; i++) {
            if (cuts.nodeMatters(s, m.eventNode[i])) {
                return true;
            }
        }
        for (int i = m.eventLinkStart[e]; i < m.eventLinkStart[e + 1]; i++) {
            int l = m.eventLink[i];
            if (cuts.nodeMatters(s, m.linkA[l]) && cuts.nodeMatters(s, m.linkB[l])) {
                return true;
            }
        }
        for (int i = m.eventFeedStart[e]; i < m.eventFeedStart[e + 1]; i++) {
            int f = m.eventFeed[i];
            for (int j = m.feedNodeStart[f]; j < m.feedNodeStart[f + 1]; j++) {
                if (cuts.nodeMatters(s, m.feedNode[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private void extend(int depth, int target, int[] services) {
        if (depth == target) {
            evaluate(depth, services);
            return;
        }
        int[] alive = aliveUnderPrefix(services);
        if (alive.length == 0) {
            return;
        }
        for (int b = prefix[depth - 1] + 1; b < classes.count(); b++) {
            if (timedOut || deadline.passed()) {
                timedOut = true;
                return;
            }
            int[] concerned = concerned(b, alive);
            if (concerned.length == 0) {
                continue;
            }
            state.apply(classes.representative[b]);
            prefix[depth] = b;
            extend(depth + 1, target, concerned);
            state.undo(classes.representative[b]);
        }
    }

    /** The services whose endpoints are still connected in the current state. O(V + E + services). */
    private int[] aliveUnderPrefix(int[] services) {
        labels.label(state);
        IntList alive = new IntList(services.length);
        for (int s : services) {
            if (labels.endpointsConnected(m.serviceEntries[s])) {
                alive.add(s);
            }
        }
        return alive.toArray();
    }

    private void evaluate(int depth, int[] services) {
        int max = depth == 0 ? -1 : prefix[depth - 1];
        scenarios += classes.count() - 1 - max;
        graph.build(state);
        if (depth == 0) {
            cuts.pre0 = graph.pre.clone();
        }
        IntList alive = new IntList(services.length);
        for (int s : services) {
            killers.clear();
            BitSet excluded = depth == 0 ? NONE : cuts.singles[s];
            if (finder.collect(m.serviceEntries[s], max, excluded, killers) == SinglePointFinder.DOWN) {
                if (depth == 0) {
                    cuts.downAtStart[s] = true;
                }
                continue;
            }
            alive.add(s);
            if (depth == 0) {
                finder.relevantRegion(m.serviceEntries[s], cuts.region[s]);
            }
            for (int i = 0; i < killers.size(); i++) {
                int e = killers.get(i);
                if (isMinimal(depth, e, s)) {
                    record(s, depth, e);
                }
            }
        }
        if (alive.size() == 0) {
            return;
        }
        for (int mc : classes.multiClasses) {
            if (mc <= max) {
                continue;
            }
            int event = classes.representative[mc];
            if (state.apply(event)) {
                labels.label(state);
                for (int i = 0; i < alive.size(); i++) {
                    int s = alive.get(i);
                    if (!labels.endpointsConnected(m.serviceEntries[s]) && isMinimal(depth, mc, s)) {
                        record(s, depth, mc);
                    }
                }
            }
            state.undo(event);
        }
    }

    /**
     * Whether prefix + e has no smaller cut set inside it. The prefix itself does not take the service
     * down (checked by the caller), so only subsets containing e can: e alone, or e with a proper
     * non-empty subset of the prefix (recorded at lower levels, which are complete).
     */
    private boolean isMinimal(int depth, int e, int s) {
        if (depth == 0) {
            return true;
        }
        if (cuts.singles[s].get(e)) {
            return false;
        }
        int full = (1 << depth) - 1;
        for (int mask = 1; mask < full; mask++) {
            int size = 0;
            for (int j = 0; j < depth; j++) {
                if ((mask & (1 << j)) != 0) {
                    subset[size++] = prefix[j];
                }
            }
            int[] members = new int[size + 1];
            System.arraycopy(subset, 0, members, 0, size);
            members[size] = e;
            if (cuts.contains(s, members)) {
                return false;
            }
        }
        return true;
    }

    private void record(int s, int depth, int e) {
        IntList list = found[s];
        if (list == null) {
            list = new IntList(4 * (depth + 1));
            found[s] = list;
        }
        for (int j = 0; j < depth; j++) {
            list.add(prefix[j]);
        }
        list.add(e);
    }
}
