package org.neverout.engine;

import java.util.Arrays;

import org.neverout.engine.graph.Adjacency;
import org.neverout.engine.graph.SatisfyingComponent;

/**
 * Connected components of the live nodes and links of a {@link NetworkState}, and the endpoint test of
 * a service against them ({@link SatisfyingComponent}). Either every component is labelled at once
 * ({@link #label}, O(V + E)), or, for a few services, only the components their alternatives lie in
 * ({@link #forget} then {@link #endpointsConnectedLazily}, O(size of those components)). Workspace for
 * one thread.
 */
final class ComponentLabels {
    private final CompiledModel m;
    private final Adjacency g;
    /** Component (its first node reached) of each live node; -1 for a down node; valid where labelled. */
    final int[] component;
    private final int[] queue;
    private final SatisfyingComponent cover;
    /** The labelling round each node was labelled in (lazy labelling). */
    private final int[] labelled;
    private int round;
    private NetworkState state;

    ComponentLabels(CompiledModel model) {
        this.m = model;
        this.g = model.adjacency;
        this.component = new int[model.nodeCount()];
        this.queue = new int[model.nodeCount()];
        this.cover = new SatisfyingComponent(model.nodeCount());
        this.labelled = new int[model.nodeCount()];
    }

    /** Labels every live node with its component. O(V + E). */
    void label(NetworkState state) {
        forget(state);
        for (int n = 0; n < component.length; n++) {
            labelFrom(n);
        }
    }

    /** Drops every label: the state changed. The next lazy test labels what it needs. O(1). */
    void forget(NetworkState state) {
        this.state = state;
        if (++round == Integer.MAX_VALUE) {
            Arrays.fill(labelled, 0);
            round = 1;
        }
    }

    /** Labels node n's component unless labelled in this round (breadth first from n). */
    private void labelFrom(int n) {
        if (labelled[n] == round) {
            return;
        }
        labelled[n] = round;
        if (!state.isNodeLive(n)) {
            component[n] = -1;
            return;
        }
        component[n] = n;
        int head = 0;
        int tail = 0;
        queue[tail++] = n;
        while (head < tail) {
            int v = queue[head++];
            for (int i = g.start(v); i < g.end(v); i++) {
                int w = g.neighbour(i);
                // a live link has live ends, so w is live and unlabelled ones join n's component
                if (labelled[w] != round && state.isLinkLive(g.link(i))) {
                    labelled[w] = round;
                    component[w] = n;
                    queue[tail++] = w;
                }
            }
        }
    }

    /**
     * Whether one live alternative of every entry can be chosen in a single component (true for no
     * entries, false when an entry has no live alternative), after {@link #label}. O(total alternatives).
     */
    boolean endpointsConnected(int[][] entries) {
        return cover.exists(entries, component);
    }

    /**
     * {@link #endpointsConnected} after {@link #forget}: labels only the components of the entries'
     * alternatives (those already labelled in this round are reused).
     */
    boolean endpointsConnectedLazily(int[][] entries) {
        for (int[] entry : entries) {
            for (int x : entry) {
                labelFrom(x);
            }
        }
        return cover.exists(entries, component);
    }
}
