package org.neverout.engine;

import java.util.BitSet;

/**
 * Whether some set of at most k further event classes disconnects one service's endpoints, by a bounded
 * search tree over witnesses ({@link DisjointWitnesses}): every cut set holds a class touching any witness of
 * the live network, so for a witness W, a cut set of at most k classes exists iff for some class c touching
 * W, one of at most k - 1 exists after c. The last class is found among all single node and link classes at
 * once ({@link SinglePointFinder} on the residual graph) and among the multi-element classes touching the
 * last witness. A node of the tree with more than its remaining budget of class-disjoint witnesses has no
 * cut set below it and is not expanded.
 *
 * <p>For margins, where one service at a time is left open at a deep level, this replaces the shared
 * enumeration of every prefix of k - 1 classes (O(C^(k-1) (V + E))) by O(b^(k-1) (V + E)), b being the number
 * of classes touching a witness (its paths' nodes and links and what takes them down), typically tens.
 *
 * <p>Workspace for one thread; the network state carries the given events and is restored after every
 * call. The {@link Deadline} is asked before every branch; when it passes, {@link #cutShort()} says so and
 * the answer is false without proof.
 */
final class WitnessSearch {
    private static final BitSet NONE = new BitSet();

    private final EventClasses classes;
    private final NetworkState state;
    private final DisjointWitnesses witnesses;
    private final ResidualGraph graph;
    private final SinglePointFinder finder;
    private final ComponentLabels labels;
    private final IntList killers = new IntList();
    private final boolean[] multi;
    private final Deadline deadline;
    /** Per depth, the classes touching that depth's witness (reused). */
    private final BitSet[] touching;
    private boolean cutShort;
    /** Every witness's classes (workspace, read by no one). */
    private final BitSet all = new BitSet();

    /** A search in the network with the {@code given} events down. */
    WitnessSearch(CompiledModel model, EventClasses classes, int[] given, int maxSize, Deadline deadline) {
        this.classes = classes;
        this.state = new NetworkState(model);
        for (int e : given) {
            state.apply(e);
        }
        this.witnesses = new DisjointWitnesses(model, classes, state);
        this.graph = new ResidualGraph(model);
        this.finder = new SinglePointFinder(model, graph, classes);
        this.labels = new ComponentLabels(model);
        this.multi = new boolean[classes.count()];
        for (int c : classes.multiClasses) {
            multi[c] = true;
        }
        this.deadline = deadline;
        this.touching = new BitSet[maxSize + 1];
        for (int i = 0; i < touching.length; i++) {
            touching[i] = new BitSet();
        }
    }

    /** Whether the deadline stopped a search (its answer was then no proof). */
    boolean cutShort() {
        return cutShort;
    }

    /**
     * Whether at most {@code size} further classes take the endpoints down (1 &lt;= size &lt;= the maximum
     * given at construction), the endpoints being connected now.
     */
    boolean cuts(int[][] entries, int size) {
        return search(entries, size);
    }

    private boolean search(int[][] entries, int budget) {
        BitSet touched = touching[budget];
        // more disjoint witnesses than the budget: every cut set below here is larger than the budget;
        // else branch on the first witness's classes alone
        int found = witnesses.find(entries, budget + 1, all, touched);
        if (found == 0) {
            return true; // already down
        }
        if (found > budget) {
            return false;
        }
        if (budget == 1) {
            return hasSingleKiller(entries, touched);
        }
        for (int c = touched.nextSetBit(0); c >= 0; c = touched.nextSetBit(c + 1)) {
            if (deadline.passed()) {
                cutShort = true;
                return false;
            }
            int event = classes.representative[c];
            state.apply(event);
            boolean cut = search(entries, budget - 1);
            state.undo(event);
            if (cut) {
                return true;
            }
        }
        return false;
    }

    /** Whether one class alone takes the endpoints down now: a single node or link, or a multi-element class. */
    private boolean hasSingleKiller(int[][] entries, BitSet touched) {
        graph.build(state);
        killers.clear();
        if (finder.collect(entries, -1, NONE, killers) == SinglePointFinder.DOWN || killers.size() > 0) {
            return true;
        }
        for (int c = touched.nextSetBit(0); c >= 0; c = touched.nextSetBit(c + 1)) {
            if (!multi[c]) {
                continue; // single nodes and links were all asked above
            }
            int event = classes.representative[c];
            boolean down = false;
            if (state.apply(event)) {
                labels.label(state);
                down = !labels.endpointsConnected(entries);
            }
            state.undo(event);
            if (down) {
                return true;
            }
        }
        return false;
    }
}
