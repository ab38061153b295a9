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
 * plus O(V + E) per multi-element class that changes the live graph. A prefix is extended only by classes
 * that can still matter to some service under it ({@link RelevantBlocks} of the residual network), and
 * only for those services.
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
    private final IntList alive = new IntList();
    private final int[] prefix;
    /** The subset of the prefix tested for minimality, plus the closing class (reused key). */
    private final CutKey.Probe subset;
    /** Per depth, the services concerned by the prefix so far and those still up under it (reused). */
    private final int[][] concernedAt;
    private final int[][] aliveAt;
    /** Per depth, what can matter to each service under the prefix so far (reused). */
    private final RelevantBlocks[] blocksAt;
    /** What matters to each service under a complete prefix, for its multi-element classes (reused). */
    private RelevantBlocks evaluateBlocks;
    /** The services a multi-element class is tested for (reused). */
    private int[] multiServices;
    /** The services each class is concerned with (from level 2 on). */
    private ConcernedServices concerned;
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
        this.subset = new CutKey.Probe(order + 1);
        int depths = Math.max(1, order - 1);
        this.concernedAt = new int[depths][];
        this.aliveAt = new int[depths][];
        this.blocksAt = new RelevantBlocks[depths];
    }

    /** Applies events to this worker's state for good, before any level: the cut sets are conditioned on them. */
    void applyGiven(int[] events) {
        for (int e : events) {
            state.apply(e);
        }
    }

    /** From level 2 on: the services each class is concerned with (computed once after level 1). */
    void concernedServices(ConcernedServices concerned) {
        this.concerned = concerned;
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
        evaluate(0, services, services.length);
    }

    /**
     * All prefixes of {@code level - 1} classes whose smallest class is {@code first}, for the services
     * given (those still enumerated, ascending), after {@link #concernedServices}.
     */
    void runFirst(int first, int level, int[] services) {
        int[] buffer = buffer(concernedAt, 0);
        int count = concerned.intersect(first, services, services.length, buffer);
        if (count == 0) {
            return;
        }
        state.apply(classes.representative[first]);
        prefix[0] = first;
        extend(1, level - 1, buffer, count);
        state.undo(classes.representative[first]);
    }

    /** The reused service buffer of a depth (allocated on first use). */
    private int[] buffer(int[][] perDepth, int depth) {
        int[] b = perDepth[depth];
        if (b == null) {
            b = new int[m.serviceCount()];
            perDepth[depth] = b;
        }
        return b;
    }

    /** Extends the prefix of {@code depth} classes to {@code target}; services[0 .. count) ascending. */
    private void extend(int depth, int target, int[] services, int count) {
        if (depth == target) {
            evaluate(depth, services, count);
            return;
        }
        int[] up = buffer(aliveAt, depth);
        RelevantBlocks blocks = blocks(depth);
        int upCount = aliveUnderPrefix(services, count, up, blocks);
        if (upCount == 0) {
            return;
        }
        int[] next = buffer(concernedAt, depth);
        for (int b = prefix[depth - 1] + 1; b < classes.count(); b++) {
            if (timedOut || deadline.passed()) {
                timedOut = true;
                return;
            }
            int n = concerned.intersect(b, up, upCount, next);
            n = stillMattering(b, next, n, blocks);
            if (n == 0) {
                continue;
            }
            state.apply(classes.representative[b]);
            prefix[depth] = b;
            extend(depth + 1, target, next, n);
            state.undo(classes.representative[b]);
        }
    }

    /** The reused relevant-blocks workspace of a depth (allocated on first use). */
    private RelevantBlocks blocks(int depth) {
        if (blocksAt[depth] == null) {
            blocksAt[depth] = new RelevantBlocks(m);
        }
        return blocksAt[depth];
    }

    /**
     * Keeps, in place, the services of {@code services[0 .. count)} to which class {@code cls} can still
     * matter under the prefix; returns how many. A class outside every path between a service's endpoints
     * in the residual network is outside them in any network with more failures, so no minimal cut set
     * extending this prefix holds it.
     */
    private int stillMattering(int cls, int[] services, int count, RelevantBlocks blocks) {
        int e = classes.representative[cls];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int s = services[i];
            if (blocks.matters(s, e)) {
                services[n++] = s;
            }
        }
        return n;
    }

    /**
     * Writes to {@code out} the services of {@code services[0 .. count)} whose endpoints are still
     * connected in the current state, and computes what matters to them in it; returns how many.
     * O(V + E + their alternatives x block-tree depth).
     */
    private int aliveUnderPrefix(int[] services, int count, int[] out, RelevantBlocks blocks) {
        graph.build(state);
        blocks.snapshot(graph);
        int n = 0;
        for (int i = 0; i < count; i++) {
            int s = services[i];
            if (blocks.compute(s, graph) != RelevantBlocks.DOWN) {
                out[n++] = s;
            }
        }
        return n;
    }

    private void evaluate(int depth, int[] services, int count) {
        int max = depth == 0 ? -1 : prefix[depth - 1];
        scenarios += classes.count() - 1 - max;
        graph.build(state);
        if (depth == 0) {
            cuts.blocks = new RelevantBlocks(m);
            cuts.blocks.snapshot(graph);
        }
        alive.clear();
        for (int i = 0; i < count; i++) {
            int s = services[i];
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
                cuts.blocks.compute(s, graph);
            }
            for (int k = 0; k < killers.size(); k++) {
                int e = killers.get(k);
                if (isMinimal(depth, e, s)) {
                    record(s, depth, e);
                }
            }
        }
        int[] multi = classes.multiClasses;
        if (alive.size() == 0 || multi.length == 0 || multi[multi.length - 1] <= max) {
            return;
        }
        // a multi-element class is applied (a relabelling of the whole network) only for the services it can
        // still matter to under this prefix: most touch none of a given service's spanning blocks
        RelevantBlocks here = cuts.blocks;
        if (depth > 0) {
            here = prefixBlocks();
            here.snapshot(graph);
            for (int i = 0; i < alive.size(); i++) {
                here.compute(alive.get(i), graph);
            }
        }
        if (multiServices == null) {
            multiServices = new int[m.serviceCount()];
        }
        int[] concernedNow = multiServices;
        for (int mc : multi) {
            if (mc <= max) {
                continue;
            }
            int event = classes.representative[mc];
            int n = 0;
            for (int i = 0; i < alive.size(); i++) {
                int s = alive.get(i);
                if (here.matters(s, event)) {
                    concernedNow[n++] = s;
                }
            }
            if (n == 0) {
                continue;
            }
            if (state.apply(event)) {
                labels.label(state);
                for (int i = 0; i < n; i++) {
                    int s = concernedNow[i];
                    if (!labels.endpointsConnected(m.serviceEntries[s]) && isMinimal(depth, mc, s)) {
                        record(s, depth, mc);
                    }
                }
            }
            state.undo(event);
        }
    }

    /** The relevant-blocks workspace of complete prefixes (allocated on first use). */
    private RelevantBlocks prefixBlocks() {
        if (evaluateBlocks == null) {
            evaluateBlocks = new RelevantBlocks(m);
        }
        return evaluateBlocks;
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
                    subset.members[size++] = prefix[j];
                }
            }
            subset.members[size] = e; // e is above every prefix class: the members stay sorted
            if (cuts.contains(s, subset.of(size + 1))) {
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
