package org.neverout.engine;

import java.util.Arrays;
import java.util.BitSet;

import org.neverout.engine.graph.Adjacency;

/**
 * A lower bound on how many further events it takes to cut a service's endpoints, by class-disjoint
 * witnesses: a witness is a tree of live nodes and links holding a live alternative of every endpoint
 * entry, and the classes it touches are those that can take one of its elements down (a class covering a
 * node or link of it, or a power feed of one of its nodes). While no touching class fails, the tree stays
 * live and connected, so the endpoints stay connected: every connectivity cut set holds a class touching
 * each witness. With d witnesses whose touching classes are pairwise disjoint, every cut set therefore has
 * at least d classes, and a cut set of exactly d classes holds one touching class of each witness, so it
 * lies inside the union of their touching classes.
 *
 * <p>The witnesses are found greedily: a breadth-first tree (shortest paths from one alternative of the
 * first entry to the nearest live alternative of every other entry) over the nodes and links that no class
 * of an earlier witness touches, until none is left or enough are found. Greedy may find fewer than the
 * most disjoint witnesses there are: the bound is then weaker, never wrong.
 *
 * <p>Cost: O(V + E + touching classes of the nodes and links visited) per witness; the touch lists are
 * built once, O(total class effect size + feeds' nodes). Workspace for one thread.
 */
final class DisjointWitnesses {
    private final CompiledModel m;
    private final Adjacency adjacency;
    private final NetworkState state;
    /** The classes touching each node (CSR), and each link. */
    private final int[] nodeTouchStart;
    private final int[] nodeTouch;
    private final int[] linkTouchStart;
    private final int[] linkTouch;
    private final BitSet used = new BitSet();
    private final int[] parentLink;
    private final int[] distance;
    private final int[] queue;
    private final int[] seen;
    /** Nodes that are an alternative of an entry of the current search (its mark). */
    private final int[] alternative;
    /** Entries with an alternative reached (workspace). */
    private boolean[] met = new boolean[4];
    private int epoch;

    /** Witnesses in the live network of {@code state} (read at every search, so it may change in between). */
    DisjointWitnesses(CompiledModel model, EventClasses classes, NetworkState state) {
        this.m = model;
        this.adjacency = model.adjacency;
        this.state = state;
        int v = model.nodeCount();
        IntList[] nodes = new IntList[v];
        IntList[] links = new IntList[model.linkCount()];
        for (int c = 0; c < classes.count(); c++) {
            int e = classes.representative[c];
            for (int i = m.eventNodeStart[e]; i < m.eventNodeStart[e + 1]; i++) {
                add(nodes, m.eventNode[i], c);
            }
            for (int i = m.eventLinkStart[e]; i < m.eventLinkStart[e + 1]; i++) {
                add(links, m.eventLink[i], c);
            }
            for (int i = m.eventFeedStart[e]; i < m.eventFeedStart[e + 1]; i++) {
                int f = m.eventFeed[i];
                for (int j = m.feedNodeStart[f]; j < m.feedNodeStart[f + 1]; j++) {
                    add(nodes, m.feedNode[j], c);
                }
            }
        }
        nodeTouchStart = new int[v + 1];
        nodeTouch = flatten(nodes, nodeTouchStart);
        linkTouchStart = new int[model.linkCount() + 1];
        linkTouch = flatten(links, linkTouchStart);
        parentLink = new int[v];
        distance = new int[v];
        queue = new int[v];
        seen = new int[v];
        alternative = new int[v];
    }

    private static void add(IntList[] lists, int index, int cls) {
        IntList list = lists[index];
        if (list == null) {
            list = new IntList(4);
            lists[index] = list;
        }
        if (list.size() == 0 || list.get(list.size() - 1) != cls) { // classes come in ascending order
            list.add(cls);
        }
    }

    private static int[] flatten(IntList[] lists, int[] start) {
        for (int i = 0; i < lists.length; i++) {
            start[i + 1] = start[i] + (lists[i] == null ? 0 : lists[i].size());
        }
        int[] flat = new int[start[lists.length]];
        for (int i = 0; i < lists.length; i++) {
            for (int j = 0; lists[i] != null && j < lists[i].size(); j++) {
                flat[start[i] + j] = lists[i].get(j);
            }
        }
        return flat;
    }

    /**
     * Finds up to {@code max} witnesses of the endpoint entries whose touching classes are pairwise
     * disjoint; writes the union of their touching classes to {@code union} (cleared first).
     *
     * @return how many were found (0 when the endpoints are disconnected or there are none)
     */
    int find(int[][] entries, int max, BitSet union) {
        return find(entries, max, union, null);
    }

