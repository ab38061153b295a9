package org.neverout.engine.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CutKey;
import org.neverout.engine.Deadline;
import org.neverout.engine.EventKind;
import org.neverout.engine.graph.Adjacency;
import org.neverout.engine.graph.LowPointForest;
import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * The network's own connectivity, for a bare topology with no services: every minimal set of at most
 * {@code order} node and link failures that splits it, with how many node pairs each disconnects.
 *
 * <p>A failure set <em>splits</em> the network when two surviving nodes that were connected before are
 * not connected after; it is minimal when no proper subset splits. Its loss is the number of such
 * surviving pairs; the share is that loss over the node pairs connected in the intact network.
 *
 * <p>Method: the low-point forest of the residual graph ({@link LowPointForest}) gives every
 * articulation point and bridge together with the sizes of the pieces it separates (subtree sizes), so
 * all single splits of a residual network cost O(V+E), with no allocation per scenario. Order k applies each minimal-candidate combination of k-1 events
 * and reads the splits of the residual: O(E^(k-1) (V+E)) in all; parallel links are handled (only
 * the tree link itself is skipped, not every link to the parent).
 *
 * <p>Limits are never silent ({@link #analyze(Model, AnalysisQuestion)}): the question's event kinds
 * (node, link) choose what fails; level k is shared among the question's threads by the smallest
 * event of the failure prefix (the result does not depend on their number); the time limit is checked
 * before every prefix, inside a level too; {@code maxCutSets} caps the splits listed. A run cut short
 * says so ({@link Result#complete()}, {@link Result#incompleteReason()}) and what it lists are still
 * minimal splits (each is checked against the complete smaller sizes).
 */
public final class NetworkSplits {
    private final String[] nodeIds;
    private final String[] linkIds;
    private final int[] linkA;
    private final int[] linkB;
    private final Adjacency graph;
    /** Whether each event (nodes, then links) may fail under the question's event kinds. */
    private final boolean[] enabled;

    /** One minimal split: the failed elements (sorted ids) and the surviving node pairs it disconnects. */
    public record Split(List<String> events, long disconnectedPairs, double share) {
        public Split {
            events = List.copyOf(events);
        }
    }

    /**
     * Result: connectivity of the intact network and every minimal split up to the order.
     *
     * @param complete          false when a limit (time, maximum number of splits) cut the enumeration short
     * @param incompleteReason  why, in words; null when complete
     */
    public record Result(int nodes, int links, int components, long connectedPairs, int order, List<Split> splits,
                         boolean complete, String incompleteReason) {
        public Result {
            splits = List.copyOf(splits);
        }

        public List<Split> ofSize(int k) {
            return splits.stream().filter(s -> s.events().size() == k).toList();
        }
    }

    /** A split found by a worker: sorted event indices and the pairs it disconnects. */
    private record Found(int[] events, long loss) {
    }

    private NetworkSplits(Model model, Set<EventKind> kinds) {
        int n = model.nodes().size();
        int m = model.links().size();
        nodeIds = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            nodeIds[i] = model.nodes().get(i).id();
            index.put(nodeIds[i], i);
        }
        linkIds = new String[m];
        linkA = new int[m];
        linkB = new int[m];
        for (int i = 0; i < m; i++) {
            Link l = model.links().get(i);
            linkIds[i] = l.id();
            linkA[i] = index.get(l.a());
            linkB[i] = index.get(l.b());
        }
        graph = Adjacency.of(n, linkA, linkB);
        enabled = new boolean[n + m];
        Arrays.fill(enabled, 0, n, kinds.contains(EventKind.NODE));
        Arrays.fill(enabled, n, n + m, kinds.contains(EventKind.LINK));
    }

    /**
     * Every minimal split of at most {@code order} node and link failures, sorted by size, then by
     * disconnected pairs (most first), then by ids; one thread, no limits.
     */
    public static Result analyze(Model model, int order) {
        return analyze(model, new AnalysisQuestion(order, EnumSet.of(EventKind.NODE, EventKind.LINK), 1, 0, null));
    }

    /**
     * The minimal splits the question asks for: its order, node and link events as far as its kinds
     * enable them, its threads, its time limit and its maximum number of cut sets (here: splits).
     */
    public static Result analyze(Model model, AnalysisQuestion question) {
        return analyze(model, question, Deadline.after(question.timeLimit(), System.nanoTime()));
    }

    /** As {@link #analyze(Model, AnalysisQuestion)} with an explicit deadline (tests). */
    public static Result analyze(Model model, AnalysisQuestion question, Deadline deadline) {
        int order = question.order();
        if (order < 1 || order > AnalysisQuestion.MAX_ORDER) {
            // subsets of a split are enumerated with int bit masks: keep 1 << order far from overflow
            throw new IllegalArgumentException("order must be 1 to " + AnalysisQuestion.MAX_ORDER + ", got " + order);
        }
        return new NetworkSplits(model, question.kinds()).run(question, deadline);
    }

    private Result run(AnalysisQuestion question, Deadline deadline) {
        int order = question.order();
        int n = nodeIds.length;
        int events = n + linkIds.length;
        Scan first = new Scan();
        long[] loss = new long[events];
        int components = first.residualSplits(loss);
        for (int e = 0; e < events; e++) {
            loss[e] = enabled[e] ? loss[e] : 0;
        }
        long connected = first.connectedPairs();
        List<Split> splits = new ArrayList<>();
        Set<CutKey> found = new HashSet<>();
        for (int e = 0; e < events; e++) {
            if (loss[e] > 0) {
                splits.add(split(new int[] {e}, loss[e], connected));
                found.add(CutKey.of(e));
            }
        }
        String reason = overLimit(splits.size(), question.maxCutSets(), 1);
        int threads = Math.max(1, question.threads());
        ExecutorService pool = threads > 1 && order > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        try {
            for (int k = 2; k <= order && reason == null; k++) {
                // all splits smaller than k are known here, so subset checks decide minimality exactly
                Level level = runLevel(k, loss, threads, pool, found, deadline);
                for (Found f : level.found) {
                    splits.add(split(f.events, f.loss, connected));
                    found.add(CutKey.of(f.events));
                }
                if (level.timedOut) {
                    reason = "time limit" + limitText(question) + " reached while enumerating splits of size " + k
                            + "; splits of that size and larger may be missing";
                } else {
                    reason = overLimit(splits.size(), question.maxCutSets(), k);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        splits.sort(Comparator.comparingInt((Split s) -> s.events().size())
                .thenComparing(Comparator.comparingLong(Split::disconnectedPairs).reversed())
                .thenComparing(s -> String.join("\u0000", s.events())));
        long max = question.maxCutSets();
        if (max > 0 && splits.size() > max) {
            splits = new ArrayList<>(splits.subList(0, (int) max));
        }
        return new Result(n, linkIds.length, components, connected, order, splits, reason == null, reason);
    }

    private static String overLimit(int count, long max, int sizeDone) {
        return max > 0 && count > max ? "more than " + max + " splits (max cut sets limit); listed the first " + max
                + ", enumeration stopped after size " + sizeDone : null;
    }

    private static String limitText(AnalysisQuestion question) {
        if (question.timeLimit() == null) {
            return "";
        }
        long ms = question.timeLimit().toMillis();
        return ms < 1000 ? " " + ms + " ms" : " " + ms / 1000.0 + " s";
    }

    /** What the workers found at one level, and whether the deadline stopped them. */
    private record Level(List<Found> found, boolean timedOut) {
    }

    /**
     * Level k: every prefix of k - 1 events, partitioned by its smallest event across the threads.
     * Workers only read {@code found} (the smaller sizes, complete); their finds are merged after.
     */
    private Level runLevel(int k, long[] singleLoss, int threads, ExecutorService pool, Set<CutKey> found,
                           Deadline deadline) {
        int events = nodeIds.length + linkIds.length;
        AtomicInteger next = new AtomicInteger();
        Scan[] scans = new Scan[threads];
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Scan scan = new Scan();
            scans[t] = scan;
            tasks.add(() -> {
                for (int e = next.getAndIncrement(); e < events && !scan.timedOut; e = next.getAndIncrement()) {
                    if (deadline.passed()) {
                        scan.timedOut = true;
                        return;
                    }
                    scan.extendFrom(e, k - 1, singleLoss, found, deadline);
                }
            });
        }
        if (pool == null) {
            tasks.get(0).run();
        } else {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("connectivity analysis interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        List<Found> all = new ArrayList<>();
        boolean timedOut = false;
        for (Scan scan : scans) {
            all.addAll(scan.found);
            timedOut |= scan.timedOut;
        }
        return new Level(all, timedOut);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "neverout-splits-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether a proper non-empty subset of {@code set[0 .. size)} is a known split (probe reused). */
    private static boolean containsFoundSubset(int[] set, int size, Set<CutKey> found, CutKey.Probe probe) {
        for (int mask = 1; mask < (1 << size) - 1; mask++) {
            int j = 0;
            for (int i = 0; i < size; i++) {
                if ((mask & (1 << i)) != 0) {
                    probe.put(j++, set[i]);
                }
            }
            if (found.contains(probe.of(j))) {
                return true;
            }
        }
        return false;
    }

    private Split split(int[] events, long disconnected, long connected) {
        List<String> ids = new ArrayList<>();
        for (int e : events) {
            ids.add(e < nodeIds.length ? nodeIds[e] : linkIds[e - nodeIds.length]);
        }
        ids.sort(Comparator.naturalOrder());
        return new Split(ids, disconnected, connected == 0 ? 0 : (double) disconnected / connected);
    }

    /**
     * One thread's failure state and scratch over the shared graph, and what it found. Allocates nothing
     * per failure scenario: the applied prefix, the probe key and the residual's losses are reused.
     */
    private final class Scan {
        private final boolean[] nodeLive = new boolean[nodeIds.length];
        private final boolean[] linkLive = new boolean[linkIds.length];
        private final LowPointForest forest = new LowPointForest(graph);
        private final long[] pieceSum = new long[nodeIds.length];
        private final long[] piecePairs = new long[nodeIds.length];
        private final int[] pieceCount = new int[nodeIds.length];
        /** Losses of single further failures in the current residual network. */
        private final long[] residualLoss = new long[nodeIds.length + linkIds.length];
        /** The events applied so far (ascending), with room for the closing event. */
        private final int[] applied = new int[AnalysisQuestion.MAX_ORDER + 1];
        private final CutKey.Probe probe = new CutKey.Probe(AnalysisQuestion.MAX_ORDER + 1);
        private final List<Found> found = new ArrayList<>();
        private boolean timedOut;

        Scan() {
            Arrays.fill(nodeLive, true);
            Arrays.fill(linkLive, true);
        }

        /** Every prefix of {@code size} events whose smallest is {@code first}. */
        void extendFrom(int first, int size, long[] singleLoss, Set<CutKey> known, Deadline deadline) {
            if (!enabled[first] || singleLoss[first] > 0) {
                return; // a superset of a split is not minimal
            }
            applied[0] = first;
            setLive(first, false);
            if (size == 1) {
                closeWith(1, singleLoss, known);
            } else {
                extend(1, size, singleLoss, known, deadline);
            }
            setLive(first, true);
        }

        /**
         * Applies every combination of events (ascending, none a split or containing one) on top of the
         * {@code depth} applied ones up to {@code size} events, and records the residual's single splits
         * as splits of size {@code size + 1}.
         */
        private void extend(int depth, int size, long[] singleLoss, Set<CutKey> known, Deadline deadline) {
            int events = nodeIds.length + linkIds.length;
            for (int e = applied[depth - 1] + 1; e < events; e++) {
                if (timedOut || deadline.passed()) {
                    timedOut = true;
                    return;
                }
                if (!enabled[e] || singleLoss[e] > 0 || isDead(e)) {
                    continue; // a superset of a split is not minimal; a dead element adds nothing
                }
                applied[depth] = e;
                for (int i = 0; i <= depth; i++) {
                    probe.put(i, applied[i]);
                }
                if (known.contains(probe.of(depth + 1)) || containsFoundSubset(applied, depth + 1, known, probe)) {
                    continue;
                }
                setLive(e, false);
                if (depth + 1 == size) {
                    closeWith(depth + 1, singleLoss, known);
                } else {
                    extend(depth + 1, size, singleLoss, known, deadline);
                }
                setLive(e, true);
            }
        }

        /** The applied events plus each later event that splits the residual network, when minimal. */
        private void closeWith(int depth, long[] singleLoss, Set<CutKey> known) {
            int events = nodeIds.length + linkIds.length;
            residualSplits(residualLoss);
            for (int f = applied[depth - 1] + 1; f < events; f++) {
                if (enabled[f] && residualLoss[f] > 0 && singleLoss[f] == 0) {
                    applied[depth] = f;
                    if (!containsFoundSubset(applied, depth + 1, known, probe)) {
                        found.add(new Found(Arrays.copyOf(applied, depth + 1), residualLoss[f]));
                    }
                }
            }
        }

        private boolean isDead(int e) {
            int n = nodeIds.length;
            if (e < n) {
                return !nodeLive[e];
            }
            int l = e - n;
            return !linkLive[l] || !nodeLive[linkA[l]] || !nodeLive[linkB[l]];
        }

        private void setLive(int e, boolean live) {
            int n = nodeIds.length;
            if (e < n) {
                nodeLive[e] = live;
            } else {
                linkLive[e - n] = live;
            }
        }

        /** Node pairs connected in the intact network (every component's pairs). O(V + E). */
        long connectedPairs() {
            forest.build(null, null);
            long pairs = 0;
            for (int v = 0; v < nodeIds.length; v++) {
                if (forest.parent(v) < 0) {
                    long size = forest.subtreeSize(v);
                    pairs += size * (size - 1) / 2;
                }
            }
            return pairs;
        }

        /**
         * Fills {@code loss[e]} with the surviving pairs each single further failure e would disconnect
         * in the live residual network (0 where none), from its low-point forest: a bridge above c
         * separates c's subtree from the rest of its component; an articulation point v leaves the
         * subtrees of its separating children as pieces, plus the rest of its component. Returns the
         * number of live components. O(V + E).
         */
        int residualSplits(long[] loss) {
            Arrays.fill(loss, 0);
            forest.build(nodeLive, linkLive);
            int live = forest.liveCount();
            for (int i = 0; i < live; i++) {
                int v = forest.inPreorder(i);
                pieceSum[v] = 0;
                piecePairs[v] = 0;
                pieceCount[v] = 0;
            }
            for (int i = 0; i < live; i++) {
                int v = forest.inPreorder(i);
                int p = forest.parent(v);
                if (p >= 0 && forest.separates(v)) {
                    long size = forest.subtreeSize(v);
                    pieceSum[p] += size;
                    piecePairs[p] += size * (size - 1) / 2;
                    pieceCount[p]++;
                }
            }
            int n = nodeIds.length;
            for (int i = 0; i < live; i++) {
                int v = forest.inPreorder(i);
                int r = forest.root(v);
                long c = forest.subtreeSize(r);
                if (v != r && forest.isBridge(v)) {
                    long size = forest.subtreeSize(v);
                    loss[n + forest.parentLink(v)] = size * (c - size);
                }
                boolean articulation = v == r ? pieceCount[v] >= 2 : pieceCount[v] >= 1;
                if (articulation) {
                    long rest = (c - 1) - pieceSum[v];
                    long survivorsPairs = (c - 1) * (c - 2) / 2;
                    loss[v] = survivorsPairs - piecePairs[v] - rest * (rest - 1) / 2;
                }
            }
            return forest.componentCount();
        }
    }
}
