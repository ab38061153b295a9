package org.neverout.engine;

import java.util.Arrays;

import org.neverout.engine.graph.LowPointForest;
import org.neverout.engine.graph.SatisfyingComponent;

/**
 * For every service, the part of a residual network that can still matter to it: the biconnected blocks
 * of the smallest subtree of the block-cut tree that spans the live alternatives of its endpoints in the
 * component that satisfies it. Every simple path between two of those alternatives stays inside these
 * blocks, in this network and in every network with more failures, so a failure elsewhere never changes
 * the service's state: no minimal cut set that extends the failures applied so far contains it.
 *
 * <p>Blocks are read from the {@link ResidualGraph}: a block is named by its head c (a node whose tree link
 * to its parent separates) and holds c's parent; a node lies in block {@code separatingAncestor[node]}, a
 * live link in the block of its deeper end. The spanning subtree is found by walking from each alternative
 * up the block-cut tree (block, its parent node, that node's block, ...): the first walk to the root, the
 * others until they meet an earlier walk; the highest meeting point on the first walk bounds the subtree.
 * A service satisfied by two or more components gets "everything matters".
 *
 * <p>Cost: O(V) to {@link #snapshot} a residual graph, O(alternatives x block-tree depth) per
 * {@link #compute}, O(effect size) per {@link #matters}; O(S x V / 32) bits of memory. A workspace for one
 * thread and one residual network.
 */
final class RelevantBlocks {
    /** {@link #compute}: the service's endpoints are disconnected. */
    static final int DOWN = -1;

    private final CompiledModel m;
    private final int words;
    /** Per service: the blocks (by head) that matter, and the nodes that matter outside them as heads' parents. */
    private final long[][] blocks;
    private final long[][] nodes;
    private final boolean[] everything;
    /** Snapshot of the residual graph: preorder (-1: down) and block of every node. */
    private final int[] pre;
    private final int[] block;
    private final SatisfyingComponent cover;
    /** Walk workspace: position on the first walk (epoch-stamped) and visits of the other walks. */
    private final int[] nodeStamp;
    private final int[] nodeIndex;
    private final int[] blockStamp;
    private final int[] blockIndex;
    private final int[] firstWalk;
    private int epoch;

    RelevantBlocks(CompiledModel model) {
        this.m = model;
        int v = model.nodeCount();
        words = (v + 63) >>> 6;
        int s = model.serviceCount();
        blocks = new long[s][];
        nodes = new long[s][];
        everything = new boolean[s];
        pre = new int[v];
        block = new int[v];
        cover = new SatisfyingComponent(v);
        nodeStamp = new int[v];
        nodeIndex = new int[v];
        blockStamp = new int[v];
        blockIndex = new int[v];
        firstWalk = new int[2 * v + 2];
    }

    /** Takes the block structure of the residual graph (call before {@link #compute} for that network). */
    void snapshot(ResidualGraph g) {
        LowPointForest f = g.forest;
        for (int n = 0; n < pre.length; n++) {
            pre[n] = f.pre(n);
            block[n] = f.pre(n) < 0 ? -1 : g.separatingAncestor[n];
        }
    }

