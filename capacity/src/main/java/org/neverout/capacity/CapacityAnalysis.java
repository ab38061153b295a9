package org.neverout.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * Capacity under failure (MODEL.md 1.1): routes every demand in every failure scenario (no failure, n-1,
 * optionally n-2 over the enumerated event kinds) and reports per link its base and worst utilisation,
 * per scenario class the links above the threshold and above capacity, unroutable and congested demands
 * per scenario, and capacity verdicts.
 *
 * <p>Scenarios are cut into blocks of consecutive indices that worker threads take in order; each
 * scenario is routed from the shared no-failure routing ({@link EcmpRouter}), so its figures do not depend
 * on the thread. Blocks are merged in scenario order as they complete; a deadline stops the run and keeps
 * the longest complete prefix of scenarios, said so in the result. The worst scenario of a link is the
 * first whose utilisation is within {@link #TIE} of the largest (floating-point sums may differ in the
 * last bits between equal routings); utilisation counts as above a limit when it exceeds it by more than
 * {@link #TIE}. Cost: O(scenarios x routing cost per scenario / threads) time, O(D x (V + E)) memory
 * per thread for D destinations.
 */
public final class CapacityAnalysis {
    /** Utilisations within this of each other are equal. */
    public static final double TIE = 1e-9;
    private static final int BLOCK = 64;

    private CapacityAnalysis() {
    }

    /** Analyses a loaded model (compiled here). */
    public static CapacityResult analyze(Model model, CapacityQuestion question) {
        return analyze(model, CompiledModel.compile(model), question);
    }

    /** Analyses a model compiled by the caller. */
    public static CapacityResult analyze(Model model, CompiledModel compiled, CapacityQuestion question) {
        Demands demands = Demands.of(model);
        RoutingNetwork net = new RoutingNetwork(model, compiled, demands.demands());
        FailureScenarios scenarios = new FailureScenarios(compiled, new HashSet<>(question.kinds()),
                question.maxFailures());
        NetworkState state = new NetworkState(compiled);
        boolean[] nodeLive = new boolean[net.nodes];
        boolean[] linkLive = new boolean[net.links];
        live(state, nodeLive, linkLive);
        EcmpRouter.Base base = EcmpRouter.base(net, nodeLive, linkLive);
        Merger merger = new Merger(net, scenarios, question);
        AtomicLong nextBlock = new AtomicLong();
        long blocks = (scenarios.count() + BLOCK - 1) / BLOCK;
        int threads = (int) Math.max(1, Math.min(question.threads(), blocks));
        Runnable work = () -> {
            Worker w = new Worker(net, base, scenarios, question, linkLive);
            long b;
            while (!merger.stopped() && (b = nextBlock.getAndIncrement()) < blocks) {
                Block done = w.run(b * BLOCK, Math.min(scenarios.count(), (b + 1) * BLOCK));
                if (done == null) {
                    merger.stop();
                    return;
                }
                merger.offer(b, done);
            }
        };
        if (threads == 1) {
            work.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "neverout-capacity");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    futures.add(pool.submit(work));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("capacity analysis interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return merger.result(model, demands, base);
    }

    /** Liveness of every node and link in the state. O(V + E). */
    static void live(NetworkState state, boolean[] nodeLive, boolean[] linkLive) {
        for (int n = 0; n < nodeLive.length; n++) {
            nodeLive[n] = state.isNodeLive(n);
        }
        for (int l = 0; l < linkLive.length; l++) {
            linkLive[l] = state.isLinkLive(l);
        }
    }

    /** The figures of a block of consecutive scenarios. */
    private static final class Block {
        /** Per link the block's strict prefix maxima of its rank value, as (scenario, value) in order. */
        final List<long[]> recordIndex = new ArrayList<>();
        final List<Double> recordValue = new ArrayList<>();
        final List<Integer> recordLink = new ArrayList<>();
        /** Per scenario class, per link the largest utilisation (NaN: none). */
        final double[][] classMax;
        final long[] classScenarios = new long[3];
        final List<long[]> unroutable = new ArrayList<>();
        final List<long[]> congested = new ArrayList<>();
        /** Per demand the first violating scenario in the block, or -1, and whether it was unroutable. */
        final long[] firstViolation;
        final boolean[] violationUnroutable;

        Block(int links, int demands) {
            classMax = new double[3][links];
            for (double[] m : classMax) {
                Arrays.fill(m, Double.NaN);
            }
            firstViolation = new long[demands];
            Arrays.fill(firstViolation, -1);
            violationUnroutable = new boolean[demands];
        }
    }

    /** One thread's state: network state, router, scratch arrays. */
    private static final class Worker {
        private final RoutingNetwork net;
        private final FailureScenarios scenarios;
        private final CapacityQuestion question;
        private final NetworkState state;
        private final EcmpRouter router;
        private final boolean[] baseLinkLive;
        private final boolean[] nodeLive;
        private final boolean[] linkLive;
        private final int[] down;
        private final double[] load;
        private final boolean[] over;
        private final boolean[] congestedNow;
        private final int[] picked;

        Worker(RoutingNetwork net, EcmpRouter.Base base, FailureScenarios scenarios, CapacityQuestion question,
               boolean[] baseLinkLive) {
            this.net = net;
            this.scenarios = scenarios;
            this.question = question;
            this.state = new NetworkState(net.compiled);
            this.router = EcmpRouter.over(net, base);
            this.baseLinkLive = baseLinkLive;
            this.nodeLive = new boolean[net.nodes];
            this.linkLive = new boolean[net.links];
            this.down = new int[net.links];
            this.load = new double[2 * net.links];
            this.over = new boolean[net.links];
            this.congestedNow = new boolean[net.demandCount()];
            this.picked = new int[net.demandCount()];
        }

        /** Routes scenarios [from, to); null when the deadline passed first. */
        Block run(long from, long to) {
            Block block = new Block(net.links, net.demandCount());
            double[] blockMax = new double[net.links];
            Arrays.fill(blockMax, Double.NEGATIVE_INFINITY);
            FailureScenarios.Cursor c = scenarios.cursor(from);
            for (long p = from; p < to; p++, c.next()) {
                if (question.deadline().passed()) {
                    return null;
                }
                int size = c.size();
                for (int k = 0; k < size; k++) {
                    state.apply(c.event(k));
                }
                live(state, nodeLive, linkLive);
                for (int k = size - 1; k >= 0; k--) {
                    state.undo(c.event(k));
                }
                int downCount = 0;
                for (int l = 0; l < net.links; l++) {
                    if (baseLinkLive[l] && !linkLive[l]) {
                        down[downCount++] = l;
                    }
                }
                router.route(nodeLive, linkLive, down, downCount, load);
                block.classScenarios[size]++;
                boolean anyOver = false;
                double[] classMax = block.classMax[size];
                for (int l = 0; l < net.links; l++) {
                    double worstDirection = Math.max(load[2 * l], load[2 * l + 1]);
                    double cap = net.capacity[l];
                    double rank = cap > 0 ? worstDirection / cap : worstDirection;
                    if (rank > blockMax[l]) {
                        blockMax[l] = rank;
                        block.recordLink.add(l);
                        block.recordIndex.add(new long[] {p});
                        block.recordValue.add(rank);
                    }
                    over[l] = cap > 0 && rank > 1 + TIE;
                    anyOver |= over[l];
                    if (cap > 0 && !(rank <= classMax[l])) {
                        classMax[l] = rank;
                    }
                }
                int lost = 0;
                for (int k = 0; k < net.demandCount(); k++) {
                    if (router.chosenDestination[k] < 0) {
                        picked[lost++] = k;
                        violation(block, k, p, size, true);
                    }
                }
                if (lost > 0) {
                    block.unroutable.add(withScenario(p, picked, lost));
                }
                if (anyOver) {
                    Arrays.fill(congestedNow, false);
                    router.congested(over, linkLive, congestedNow);
                    int squeezed = 0;
                    for (int k = 0; k < net.demandCount(); k++) {
                        if (congestedNow[k]) {
                            picked[squeezed++] = k;
                            violation(block, k, p, size, false);
                        }
                    }
                    if (squeezed > 0) {
                        block.congested.add(withScenario(p, picked, squeezed));
                    }
                }
            }
            return block;
        }

        private void violation(Block block, int k, long p, int size, boolean unroutable) {
            int n = net.neverOut[k];
            if (n >= 1 && size <= n && block.firstViolation[k] < 0) {
                block.firstViolation[k] = p;
                block.violationUnroutable[k] = unroutable;
            }
        }

        /** {p, demands[0], ..., demands[count - 1]}. */
        private static long[] withScenario(long p, int[] demands, int count) {
            long[] out = new long[count + 1];
            out[0] = p;
            for (int i = 0; i < count; i++) {
                out[i + 1] = demands[i];
            }
            return out;
        }
    }

    /** Merges blocks in scenario order as they complete; keeps the complete prefix on a stop. */
    private static final class Merger {
        private final RoutingNetwork net;
        private final FailureScenarios scenarios;
        private final CapacityQuestion question;
        private final Map<Long, Block> pending = new TreeMap<>();
        private long nextToMerge;
        private long evaluated;
        private volatile boolean stopped;
        /** Per link its global strict prefix maxima (scenario, value), in scenario order. */
        private final List<List<long[]>> recordIndex = new ArrayList<>();
        private final List<List<Double>> recordValue = new ArrayList<>();
        private final double[][] classMax;
        private final long[] classScenarios = new long[3];
        private final List<long[]> unroutable = new ArrayList<>();
        private final List<long[]> congested = new ArrayList<>();
        private final long[] firstViolation;
        private final boolean[] violationUnroutable;

        Merger(RoutingNetwork net, FailureScenarios scenarios, CapacityQuestion question) {
            this.net = net;
            this.scenarios = scenarios;
            this.question = question;
            for (int l = 0; l < net.links; l++) {
                recordIndex.add(new ArrayList<>());
                recordValue.add(new ArrayList<>());
            }
            classMax = new double[3][net.links];
            for (double[] m : classMax) {
                Arrays.fill(m, Double.NaN);
            }
            firstViolation = new long[net.demandCount()];
            Arrays.fill(firstViolation, -1);
            violationUnroutable = new boolean[net.demandCount()];
        }

        boolean stopped() {
            return stopped;
        }

        void stop() {
            stopped = true;
        }

        synchronized void offer(long index, Block block) {
            pending.put(index, block);
            Block b;
            while ((b = pending.remove(nextToMerge)) != null) {
                merge(b);
                nextToMerge++;
            }
        }

        private void merge(Block b) {
            for (int i = 0; i < b.recordLink.size(); i++) {
                int l = b.recordLink.get(i);
                List<Double> values = recordValue.get(l);
                double v = b.recordValue.get(i);
                if (values.isEmpty() || v > values.get(values.size() - 1)) {
                    values.add(v);
                    recordIndex.get(l).add(b.recordIndex.get(i));
                }
            }
            for (int c = 0; c < 3; c++) {
                classScenarios[c] += b.classScenarios[c];
                for (int l = 0; l < net.links; l++) {
                    double m = b.classMax[c][l];
                    if (!Double.isNaN(m) && !(m <= classMax[c][l])) {
                        classMax[c][l] = m;
                    }
                }
            }
            unroutable.addAll(b.unroutable);
            congested.addAll(b.congested);
            for (int k = 0; k < firstViolation.length; k++) {
                if (firstViolation[k] < 0 && b.firstViolation[k] >= 0) {
                    firstViolation[k] = b.firstViolation[k];
                    violationUnroutable[k] = b.violationUnroutable[k];
                }
            }
            evaluated += b.classScenarios[0] + b.classScenarios[1] + b.classScenarios[2];
        }

        CapacityResult result(Model model, Demands demands, EcmpRouter.Base base) {
            boolean complete = evaluated == scenarios.count();
            List<LinkUtilisation> links = new ArrayList<>();
            double[] baseLoad = new double[2 * net.links];
            for (int d = 0; d < base.contrib.length; d++) {
                if (base.carries[d]) {
                    for (int i = 0; i < baseLoad.length; i++) {
                        baseLoad[i] += base.contrib[d][i];
                    }
                }
            }
            for (int l = 0; l < net.links; l++) {
                Link link = model.links().get(l);
                double cap = net.capacity[l];
                List<Double> values = recordValue.get(l);
                double worst = values.isEmpty() ? 0 : values.get(values.size() - 1);
                long worstAt = -1;
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) >= worst - TIE) {
                        worstAt = recordIndex.get(l).get(i)[0];
                        break;
                    }
                }
                double ab = baseLoad[2 * l];
                double ba = baseLoad[2 * l + 1];
                boolean hasCap = cap > 0;
                links.add(new LinkUtilisation(link.id(), link.a(), link.b(), link.capacityGbps(), net.cost[l], ab, ba,
                        hasCap ? Math.max(ab, ba) / cap : null, hasCap && worstAt >= 0 ? worst : null,
                        hasCap && worstAt >= 0 ? scenarios.ids(worstAt) : null, hasCap ? worst * cap : worst));
            }
            List<ScenarioClass> classes = new ArrayList<>();
            for (int c = 0; c <= question.maxFailures(); c++) {
                int high = 0;
                int full = 0;
                for (int l = 0; l < net.links; l++) {
                    double m = classMax[c][l];
                    if (!Double.isNaN(m)) {
                        high += m > question.threshold() + TIE ? 1 : 0;
                        full += m > 1 + TIE ? 1 : 0;
                    }
                }
                classes.add(new ScenarioClass(c, classScenarios[c], high, full));
            }
            List<CapacityVerdict> verdicts = new ArrayList<>();
            for (int k = 0; k < net.demandCount(); k++) {
                Demand d = net.demandList.get(k);
                if (d.neverOut() < 1) {
                    continue;
                }
                if (firstViolation[k] >= 0) {
                    verdicts.add(new CapacityVerdict(d.service(), d.neverOut(), NeverOutVerdict.Status.VIOLATED,
                            scenarios.ids(firstViolation[k]), violationUnroutable[k] ? "unroutable" : "congested"));
                } else if (d.neverOut() > question.maxFailures()) {
                    verdicts.add(new CapacityVerdict(d.service(), d.neverOut(), NeverOutVerdict.Status.UNVERIFIED, null,
                            "never_out " + d.neverOut() + ": only n-1 and n-2 are evaluated (this run: "
                                    + "n-" + question.maxFailures() + ")"));
                } else if (evaluated < scenariosUpTo(d.neverOut())) {
                    verdicts.add(new CapacityVerdict(d.service(), d.neverOut(), NeverOutVerdict.Status.UNVERIFIED, null,
                            "the run was cut short before every scenario of at most " + d.neverOut()
                                    + " events was evaluated"));
                } else {
                    verdicts.add(new CapacityVerdict(d.service(), d.neverOut(), NeverOutVerdict.Status.MEETS, null,
                            null));
                }
            }
            verdicts.sort(Comparator.comparing(CapacityVerdict::service));
            return new CapacityResult(model.name(), question, scenarios.count(), evaluated, complete,
                    complete ? null : "time limit reached after " + evaluated + " of " + scenarios.count()
                            + " scenarios", net.demandCount(), demands.ignored(), links, classes,
                    services(unroutable), services(congested), verdicts);
        }

        private long scenariosUpTo(int failures) {
            long n = 0;
            for (int c = 0; c <= Math.min(failures, 2); c++) {
                n += scenarios.count(c);
            }
            return n;
        }

        private List<ScenarioServices> services(List<long[]> entries) {
            List<ScenarioServices> out = new ArrayList<>();
            for (long[] e : entries) {
                int[] ranks = new int[e.length - 1];
                for (int i = 1; i < e.length; i++) {
                    ranks[i - 1] = net.idRank[(int) e[i]];
                }
                Arrays.sort(ranks);
                List<String> ids = new ArrayList<>(ranks.length);
                long users = 0;
                for (int rank : ranks) {
                    Demand d = net.demandList.get(net.byIdRank[rank]);
                    ids.add(d.service());
                    users += d.users();
                }
                out.add(new ScenarioServices(scenarios.ids(e[0]), ids, users));
            }
            return out;
        }
    }
}
