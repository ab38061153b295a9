package org.neverout.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The state of the network after a set of basic events, kept as counters so that events can be applied
 * and undone in O(primitives they cover) without copying any graph. Mutable: one instance per thread.
 *
 * <p>A node is live when no applied event covers it and it has power (not all of its feeds are down;
 * a node with no feeds always has power); a link is live when no applied event covers it and both ends
 * are live. {@link #serviceStates()} evaluates every service per MODEL.md in O(V + E + total endpoint
 * alternatives + dependencies).
 */
public final class NetworkState {
    private final CompiledModel m;
    private final int[] nodeHits;
    private final int[] linkHits;
    private final int[] feedHits;
    /** Number of a node's feeds that are down. */
    private final int[] nodeFeedsDown;
    private final int[] serviceHits;
    private final ComponentLabels labels;
    /** States of the services evaluated by {@link #isServiceUp} (valid for its closure only). */
    private final boolean[] closureUp;
    /** Per service, itself and every service it depends on, dependencies first; filled on demand. */
    private final int[][] closures;

    public NetworkState(CompiledModel model) {
        this.m = model;
        this.nodeHits = new int[model.nodeCount()];
        this.linkHits = new int[model.linkCount()];
        this.feedHits = new int[model.feedCount()];
        this.nodeFeedsDown = new int[model.nodeCount()];
        this.serviceHits = new int[model.serviceCount()];
        this.labels = new ComponentLabels(model);
        this.closureUp = new boolean[model.serviceCount()];
        this.closures = new int[model.serviceCount()][];
    }

    /** The compiled model this state belongs to. */
    public CompiledModel model() {
        return m;
    }

    /**
     * Applies a basic event (events may be applied several times; each application needs its undo).
     *
     * @return true when the live graph may have changed (a node or link went from live to down); false
     *         means it certainly did not (e.g. one of two feeds, or something already down)
     */
    public boolean apply(int event) {
        boolean changed = false;
        for (int i = m.eventNodeStart[event]; i < m.eventNodeStart[event + 1]; i++) {
            int n = m.eventNode[i];
            if (nodeHits[n]++ == 0 && isPowered(n)) {
                changed = true;
            }
        }
        for (int i = m.eventLinkStart[event]; i < m.eventLinkStart[event + 1]; i++) {
            int l = m.eventLink[i];
            if (linkHits[l]++ == 0 && isNodeLive(m.linkA[l]) && isNodeLive(m.linkB[l])) {
                changed = true;
            }
        }
        for (int i = m.eventFeedStart[event]; i < m.eventFeedStart[event + 1]; i++) {
            int f = m.eventFeed[i];
            if (feedHits[f]++ == 0) {
                for (int j = m.feedNodeStart[f]; j < m.feedNodeStart[f + 1]; j++) {
                    int n = m.feedNode[j];
                    if (++nodeFeedsDown[n] == feedCount(n) && nodeHits[n] == 0) {
                        changed = true;
                    }
                }
            }
        }
        int s = m.eventService[event];
        if (s >= 0) {
            serviceHits[s]++;
        }
        return changed;
    }

    /** Undoes one earlier {@link #apply(int)} of the same event. */
    public void undo(int event) {
        for (int i = m.eventNodeStart[event]; i < m.eventNodeStart[event + 1]; i++) {
            nodeHits[m.eventNode[i]]--;
        }
        for (int i = m.eventLinkStart[event]; i < m.eventLinkStart[event + 1]; i++) {
            linkHits[m.eventLink[i]]--;
        }
        for (int i = m.eventFeedStart[event]; i < m.eventFeedStart[event + 1]; i++) {
            int f = m.eventFeed[i];
            if (--feedHits[f] == 0) {
                for (int j = m.feedNodeStart[f]; j < m.feedNodeStart[f + 1]; j++) {
                    nodeFeedsDown[m.feedNode[j]]--;
                }
            }
        }
        int s = m.eventService[event];
        if (s >= 0) {
            serviceHits[s]--;
        }
    }

    private int feedCount(int n) {
        return m.nodeFeedStart[n + 1] - m.nodeFeedStart[n];
    }

    private boolean isPowered(int n) {
        int feeds = feedCount(n);
        return feeds == 0 || nodeFeedsDown[n] < feeds;
    }