    private int nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(nodeStamp, 0);
            Arrays.fill(blockStamp, 0);
            epoch = 1;
        }
        return epoch;
    }

    /**
     * Computes what matters to service {@code s} in the snapshot's network (whose forest {@code g} still
     * holds). Returns {@link #DOWN} when its endpoints are disconnected there, else 0.
     */
    int compute(int s, ResidualGraph g) {
        int[][] entries = m.serviceEntries[s];
        LowPointForest f = g.forest;
        int component = entries.length == 0 ? SatisfyingComponent.SEVERAL : cover.find(entries, f.roots());
        if (component == SatisfyingComponent.NONE) {
            return DOWN;
        }
        if (component == SatisfyingComponent.SEVERAL) {
            everything[s] = true;
            return 0;
        }
        everything[s] = false;
        long[] bs = clear(blocks, s);
        long[] ns = clear(nodes, s);
        int stamp = nextEpoch();
        int walked = -1; // length of the first walk; -1 before it
        int top = 0; // highest position on the first walk that another walk reached
        for (int[] entry : entries) {
            for (int x : entry) {
                if (f.root(x) != component) {
                    continue;
                }
                set(ns, x); // an alternative's own failure always matters
                if (walked < 0) {
                    walked = walkToRoot(x, f, stamp);
                } else {
                    top = Math.max(top, walkToMeeting(x, f, stamp, bs, ns));
                }
            }
        }
        // the first walk's blocks up to the meeting point (a block there is inside the subtree, a node is its apex)
        for (int i = 1; i <= top && i < walked; i += 2) {
            int c = firstWalk[i];
            set(bs, c);
            set(ns, f.parent(c));
        }
        return 0;
    }

    /** Walks from x to its root: firstWalk = x, block, node, block, node, ...; returns the walk's length. */
    private int walkToRoot(int x, LowPointForest f, int stamp) {
        int i = 0;
        nodeStamp[x] = stamp;
        nodeIndex[x] = i;
        firstWalk[i++] = x;
        for (int c = block[x]; c >= 0; ) {
            blockStamp[c] = stamp;
            blockIndex[c] = i;
            firstWalk[i++] = c;
            int p = f.parent(c);
            nodeStamp[p] = stamp;
            nodeIndex[p] = i;
            firstWalk[i++] = p;
            c = block[p];
        }
        return i;
    }

    /**
     * Walks from x up until it meets the first walk or another walk, adding the blocks it passes; returns the
     * position on the first walk where it met it (0 when it met another walk, which already counted its own).
     */
    private int walkToMeeting(int x, LowPointForest f, int stamp, long[] bs, long[] ns) {
        int n = x;
        while (true) {
            if (nodeStamp[n] == stamp) {
                return nodeIndex[n]; // -1 marks a node of another walk
            }
            nodeStamp[n] = stamp;
            nodeIndex[n] = -1;
            int c = block[n];
            if (c < 0) {
                return 0; // a root the first walk did not reach: cannot happen within one component
            }
            if (blockStamp[c] == stamp) {
                return blockIndex[c];
            }
            blockStamp[c] = stamp;
            blockIndex[c] = -1;
            set(bs, c);
            set(ns, f.parent(c));
            n = f.parent(c);
        }
    }

    private long[] clear(long[][] sets, int s) {
        long[] set = sets[s];
        if (set == null) {
            set = new long[words];
            sets[s] = set;
        } else {
            Arrays.fill(set, 0L);
        }
        return set;
    }

    private static void set(long[] set, int i) {
        set[i >>> 6] |= 1L << i;
    }

    private static boolean get(long[] set, int i) {
        return (set[i >>> 6] & (1L << i)) != 0;
    }

    /** Whether a node's failure can change the service's state (after {@link #compute} for it). */
    boolean nodeMatters(int s, int node) {
        if (everything[s]) {
            return true;
        }
        if (pre[node] < 0) {
            return false;
        }
        int c = block[node];
        return get(nodes[s], node) || c >= 0 && get(blocks[s], c);
    }

    /**
     * Whether the event's failure can change the service's state: it takes down a node or a link with both
     * ends live inside what matters, or feeds such a node. O(effect size of the event).
     */
    boolean matters(int s, int e) {
        if (everything[s]) {
            return true;
        }
        for (int i = m.eventNodeStart[e]; i < m.eventNodeStart[e + 1]; i++) {
            if (nodeMatters(s, m.eventNode[i])) {
                return true;
            }
        }
        for (int i = m.eventLinkStart[e]; i < m.eventLinkStart[e + 1]; i++) {
            int l = m.eventLink[i];
            int a = m.linkA[l];
            int b = m.linkB[l];
            if (a != b && pre[a] >= 0 && pre[b] >= 0) {
                int c = block[pre[a] > pre[b] ? a : b];
                if (c >= 0 && get(blocks[s], c)) {
                    return true;
                }
            }
        }
        for (int i = m.eventFeedStart[e]; i < m.eventFeedStart[e + 1]; i++) {
            int f = m.eventFeed[i];
            for (int j = m.feedNodeStart[f]; j < m.feedNodeStart[f + 1]; j++) {
                if (nodeMatters(s, m.feedNode[j])) {
                    return true;
                }
            }
        }
        return false;
    }
}
