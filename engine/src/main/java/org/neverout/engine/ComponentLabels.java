package org.neverout.engine;

import java.util.Arrays;

/**
 * Connected components of the live nodes and links of a {@link NetworkState}, and the endpoint test of
 * a service against them. Workspace for one thread; labelling is O(V + E).
 */
final class ComponentLabels {
    private final CompiledModel m;
    /** Component (its first node) of each live node; -1 for a down node. */
    final int[] component;
    private final int[] queue;
    private final int[] mark;
    private final int[] count;
    private int epoch;

    ComponentLabels(CompiledModel model) {
        this.m = model;
        this.component = new int[model.nodeCount()];
        this.queue = new int[model.nodeCount()];
        this.mark = new int[model.nodeCount()];
        this.count = new int[model.nodeCount()];
    }

    void label(NetworkState state) {
        int nodes = m.nodeCount();
        for (int n = 0; n < nodes; n++) {
            component[n] = state.isNodeLive(n) ? Integer.MAX_VALUE : -1;
        }
        for (int root = 0; root < nodes; root++) {
            if (component[root] != Integer.MAX_VALUE) {
                continue;
            }
            component[root] = root;
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            while (head < tail) {
                int v = queue[head++];
                for (int i = m.adjStart[v]; i < m.adjStart[v + 1]; i++) {
                    int w = m.adjNode[i];
                    if (component[w] == Integer.MAX_VALUE && state.isLinkLive(m.adjLink[i])) {
                        component[w] = root;
                        queue[tail++] = w;
                    }
                }
            }
        }
    }

    /**
     * Whether one live alternative of every entry can be chosen in a single component (true for no
     * entries, false when an entry has no live alternative). O(total alternatives).
     */
    boolean endpointsConnected(int[][] entries) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            epoch = 1;
        }
        for (int i = 0; i < entries.length; i++) {
            boolean any = false;
            for (int n : entries[i]) {
                int c = component[n];
                if (c < 0) {
                    continue;
                }
                if (i == 0) {
                    if (mark[c] != epoch) {
                        mark[c] = epoch;
                        count[c] = 1;
                    }
                    any = true;
                } else if (mark[c] == epoch && count[c] >= i) {
                    count[c] = i + 1;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
