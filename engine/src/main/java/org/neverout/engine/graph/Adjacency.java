package org.neverout.engine.graph;

import java.util.Arrays;

/**
 * An undirected multigraph of nodes 0 .. V-1 and links 0 .. E-1 in compressed sparse row form: the
 * link ends at node n are the positions {@link #start(int) start(n)} .. {@link #end(int) end(n)} - 1,
 * each giving the {@link #neighbour(int) node across} and the {@link #link(int) link}. Links appear in
 * index order, at their end a and at their end b (a self-loop twice at its node); parallel links are kept.
 *
 * <p>The one adjacency builder of the project: the compiled model, the bare-topology splits and the
 * report's bridges all use it, so every graph walk visits neighbours in the same order. Immutable; built
 * in O(V + E) time and memory.
 */
public final class Adjacency {
    private final int[] start;
    private final int[] neighbour;
    private final int[] link;

    private Adjacency(int[] start, int[] neighbour, int[] link) {
        this.start = start;
        this.neighbour = neighbour;
        this.link = link;
    }

    /**
     * Builds the adjacency of {@code nodes} nodes and the links {@code l} from {@code linkA[l]} to
     * {@code linkB[l]}. A link with a negative end (an unresolved reference the caller reports) is left
     * out of the adjacency but keeps its index.
     *
     * @throws IllegalArgumentException when the end arrays differ in length or an end is {@code >= nodes}
     */
    public static Adjacency of(int nodes, int[] linkA, int[] linkB) {
        if (linkA.length != linkB.length) {
            throw new IllegalArgumentException("link ends: " + linkA.length + " a-ends but " + linkB.length + " b-ends");
        }
        int[] start = new int[nodes + 1];
        for (int l = 0; l < linkA.length; l++) {
            if (linkA[l] >= nodes || linkB[l] >= nodes) {
                throw new IllegalArgumentException("link " + l + " ends at node " + Math.max(linkA[l], linkB[l])
                        + " of a graph with " + nodes + " nodes");
            }
            if (linkA[l] >= 0 && linkB[l] >= 0) {
                start[linkA[l] + 1]++;
                start[linkB[l] + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        int[] neighbour = new int[start[nodes]];
        int[] link = new int[neighbour.length];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int l = 0; l < linkA.length; l++) {
            int a = linkA[l];
            int b = linkB[l];
            if (a < 0 || b < 0) {
                continue;
            }
            neighbour[fill[a]] = b;
            link[fill[a]++] = l;
            neighbour[fill[b]] = a;
            link[fill[b]++] = l;
        }
        return new Adjacency(start, neighbour, link);
    }

    /** Number of nodes. */
    public int nodeCount() {
        return start.length - 1;
    }

    /** Number of link ends (positions), twice the links in the adjacency. */
    public int ends() {
        return neighbour.length;
    }

    /** First position of node n's link ends. */
    public int start(int n) {
        return start[n];
    }

    /** One past the last position of node n's link ends. */
    public int end(int n) {
        return start[n + 1];
    }

    /** The node across the link end at position i. */
    public int neighbour(int i) {
        return neighbour[i];
    }

    /** The link of the link end at position i. */
    public int link(int i) {
        return link[i];
    }
}
