package org.neverout.engine;

import java.util.Arrays;
import java.util.BitSet;

import org.neverout.engine.graph.Adjacency;

/**
 * The exact number of further events that disconnect a service of one or two endpoint entries (or with an
 * entry of a single node: the fewest over the pairs of that node and another entry), when every
 * enabled event class is a single node or a single link ({@link #applies}): by Menger's theorem the fewest
 * failable nodes and links meeting every live path from an alternative of the first entry to one of the
 * second equals the most such paths that share no failable node or link, found as a maximum flow by
 * augmenting paths (Ford-Fulkerson) on the node-link incidence graph with every element split into an in
 * and an out copy joined by an arc of capacity 1 (it can fail) or unbounded (no enabled class takes it
 * down). One entry is the same question with the entry at both ends: the service is down when all its
 * live alternatives are.
 *
 * <p>Cost: O(max (V + E)) for a flow capped at {@code max}: each augmentation is one breadth-first search
 * over 2 (V + E) split elements. Workspace for one thread; reads the live network of the given state.
 */
final class EntryMinCut {
    private final CompiledModel m;
    private final EventClasses classes;
    private final NetworkState state;
    private final Adjacency adjacency;
    private final int v;
    /** Flow through each element (nodes 0..V-1, then links), and over each link end: node to link, link to node. */
    private final int[] elementFlow;
    private final int[] nodeToLink;
    private final int[] linkToNode;
    /** Breadth-first search over states 2 x element + (0 in, 1 out). */
    private final int[] previous;
    private final int[] queue;
    private final int[] seen;
    private final int[] sink;
    private int epoch;
    private int head;
    private int tail;

    EntryMinCut(CompiledModel model, EventClasses classes, NetworkState state) {
        this.m = model;
        this.classes = classes;
        this.state = state;
        this.adjacency = model.adjacency;
        this.v = model.nodeCount();
        int elements = v + model.linkCount();
        elementFlow = new int[elements];
        nodeToLink = new int[2 * model.linkCount()];
        linkToNode = new int[2 * model.linkCount()];
        previous = new int[2 * elements];
        queue = new int[2 * elements];
        seen = new int[2 * elements];
        sink = new int[v];
    }

    /**
     * Whether the answer is exact: every enabled class takes down a single node or link (none a feed or
     * several elements), and the service has one or two endpoint entries, or an entry of one node (a pivot:
     * the service is then down exactly when the pivot is cut off from one of the other entries).
     */
    static boolean applies(EventClasses classes, int[][] entries) {
        return classes.multiClasses.length == 0 && entries.length > 0 && (entries.length <= 2 || pivot(entries) >= 0);
    }

