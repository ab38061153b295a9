package org.neverout.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.graph.Adjacency;
import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * Exact minimum group Steiner trees on the intact network where every supplier-operated node and link
 * costs 1 and every defence-operated one costs 0: the fewest supplier-operated elements whose working
 * (with every other supplier-operated element failed) connects one alternative of every endpoint entry.
 *
 * <p>Why this is the question: with only supplier elements failed nothing else is down (feeds, sites and
 * groups are untouched, so every node has power), a node is live iff it is defence-operated or restored,
 * and a link iff it is and both its ends are. A service without dependencies is then up iff a connected
 * set of live elements holds one alternative of every entry; a minimal such set is a tree.
 *
 * <p>Algorithm: the Dreyfus-Wagner dynamic programme for node- and edge-weighted graphs, generalised to
 * groups. {@code cost[D][v]} is the cheapest tree that contains v and one alternative of every entry in
 * D (v's own weight included). Singletons start at the weight of each alternative; larger sets merge two
 * trees at v ({@code cost[D1][v] + cost[D \ D1][v] - weight(v)}, v counted once); then a Dijkstra pass
 * grows every tree along links ({@code + weight(link) + weight(next node)}). The last entry is not in D:
 * the answer is the cheapest {@code cost[all others][a]} over its alternatives a. Exact because weights
 * are non-negative (the classic decomposition of an optimal tree at its root).
 *
 * <p>Ties: the cost is the pair (number of supplier elements, then a tie-breaking sum of 2^(U-1-p) over
 * the elements, p being the element's position in model order: nodes before links, file order), compared
 * as (fewer elements, then larger sum). The pair is additive and non-negative, so the programme is exact
 * for it too, and its optimum is the lexicographically first minimum set: the answer the search by
 * increasing size gives, independent of the order of exploration. The sum is kept as a fixed-width
 * unsigned number of {@code ceil(U/64) + 1} words (one word of headroom for trees counted twice in
 * intermediate merges).
 *
 * <p>Cost for k entries, t = k - 1, W words per cost: O(3^t V W + 2^t (V + E) W log V) time and
 * O(2^t V W) memory; with one or two entries a single Dijkstra pass. Without tie-breaking (W = 1, for
 * bounds where any minimum will do) the passes use buckets: O(3^t V + 2^t (V + E + largest count)).
 * Callers bound k; {@link #solve} refuses tables above {@link #MAX_TABLE_WORDS}.
 */
final class GroupSteinerTree {
    /** Largest cost table (in 64-bit words) one solve may allocate: 32 MiB. */
    static final long MAX_TABLE_WORDS = 1L << 22;
    private static final int BASE = -1;
    private static final long INFINITE = Long.MAX_VALUE;

    private final int nodeCount;
    private final int elementCount;
    /** Position (in {@link SupplierOperated}) of each model node, or -1 when defence-operated. */
    private final int[] nodeElement;
    /** Arcs (two per link, self-loops dropped) by tail node, positions of the {@link Adjacency}. */
    private final int[] firstArc;
    private final int[] arcHead;
    private final int[] arcTail;
    /** Position of each arc's link (in {@link SupplierOperated}), or -1 when defence-operated. */
    private final int[] arcElement;
    /** Words of the tie-breaking sum; a cost is one word of count then these, most significant first. */
    private final int tieWords;
    private final int width;

    /**
     * Builds the weighted graph in O(V + E).
     *
     * @param firstInModelOrder break ties as described above; when false, costs are counts alone (one
     *                          word, faster) and the minimum set returned is one of the minima
     */
    GroupSteinerTree(Model model, SupplierOperated operated, Map<String, Integer> nodeIndex,
                     boolean firstInModelOrder) {
        nodeCount = model.nodes().size();
        elementCount = operated.size();
        nodeElement = new int[nodeCount];
        Arrays.fill(nodeElement, -1);
        Map<String, Integer> linkElement = new HashMap<>();
        for (int p = 0; p < operated.size(); p++) {
            OperatedElement e = operated.elements.get(p);
            if (e.kind().equals("node")) {
                nodeElement[nodeIndex.get(e.id())] = p;
            } else {
                linkElement.put(e.id(), p);
            }
        }
        int links = model.links().size();
        int[] linkA = new int[links];
        int[] linkB = new int[links];
        int[] elementOfLink = new int[links];
        for (int l = 0; l < links; l++) {
            Link link = model.links().get(l);
            int a = nodeIndex.get(link.a());
            int b = nodeIndex.get(link.b());
            boolean selfLoop = a == b; // joins nothing: left out of the adjacency
            linkA[l] = selfLoop ? -1 : a;
            linkB[l] = selfLoop ? -1 : b;
            elementOfLink[l] = linkElement.getOrDefault(link.id(), -1);
        }
        Adjacency graph = Adjacency.of(nodeCount, linkA, linkB);
        firstArc = new int[nodeCount + 1];
        int arcs = graph.ends();
        arcHead = new int[arcs];
        arcTail = new int[arcs];
        arcElement = new int[arcs];
        for (int v = 0; v < nodeCount; v++) {
            firstArc[v] = graph.start(v);
            for (int arc = graph.start(v); arc < graph.end(v); arc++) {
                addArc(arc, v, graph.neighbour(arc), elementOfLink[graph.link(arc)]);
            }
        }
        firstArc[nodeCount] = arcs;
        tieWords = firstInModelOrder ? (elementCount + 63) / 64 + 1 : 0;
        width = 1 + tieWords;
    }

    private void addArc(int arc, int tail, int head, int element) {
        arcTail[arc] = tail;
        arcHead[arc] = head;
        arcElement[arc] = element;
    }

    /** Whether {@link #solve} accepts this many groups (table within {@link #MAX_TABLE_WORDS}). */
    boolean accepts(int groups) {
        int t = Math.max(0, groups - 1);
        return t < 30 && ((long) nodeCount * width << t) <= MAX_TABLE_WORDS;
    }

    /**
     * The lexicographically first minimum set of supplier-operated elements connecting one node of every
     * group.
     *
     * @param groups node indices (model order) of each endpoint entry's alternatives; non-empty arrays
     * @return the elements' positions in {@link SupplierOperated}, ascending (empty when defence elements
     *         suffice); null when no tree exists in the intact network
     * @throws IllegalArgumentException when {@link #accepts} refuses the number of groups
     */
    int[] solve(List<int[]> groups) {
        if (groups.isEmpty()) {
            return new int[0];
        }
        if (!accepts(groups.size())) {
            throw new IllegalArgumentException("too many endpoint entries for the exact tree: " + groups.size());
        }
        int t = groups.size() - 1;
        int[] last = groups.get(t);
        boolean[] chosen = new boolean[elementCount];
        if (t == 0) {
            long[] weight = new long[width];
            long[] best = new long[width];
            best[0] = INFINITE;
            int bestNode = -1;
            for (int v : last) {
                nodeWeight(weight, 0, v);
                if (compare(weight, 0, best, 0) < 0) {
                    System.arraycopy(weight, 0, best, 0, width);
                    bestNode = v;
                }
            }
            mark(chosen, nodeElement[bestNode]);
            return positions(chosen);
        }
        Table table = new Table(groups, t);
        int full = (1 << t) - 1;
        int bestNode = -1;
        for (int v : last) {
            int at = table.offset(full, v);
            if (table.cost[at] != INFINITE
                    && (bestNode < 0 || compare(table.cost, at, table.cost, table.offset(full, bestNode)) < 0)) {
                bestNode = v;
            }
        }
        if (bestNode < 0) {
            return null;
        }
        table.reconstruct(full, bestNode, chosen);
        return positions(chosen);
    }

    private static void mark(boolean[] chosen, int element) {
        if (element >= 0) {
            chosen[element] = true;
        }
    }

    private static int[] positions(boolean[] chosen) {
        int n = 0;
        for (boolean c : chosen) {
            n += c ? 1 : 0;
        }
        int[] out = new int[n];
        for (int p = 0, i = 0; p < chosen.length; p++) {
            if (chosen[p]) {
                out[i++] = p;
            }
        }
        return out;
    }

    /** The programme's table for one solve: costs and how each was reached, per subset of entries and node. */
    private final class Table {
        final long[] cost;
        /** BASE, -2 - submask for a merge, or the arc the tree grew along. */
        final int[] how;
        private final List<int[]> groups;
        private final long[] candidate = new long[width];
        private final int[] heap = new int[nodeCount];
        private final int[] slot = new int[nodeCount];
        private int heapSize;
        private int heapBase;

        Table(List<int[]> groups, int t) {
            this.groups = groups;
            int masks = 1 << t;
            cost = new long[masks * nodeCount * width];
            how = new int[masks * nodeCount];
            for (int i = 0; i < cost.length; i += width) {
                cost[i] = INFINITE;
            }
            fill(t);
        }

        int offset(int mask, int v) {
            return (mask * nodeCount + v) * width;
        }

        private void fill(int t) {
            // singletons: each alternative of entry i at its own weight, then grown along links
            for (int i = 0; i < t; i++) {
                int mask = 1 << i;
                for (int v : groups.get(i)) {
                    nodeWeight(candidate, 0, v);
                    int at = offset(mask, v);
                    if (compare(candidate, 0, cost, at) < 0) {
                        System.arraycopy(candidate, 0, cost, at, width);
                        how[mask * nodeCount + v] = BASE;
                    }
                }
                grow(mask);
            }
            for (int mask = 1; mask < 1 << t; mask++) {
                if (Integer.bitCount(mask) < 2) {
                    continue;
                }
                int low = Integer.lowestOneBit(mask);
                for (int v = 0; v < nodeCount; v++) {
                    int at = offset(mask, v);
                    // each split once: the part holding the lowest entry
                    for (int sub = (mask - 1) & mask; sub > 0; sub = (sub - 1) & mask) {
                        if ((sub & low) == 0) {
                            continue;
                        }
                        int a = offset(sub, v);
                        int b = offset(mask ^ sub, v);
                        // counts first: most merges lose on the count alone
                        if (cost[a] == INFINITE || cost[b] == INFINITE
                                || cost[a] + cost[b] - (nodeElement[v] >= 0 ? 1 : 0) > cost[at]) {
                            continue;
                        }
                        add(cost, a, cost, b, candidate);
                        if (nodeElement[v] >= 0) {
                            subtractElement(candidate, 0, nodeElement[v]);
                        }
                        if (compare(candidate, 0, cost, at) < 0) {
                            System.arraycopy(candidate, 0, cost, at, width);
                            how[mask * nodeCount + v] = -2 - sub;
                        }
                    }
                }
                grow(mask);
            }
        }

        /** Dijkstra over one subset's costs: cost[mask][head] <= cost[mask][tail] + link + head. */
        private void grow(int mask) {
            if (tieWords == 0) {
                growByCounts(mask);
                return;
            }
            heapBase = mask * nodeCount;
            heapSize = 0;
            Arrays.fill(slot, -1);
            for (int v = 0; v < nodeCount; v++) {
                if (cost[offset(mask, v)] != INFINITE) {
                    push(v);
                }
            }
            while (heapSize > 0) {
                int u = pop();
                int from = offset(mask, u);
                for (int arc = firstArc[u]; arc < firstArc[u + 1]; arc++) {
                    int v = arcHead[arc];
                    int at = offset(mask, v);
                    if (cost[from] + (arcElement[arc] >= 0 ? 1 : 0) + (nodeElement[v] >= 0 ? 1 : 0) > cost[at]) {
                        continue; // worse on the count alone
                    }
                    System.arraycopy(cost, from, candidate, 0, width);
                    if (arcElement[arc] >= 0) {
                        addElement(candidate, 0, arcElement[arc]);
                    }
                    if (nodeElement[v] >= 0) {
                        addElement(candidate, 0, nodeElement[v]);
                    }
                    if (compare(candidate, 0, cost, at) < 0) {
                        System.arraycopy(candidate, 0, cost, at, width);
                        how[heapBase + v] = arc;
                        if (slot[v] >= 0) {
                            siftUp(slot[v]);
                        } else {
                            push(v);
                        }
                    }
                }
            }
        }

        /**
         * The same for counts alone (one word per cost): Dial's buckets, since every step adds 0, 1 or 2.
         * O(V + E + largest count).
         */
        private void growByCounts(int mask) {
            int base = mask * nodeCount;
            long highest = -1;
            for (int v = 0; v < nodeCount; v++) {
                if (cost[base + v] != INFINITE) {
                    highest = Math.max(highest, cost[base + v]);
                }
            }
            if (highest < 0) {
                return;
            }
            int buckets = (int) highest + 2 * nodeCount + 1;
            int[] head = new int[buckets];
            Arrays.fill(head, -1);
            int[] entryNode = new int[nodeCount + arcHead.length];
            int[] entryNext = new int[entryNode.length];
            int entries = 0;
            for (int v = 0; v < nodeCount; v++) {
                if (cost[base + v] != INFINITE) {
                    int c = (int) cost[base + v];
                    entryNode[entries] = v;
                    entryNext[entries] = head[c];
                    head[c] = entries++;
                }
            }
            boolean[] settled = new boolean[nodeCount];
            for (int c = 0; c < buckets; c++) {
                while (head[c] >= 0) { // a stack: steps of weight 0 push onto this same bucket
                    int e = head[c];
                    head[c] = entryNext[e];
                    int u = entryNode[e];
                    if (settled[u] || cost[base + u] != c) {
                        continue;
                    }
                    settled[u] = true;
                    for (int arc = firstArc[u]; arc < firstArc[u + 1]; arc++) {
                        int v = arcHead[arc];
                        int next = c + (arcElement[arc] >= 0 ? 1 : 0) + (nodeElement[v] >= 0 ? 1 : 0);
                        if (next < cost[base + v]) {
                            cost[base + v] = next;
                            how[base + v] = arc;
                            entryNode[entries] = v;
                            entryNext[entries] = head[next];
                            head[next] = entries++;
                        }
                    }
                }
            }
        }

        /** Collects the supplier elements of the tree behind cost[mask][v]. */
        void reconstruct(int mask, int v, boolean[] chosen) {
            int[] stack = new int[64];
            int size = 0;
            stack[size++] = mask;
            stack[size++] = v;
            while (size > 0) {
                int node = stack[--size];
                int m = stack[--size];
                mark(chosen, nodeElement[node]);
                int step = how[m * nodeCount + node];
                if (step == BASE) {
                    continue;
                }
                if (stack.length < size + 4) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                if (step <= -2) {
                    int sub = -2 - step;
                    stack[size++] = sub;
                    stack[size++] = node;
                    stack[size++] = m ^ sub;
                    stack[size++] = node;
                } else {
                    mark(chosen, arcElement[step]);
                    stack[size++] = m;
                    stack[size++] = arcTail[step];
                }
            }
        }

        private boolean less(int u, int v) {
            return compare(cost, (heapBase + u) * width, cost, (heapBase + v) * width) < 0;
        }

        private void push(int v) {
            heap[heapSize] = v;
            slot[v] = heapSize;
            siftUp(heapSize++);
        }

        private int pop() {
            int top = heap[0];
            slot[top] = -1;
            heapSize--;
            if (heapSize > 0) {
                heap[0] = heap[heapSize];
                slot[heap[0]] = 0;
                siftDown(0);
            }
            return top;
        }

        private void siftUp(int i) {
            int v = heap[i];
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(v, heap[parent])) {
                    break;
                }
                heap[i] = heap[parent];
                slot[heap[i]] = i;
                i = parent;
            }
            heap[i] = v;
            slot[v] = i;
        }

        private void siftDown(int i) {
            int v = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!less(heap[child], v)) {
                    break;
                }
                heap[i] = heap[child];
                slot[heap[i]] = i;
                i = child;
            }
            heap[i] = v;
            slot[v] = i;
        }
    }

    // ---- costs: word 0 counts supplier elements, words 1..tieWords hold the tie-breaking sum ----

    private void nodeWeight(long[] into, int at, int v) {
        Arrays.fill(into, at, at + width, 0L);
        if (nodeElement[v] >= 0) {
            addElement(into, at, nodeElement[v]);
        }
    }

    /** Adds one element: count + 1, sum + 2^(U-1-position). */
    private void addElement(long[] c, int at, int position) {
        c[at]++;
        if (tieWords == 0) {
            return;
        }
        int bit = elementCount - 1 - position;
        int word = at + tieWords - bit / 64;
        long carry = 1L << (bit % 64);
        while (carry != 0) {
            long before = c[word];
            c[word] = before + carry;
            carry = Long.compareUnsigned(c[word], before) < 0 ? 1 : 0;
            word--;
        }
    }

    /** Removes one element counted earlier (never goes below zero). */
    private void subtractElement(long[] c, int at, int position) {
        c[at]--;
        if (tieWords == 0) {
            return;
        }
        int bit = elementCount - 1 - position;
        int word = at + tieWords - bit / 64;
        long borrow = 1L << (bit % 64);
        while (borrow != 0) {
            long before = c[word];
            c[word] = before - borrow;
            borrow = Long.compareUnsigned(before, borrow) < 0 ? 1 : 0;
            word--;
        }
    }

    /** into = c[a] + c[b] (both finite). */
    private void add(long[] c, int a, long[] d, int b, long[] into) {
        into[0] = c[a] + d[b];
        long carry = 0;
        for (int i = tieWords; i >= 1; i--) {
            long x = c[a + i];
            long sum = x + d[b + i] + carry;
            carry = Long.compareUnsigned(sum, x) < 0 || carry == 1 && sum == x ? 1 : 0;
            into[i] = sum;
        }
    }

    /** Negative when cost a is better: fewer elements, then the larger tie-breaking sum. */
    private int compare(long[] c, int a, long[] d, int b) {
        if (c[a] != d[b]) {
            return Long.compare(c[a], d[b]);
        }
        for (int i = 1; i <= tieWords; i++) {
            int order = Long.compareUnsigned(c[a + i], d[b + i]);
            if (order != 0) {
                return -order;
            }
        }
        return 0;
    }
}
