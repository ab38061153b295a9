package org.neverout.capacity;

import java.util.Arrays;

import org.neverout.engine.graph.ShortestPathTree;

/**
 * Routes every demand over the live network of one failure scenario (MODEL.md 1.1): per destination a
 * shortest-path tree (engine {@link ShortestPathTree}), the cheapest live (source, destination) pair per
 * demand (ties to the earlier source, then the earlier destination), and the traffic toward each
 * destination split equally over the next hops at every node, accumulated per link and direction.
 *
 * <p>Incremental: the no-failure routing is kept as a {@link Base}. In a scenario, a destination whose
 * base ECMP DAG lost no link keeps its tree (removing other links changes no shortest distance); one
 * that lost DAG links while every node they led from keeps another next hop keeps its distances, and its
 * DAG is the base one without them (pruned); only otherwise (or when the destination is down) is its
 * tree recomputed, at most once per scenario. Its contribution to the loads is recomputed only when its
 * DAG or the demands routed to it changed. Loads are summed over destinations in
 * a fixed order, so a scenario's figures do not depend on which thread computed it or on what was reused.
 *
 * <p>Cost per scenario: O(changed destinations x (V + E) log V + demands' alternatives + D x E) for D
 * destinations. Mutable scratch: one instance per thread, over a shared immutable {@link Base}.
 */
final class EcmpRouter {
    /** The no-failure routing every scenario starts from. Immutable once built. */
    static final class Base {
        final long[][] dist;
        final int[][] order;
        final int[] reached;
        /** Per destination its load per link direction (index 2l: a to b, 2l + 1: b to a). */
        final double[][] contrib;
        final boolean[] carries;
        /** Per destination, bit l set when link l is an edge of its ECMP DAG. */
        final long[][] dagLinks;
        /** Per destination its next hops by settle rank (see {@link EcmpRouter#buildHops}). */
        final int[][] hopStart;
        final int[][] hops;
        final int[] chosenSource;
        final int[] chosenDestination;

        private Base(int destinations, int demands) {
            dist = new long[destinations][];
            order = new int[destinations][];
            reached = new int[destinations];
            contrib = new double[destinations][];
            carries = new boolean[destinations];
            dagLinks = new long[destinations][];
            hopStart = new int[destinations][];
            hops = new int[destinations][];
            chosenSource = new int[demands];
            chosenDestination = new int[demands];
        }
    }

    private final RoutingNetwork net;
    private final Base base;
    private final ShortestPathTree spt;
    // per destination scratch for the current scenario
    private final boolean[] affected;
    /** Base distances still hold but some DAG links are down: the base next hops without them. */
    private final boolean[] pruned;
    private final boolean[] computed;
    private final boolean[] dirty;
    private final long[][] dist;
    private final int[][] order;
    private final int[] reached;
    private final double[][] contrib;
    private final boolean[] fresh;
    private final boolean[] carries;
    private final int[][] hopStart;
    private final int[][] hops;
    /** Whether the next hops of a recomputed tree were built in this scenario. */
    private final boolean[] hopsBuilt;
    // per demand
    final int[] chosenSource;
    final int[] chosenDestination;
    private final int[] bucketStart;
    private final int[] bucket;
    private final double[] flow;
    private final boolean[] bad;

    private EcmpRouter(RoutingNetwork net, Base base) {
        this.net = net;
        this.base = base;
        this.spt = new ShortestPathTree(net.graph, net.cost);
        int d = net.destinationCount();
        int k = net.demandCount();
        affected = new boolean[d];
        pruned = new boolean[d];
        computed = new boolean[d];
        dirty = new boolean[d];
        dist = new long[d][];
        order = new int[d][];
        reached = new int[d];
        contrib = new double[d][];
        fresh = new boolean[d];
        carries = new boolean[d];
        hopStart = new int[d][];
        hops = new int[d][];
        hopsBuilt = new boolean[d];
        chosenSource = new int[k];
        chosenDestination = new int[k];
        bucketStart = new int[d + 1];
        bucket = new int[k];
        flow = new double[net.nodes];
        bad = new boolean[net.nodes];
    }