    /**
     * As {@link #find(int[][], int, BitSet)}, also writing the touching classes of the first witness alone to
     * {@code first} (cleared first) when it is not null.
     */
    int find(int[][] entries, int max, BitSet union, BitSet first) {
        used.clear();
        union.clear();
        if (first != null) {
            first.clear();
        }
        if (entries.length == 0) {
            return 0;
        }
        int found = 0;
        while (found < max && witness(entries)) {
            if (found == 0 && first != null) {
                first.or(used);
            }
            found++;
        }
        union.or(used);
        return found;
    }

    /** One witness over the usable nodes and links; marks its touching classes used. */
    private boolean witness(int[][] entries) {
        if (epoch > Integer.MAX_VALUE - seen.length - 2) {
            Arrays.fill(seen, 0);
            Arrays.fill(alternative, 0);
            epoch = 0;
        }
        int first = epoch + 1; // searches of this call are numbered first, first + 1, ...
        if (met.length < entries.length) {
            met = new boolean[entries.length];
        }
        for (int root : entries[0]) {
            if (seen[root] >= first || !usableNode(root)) {
                continue; // in a component already searched (which did not satisfy), or not usable
            }
            int mark = ++epoch;
            if (bfs(root, mark, entries)) {
                useTree(root, entries, mark);
                return true;
            }
        }
        return false;
    }

    /**
     * Breadth-first search from root over usable nodes and links, recording tree links and distances, until
     * an alternative of every entry is reached (true; the first reached of an entry is its nearest) or the
     * component is exhausted (false).
     */
    private boolean bfs(int root, int mark, int[][] entries) {
        for (int[] entry : entries) {
            for (int x : entry) {
                alternative[x] = mark;
            }
        }
        Arrays.fill(met, 0, entries.length, false);
        int remaining = entries.length;
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        seen[root] = mark;
        parentLink[root] = -1;
        distance[root] = 0;
        while (head < tail) {
            int x = queue[head++];
            if (alternative[x] == mark) {
                remaining -= meet(entries, x);
                if (remaining == 0) {
                    return true;
                }
            }
            for (int i = adjacency.start(x); i < adjacency.end(x); i++) {
                int y = adjacency.neighbour(i);
                int l = adjacency.link(i);
                if (seen[y] == mark || !usableLink(l) || !usableNode(y)) {
                    continue;
                }
                seen[y] = mark;
                parentLink[y] = l;
                distance[y] = distance[x] + 1;
                queue[tail++] = y;
            }
        }
        return false;
    }

    /** Marks the entries not yet met that hold x; returns how many. */
    private int meet(int[][] entries, int x) {
        int n = 0;
        for (int i = 0; i < entries.length; i++) {
            if (met[i]) {
                continue;
            }
            for (int a : entries[i]) {
                if (a == x) {
                    met[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Marks the touching classes of the tree: the root's paths to the nearest alternative of every entry. */
    private void useTree(int root, int[][] entries, int mark) {
        touchNode(root);
        for (int[] entry : entries) {
            int best = -1;
            for (int x : entry) {
                // breadth-first: a node's distance is final from when it is first seen
                if (seen[x] == mark && (best < 0 || distance[x] < distance[best])) {
                    best = x;
                }
            }
            for (int y = best; parentLink[y] >= 0; ) {
                int l = parentLink[y];
                touchNode(y);
                touchLink(l);
                y = m.linkA[l] == y ? m.linkB[l] : m.linkA[l];
            }
        }
    }

    private void touchNode(int n) {
        for (int i = nodeTouchStart[n]; i < nodeTouchStart[n + 1]; i++) {
            used.set(nodeTouch[i]);
        }
    }

    private void touchLink(int l) {
        for (int i = linkTouchStart[l]; i < linkTouchStart[l + 1]; i++) {
            used.set(linkTouch[i]);
        }
    }

    private boolean usableNode(int n) {
        if (!state.isNodeLive(n)) {
            return false;
        }
        for (int i = nodeTouchStart[n]; i < nodeTouchStart[n + 1]; i++) {
            if (used.get(nodeTouch[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean usableLink(int l) {
        if (!state.isLinkLive(l)) {
            return false;
        }
        for (int i = linkTouchStart[l]; i < linkTouchStart[l + 1]; i++) {
            if (used.get(linkTouch[i])) {
                return false;
            }
        }
        return true;
    }
}