    public boolean isNodeLive(int n) {
        return nodeHits[n] == 0 && isPowered(n);
    }

    /**
     * Whether an applied event covers the link itself (its id, one of its groups, its operator or a supplier
     * above it), as opposed to being down only because an end node is.
     */
    public boolean isLinkCovered(int l) {
        return linkHits[l] > 0;
    }

    public boolean isLinkLive(int l) {
        return linkHits[l] == 0 && isNodeLive(m.linkA[l]) && isNodeLive(m.linkB[l]);
    }

    /** Whether the service's own basic event is applied. */
    boolean isServiceFailed(int s) {
        return serviceHits[s] > 0;
    }

    /**
     * Whether each service (model order) is up: not failed itself, an alternative of every depends_on
     * entry up, and one live
     * alternative of every endpoint entry in one connected component. O(V + E + services' sizes).
     */
    public boolean[] serviceStates() {
        return serviceStates(new boolean[m.serviceCount()]);
    }

    /**
     * {@link #serviceStates()} written into {@code up} (every entry overwritten), for loops that evaluate
     * many states (Monte Carlo) without allocating per state.
     *
     * @param up one entry per service (model order)
     * @return {@code up}
     * @throws IllegalArgumentException when {@code up} does not have one entry per service
     */
    public boolean[] serviceStates(boolean[] up) {
        if (up.length != m.serviceCount()) {
            throw new IllegalArgumentException("service state array has " + up.length + " entries, the model has "
                    + m.serviceCount() + " services");
        }
        labels.label(this);
        for (int s : m.topologicalOrder) {
            boolean ok = serviceHits[s] == 0 && labels.endpointsConnected(m.serviceEntries[s]);
            for (int[] entry : m.serviceDeps[s]) {
                ok &= anyUp(entry, up);
            }
            up[s] = ok;
        }
        return up;
    }

    /** Whether some alternative of a depends_on entry is up (an empty entry never is). */
    private static boolean anyUp(int[] alternatives, boolean[] up) {
        for (int d : alternatives) {
            if (up[d]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one service is up, as {@link #serviceStates()} says, evaluating only the service and the
     * services it depends on (directly or not), and labelling only the components their endpoint
     * alternatives lie in: O(size of those components + their alternatives and dependencies), no
     * allocation after the first call for the service. For searches that ask about one service per
     * candidate; use {@link #serviceStates(boolean[])} for many.
     */
    public boolean isServiceUp(int service) {
        labels.forget(this);
        for (int s : closure(service)) {
            boolean ok = serviceHits[s] == 0 && labels.endpointsConnectedLazily(m.serviceEntries[s]);
            for (int[] entry : m.serviceDeps[s]) {
                ok &= anyUp(entry, closureUp);
            }
            closureUp[s] = ok;
        }
        return closureUp[service];
    }

    /** The service and everything it depends on, in the model's topological order (cached). O(services). */
    private int[] closure(int service) {
        int[] closure = closures[service];
        if (closure != null) {
            return closure;
        }
        boolean[] in = new boolean[m.serviceCount()];
        int[] stack = new int[m.serviceCount()];
        int top = 0;
        int size = 1;
        in[service] = true;
        stack[top++] = service;
        while (top > 0) {
            for (int[] entry : m.serviceDeps[stack[--top]]) {
                for (int d : entry) {
                    if (!in[d]) {
                        in[d] = true;
                        size++;
                        stack[top++] = d;
                    }
                }
            }
        }
        closure = new int[size];
        int n = 0;
        for (int s : m.topologicalOrder) {
            if (in[s]) {
                closure[n++] = s;
            }
        }
        closures[service] = closure;
        return closure;
    }

    /**
     * The state of every service (model order) after the given basic events, for simulation.
     *
     * @throws IllegalArgumentException naming the first id that is no basic event of the model
     */
    public static boolean[] evaluate(CompiledModel model, Collection<String> failedEventIds) {
        List<Integer> events = new ArrayList<>();
        for (String id : failedEventIds) {
            int e = model.eventIndex(id);
            if (e < 0) {
                throw new IllegalArgumentException("'" + id + "' is no basic event of model '" + model.name() + "'");
            }
            events.add(e);
        }
        NetworkState state = new NetworkState(model);
        for (int e : events) {
            state.apply(e);
        }
        return state.serviceStates();
    }
}