    /** A router over a base routing (one per thread). */
    static EcmpRouter over(RoutingNetwork net, Base base) {
        return new EcmpRouter(net, base);
    }

    /** Routes the no-failure network and keeps it as the base of every scenario. O(D (V + E) log V). */
    static Base base(RoutingNetwork net, boolean[] nodeLive, boolean[] linkLive) {
        EcmpRouter r = new EcmpRouter(net, null);
        r.route(nodeLive, linkLive, new int[0], 0, new double[2 * net.links]);
        Base b = new Base(net.destinationCount(), net.demandCount());
        int words = (net.links + 63) >>> 6;
        for (int d = 0; d < net.destinationCount(); d++) {
            b.dist[d] = r.dist[d].clone();
            b.order[d] = Arrays.copyOf(r.order[d], r.reached[d]);
            b.reached[d] = r.reached[d];
            b.contrib[d] = r.contrib[d].clone();
            b.carries[d] = r.carries[d];
            long[] dag = new long[words];
            r.nextHops(d);
            b.hopStart[d] = Arrays.copyOf(r.hopStart[d], b.reached[d] + 1);
            b.hops[d] = Arrays.copyOf(r.hops[d], b.hopStart[d][b.reached[d]]);
            for (int i : b.hops[d]) {
                int l = net.graph.link(i);
                dag[l >>> 6] |= 1L << (l & 63);
            }
            b.dagLinks[d] = dag;
        }
        System.arraycopy(r.chosenSource, 0, b.chosenSource, 0, b.chosenSource.length);
        System.arraycopy(r.chosenDestination, 0, b.chosenDestination, 0, b.chosenDestination.length);
        return b;
    }

    /**
     * Routes one scenario.
     *
     * @param downLinks the links live in the base and down now (the first {@code downCount} entries)
     * @param load      out: per link direction its load (2l: a to b, 2l + 1: b to a), overwritten
     */
    void route(boolean[] nodeLive, boolean[] linkLive, int[] downLinks, int downCount, double[] load) {
        this.nodeLiveNow = nodeLive;
        this.linkLiveNow = linkLive;
        int destinations = net.destinationCount();
        for (int d = 0; d < destinations; d++) {
            computed[d] = false;
            hopsBuilt[d] = false;
            dirty[d] = false;
            if (base == null) {
                affected[d] = true;
                continue;
            }
            pruned[d] = false;
            if (!nodeLive[net.destinationNode[d]]) {
                affected[d] = true;
                continue;
            }
            // a lost DAG link changes no distance while the node it led from keeps another next hop:
            // then the DAG is the base one without the lost links (pruned), else the tree is recomputed
            long[] dag = base.dagLinks[d];
            long[] dd = base.dist[d];
            boolean hit = false;
            boolean recompute = false;
            for (int i = 0; i < downCount && !recompute; i++) {
                int l = downLinks[i];
                if ((dag[l >>> 6] & (1L << (l & 63))) == 0) {
                    continue;
                }
                hit = true;
                int a = net.linkA[l];
                int b = net.linkB[l];
                int tail = dd[a] > dd[b] ? a : b;
                recompute = nodeLive[tail] && !keepsANextHop(dd, tail, linkLive);
            }
            affected[d] = recompute;
            pruned[d] = hit && !recompute;
        }
        chooseEndpoints(nodeLive);
        // bucket the routed demands by destination (counting sort keeps model order within a bucket)
        Arrays.fill(bucketStart, 0);
        for (int t : chosenDestination) {
            if (t >= 0) {
                bucketStart[t + 1]++;
            }
        }
        for (int d = 0; d < destinations; d++) {
            bucketStart[d + 1] += bucketStart[d];
        }
        int[] fill = Arrays.copyOf(bucketStart, destinations);
        for (int k = 0; k < chosenDestination.length; k++) {
            int t = chosenDestination[k];
            if (t >= 0) {
                bucket[fill[t]++] = k;
            }
        }
        Arrays.fill(load, 0.0);
        for (int d = 0; d < destinations; d++) {
            double[] c;
            boolean carriesNow;
            if (affected[d] || pruned[d] || dirty[d]) {
                accumulate(d, linkLive);
                c = contrib[d];
                carriesNow = carries[d];
                fresh[d] = true;
            } else {
                c = base.contrib[d];
                carriesNow = base.carries[d];
                fresh[d] = false;
            }
            if (carriesNow) {
                for (int i = 0; i < load.length; i++) {
                    load[i] += c[i];
                }
            }
        }
    }