    /** The first entry of a single node, or -1. */
    private static int pivot(int[][] entries) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].length == 1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The fewest further classes that take the service's endpoints down, or {@code max} when that many or
     * more would be needed (a live alternative that cannot fail, in every entry, needs infinitely many).
     * Writes to {@code union} (cleared first) the classes of the elements on the paths of the pairs of entries
     * that need the fewest: a cut set of exactly that many classes cuts one such pair, taking one class from
     * each of its paths, so it lies inside them.
     */
    int minCut(int[][] entries, int max, BitSet union) {
        union.clear();
        if (entries.length <= 2) {
            return flow(entries[0], entries[entries.length - 1], max, union);
        }
        int p = pivot(entries);
        int best = max;
        BitSet pair = new BitSet();
        for (int j = 0; j < entries.length; j++) {
            if (j == p) {
                continue;
            }
            int cut = flow(entries[p], entries[j], best, pair);
            if (cut < best) {
                best = cut;
                union.clear();
            }
            if (cut == best) {
                union.or(pair);
            }
        }
        return best;
    }

    /** The maximum flow from {@code from} to {@code to}, capped at max; the classes on its paths to union. */
    private int flow(int[] from, int[] to, int max, BitSet union) {
        union.clear();
        Arrays.fill(elementFlow, 0);
        Arrays.fill(nodeToLink, 0);
        Arrays.fill(linkToNode, 0);
        int flow = 0;
        while (flow < max && augment(from, to)) {
            flow++;
        }
        for (int e = 0; e < elementFlow.length; e++) {
            if (elementFlow[e] > 0) {
                int cls = e < v ? classes.nodeClass[e] : classes.linkClass[e - v];
                if (cls >= 0) {
                    union.set(cls);
                }
            }
        }
        return flow;
    }

    private boolean failable(int element) {
        return element < v ? classes.nodeClass[element] >= 0 : classes.linkClass[element - v] >= 0;
    }

    private boolean live(int element) {
        return element < v ? state.isNodeLive(element) : state.isLinkLive(element - v) && m.linkA[element - v]
                != m.linkB[element - v];
    }

    /** One augmenting path from the source to the sink in the residual network; false when there is none. */
    private boolean augment(int[] from, int[] to) {
        int mark = ++epoch;
        if (mark == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(sink, 0);
            epoch = 1;
            mark = 1;
        }
        for (int b : to) {
            sink[b] = mark;
        }
        head = 0;
        tail = 0;
        for (int a : from) {
            if (live(a) && visit(2 * a, -1, mark)) {
                return true;
            }
        }
        while (head < tail) {
            int s = queue[head++];
            int e = s >> 1;
            if ((s & 1) == 0) { // in copy: through the element, or back along flow that entered it
                if ((!failable(e) || elementFlow[e] == 0) && visit(s | 1, s, mark)) {
                    return true;
                }
                if (backAlongFlow(e, s, mark)) {
                    return true;
                }
            } else { // out copy: back through the element against its flow, or on to a neighbour
                if (elementFlow[e] > 0 && visit(s & ~1, s, mark)) {
                    return true;
                }
                if (forward(e, s, mark)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Queues state {@code next} reached from {@code from} unless seen; true when it is the out copy of a node
     * of the second entry (then the path has been pushed).
     */
    private boolean visit(int next, int from, int mark) {
        if (seen[next] == mark) {
            return false;
        }
        seen[next] = mark;
        previous[next] = from;
        if ((next & 1) == 1 && (next >> 1) < v && sink[next >> 1] == mark) {
            push(next);
            return true;
        }
        queue[tail++] = next;
        return false;
    }

    /** From element e's out copy to the in copy of every live neighbour (unbounded arcs). */
    private boolean forward(int e, int s, int mark) {
        if (e < v) {
            for (int i = adjacency.start(e); i < adjacency.end(e); i++) {
                int l = adjacency.link(i);
                if (live(v + l) && visit(2 * (v + l), s, mark)) {
                    return true;
                }
            }
            return false;
        }
        int l = e - v;
        return live(m.linkA[l]) && visit(2 * m.linkA[l], s, mark)
                || live(m.linkB[l]) && visit(2 * m.linkB[l], s, mark);
    }

    /** From element e's in copy back to the out copy of a neighbour whose arc into e carries flow. */
    private boolean backAlongFlow(int e, int s, int mark) {
        if (e < v) {
            for (int i = adjacency.start(e); i < adjacency.end(e); i++) {
                int l = adjacency.link(i);
                if (linkToNode[2 * l + side(l, e)] > 0 && visit(2 * (v + l) + 1, s, mark)) {
                    return true;
                }
            }
            return false;
        }
        int l = e - v;
        return nodeToLink[2 * l] > 0 && visit(2 * m.linkA[l] + 1, s, mark)
                || nodeToLink[2 * l + 1] > 0 && visit(2 * m.linkB[l] + 1, s, mark);
    }

    private int side(int l, int node) {
        return m.linkA[l] == node ? 0 : 1;
    }

    /** Pushes one unit along the search's path ending at state {@code last}. */
    private void push(int last) {
        for (int s = last; previous[s] >= 0; s = previous[s]) {
            int p = previous[s];
            int e = s >> 1;
            int pe = p >> 1;
            if (pe == e) {
                elementFlow[e] += (s & 1) == 1 ? 1 : -1; // in to out: through; out to in: cancelled
            } else if ((p & 1) == 1) { // p's out copy to e's in copy: along an arc
                arc(pe, e, +1);
            } else { // p's in copy to e's out copy: against the arc e -> p
                arc(e, pe, -1);
            }
        }
    }

    /** Adds {@code delta} to the flow on the arc from element a's out copy to element b's in copy. */
    private void arc(int a, int b, int delta) {
        if (a < v) {
            int l = b - v;
            nodeToLink[2 * l + side(l, a)] += delta;
        } else {
            int l = a - v;
            linkToNode[2 * l + side(l, b)] += delta;
        }
    }
}