    /** The cheapest live pair of every demand; marks destinations whose set of routed demands changed. */
    private void chooseEndpoints(boolean[] nodeLive) {
        for (int k = 0; k < net.demandCount(); k++) {
            int bestS = -1;
            int bestT = -1;
            long best = ShortestPathTree.UNREACHABLE;
            for (int s : net.sources[k]) {
                if (!nodeLive[s]) {
                    continue;
                }
                for (int t : net.destinations[k]) {
                    if (!nodeLive[net.destinationNode[t]]) {
                        continue;
                    }
                    long c = distances(t)[s];
                    if (c < best) {
                        best = c;
                        bestS = s;
                        bestT = t;
                    }
                }
            }
            chosenSource[k] = bestS;
            chosenDestination[k] = bestT;
            if (base != null && (bestS != base.chosenSource[k] || bestT != base.chosenDestination[k])) {
                if (base.chosenDestination[k] >= 0) {
                    dirty[base.chosenDestination[k]] = true;
                }
                if (bestT >= 0) {
                    dirty[bestT] = true;
                }
            }
        }
    }

    /** The distances toward destination d in this scenario: the base tree's, or a tree recomputed once. */
    private long[] distances(int d) {
        if (!affected[d]) {
            return base.dist[d];
        }
        if (!computed[d]) {
            spt.compute(net.destinationNode[d], nodeLiveNow, linkLiveNow);
            if (dist[d] == null) {
                dist[d] = new long[net.nodes];
                order[d] = new int[net.nodes];
                contrib[d] = new double[2 * net.links];
            }
            spt.copyTo(dist[d], order[d]);
            reached[d] = spt.reachedCount();
            computed[d] = true;
        }
        return dist[d];
    }

    /** Whether node v still has a live next hop in a tree of distances dd. O(degree). */
    private boolean keepsANextHop(long[] dd, int v, boolean[] linkLive) {
        for (int i = net.graph.start(v); i < net.graph.end(v); i++) {
            if (isNextHop(dd, v, i, linkLive)) {
                return true;
            }
        }
        return false;
    }

    /** The liveness of the scenario being routed (for trees computed lazily). */
    private boolean[] nodeLiveNow;
    private boolean[] linkLiveNow;

    /** Destination d's loads from the demands routed to it, ECMP split per hop. O(V + E). */
    private void accumulate(int d, boolean[] linkLive) {
        if (base != null && bucketStart[d] == bucketStart[d + 1]) {
            carries[d] = false; // nothing routed to it: no tree needed
            return;
        }
        distances(d);
        int[] ord = affected[d] ? order[d] : base.order[d];
        int count = affected[d] ? reached[d] : base.reached[d];
        if (contrib[d] == null) {
            contrib[d] = new double[2 * net.links];
        }
        double[] c = contrib[d];
        Arrays.fill(c, 0.0);
        boolean any = false;
        for (int i = bucketStart[d]; i < bucketStart[d + 1]; i++) {
            int k = bucket[i];
            flow[chosenSource[k]] += net.volume[k];
            any = true;
        }
        carries[d] = any;
        if (!any) {
            return;
        }
        int[][] h = nextHops(d);
        int[] start = h[0];
        int[] hop = h[1];
        for (int r = count - 1; r >= 1; r--) {
            int v = ord[r];
            double f = flow[v];
            flow[v] = 0;
            if (f == 0) {
                continue;
            }
            double share = f / (start[r + 1] - start[r]);
            for (int x = start[r]; x < start[r + 1]; x++) {
                int i = hop[x];
                int l = net.graph.link(i);
                c[2 * l + (net.linkA[l] == v ? 0 : 1)] += share;
                flow[net.graph.neighbour(i)] += share;
            }
        }
        flow[ord[0]] = 0;
    }

    /**
     * Destination d's next hops in this scenario, {start, hops}: the hops of the node of settle rank r are
     * {@code hops[start[r]] .. hops[start[r + 1] - 1]} (link-end positions). The base's, or built once per
     * scenario for a recomputed tree. O(V + E) to build.
     */
    private int[][] nextHops(int d) {
        if (pruned[d]) {
            if (!hopsBuilt[d]) {
                if (hopStart[d] == null) {
                    hopStart[d] = new int[net.nodes + 1];
                    hops[d] = new int[net.graph.ends()];
                }
                int[] from = base.hopStart[d];
                int[] all = base.hops[d];
                int[] start = hopStart[d];
                int[] hop = hops[d];
                int n = 0;
                for (int r = 0; r < base.reached[d]; r++) {
                    start[r] = n;
                    for (int x = from[r]; x < from[r + 1]; x++) {
                        if (linkLiveNow[net.graph.link(all[x])]) {
                            hop[n++] = all[x];
                        }
                    }
                }
                start[base.reached[d]] = n;
                hopsBuilt[d] = true;
            }
            return new int[][] {hopStart[d], hops[d]};
        }
        if (!affected[d]) {
            return new int[][] {base.hopStart[d], base.hops[d]};
        }
        distances(d);
        if (!hopsBuilt[d]) {
            if (hopStart[d] == null) {
                hopStart[d] = new int[net.nodes + 1];
                hops[d] = new int[net.graph.ends()];
            }
            int[] start = hopStart[d];
            int[] hop = hops[d];
            long[] dd = dist[d];
            int n = 0;
            for (int r = 0; r < reached[d]; r++) {
                start[r] = n;
                int v = order[d][r];
                for (int i = net.graph.start(v); i < net.graph.end(v); i++) {
                    if (r > 0 && isNextHop(dd, v, i, linkLiveNow)) {
                        hop[n++] = i;
                    }
                }
            }
            start[reached[d]] = n;
            hopsBuilt[d] = true;
        }
        return new int[][] {hopStart[d], hops[d]};
    }

    private boolean isNextHop(long[] dd, int v, int i, boolean[] linkLive) {
        int l = net.graph.link(i);
        long du = dd[net.graph.neighbour(i)];
        return linkLive[l] && du != ShortestPathTree.UNREACHABLE && du + net.cost[l] == dd[v];
    }

    /**
     * Which routed demands have a link above capacity on one of their shortest paths in the scenario just
     * routed. O(D x (V + E)).
     *
     * @param over per link, whether it is above capacity
     * @param out  per demand, set true when congested (others untouched)
     * @return whether any demand is congested
     */
    boolean congested(boolean[] over, boolean[] linkLive, boolean[] out) {
        boolean anyCongested = false;
        for (int d = 0; d < net.destinationCount(); d++) {
            if (bucketStart[d] == bucketStart[d + 1]) {
                continue;
            }
            distances(d);
            int[] ord = affected[d] ? order[d] : base.order[d];
            int count = affected[d] ? reached[d] : base.reached[d];
            int[][] h = nextHops(d);
            int[] start = h[0];
            int[] hop = h[1];
            // nearest first: a node is bad when a next hop is over capacity or leads to a bad node
            bad[ord[0]] = false;
            for (int r = 1; r < count; r++) {
                boolean b = false;
                for (int x = start[r]; x < start[r + 1] && !b; x++) {
                    int i = hop[x];
                    b = over[net.graph.link(i)] || bad[net.graph.neighbour(i)];
                }
                bad[ord[r]] = b;
            }
            for (int i = bucketStart[d]; i < bucketStart[d + 1]; i++) {
                int k = bucket[i];
                if (bad[chosenSource[k]]) {
                    out[k] = true;
                    anyCongested = true;
                }
            }
        }
        return anyCongested;
    }
}
