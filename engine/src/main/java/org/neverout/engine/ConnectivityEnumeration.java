package org.neverout.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Enumerates the connectivity cut sets of every service level by level (1, 2, ..., order) so that each
 * level's minimality checks can rely on the complete lower levels. Level k &gt;= 2 is partitioned by
 * the smallest class of the prefix across a fixed pool of threads; results are merged into sets, so
 * the outcome does not depend on the number of threads.
 *
 * <p>The {@link Deadline} is asked before every first class of a level and, inside, before every
 * prefix is extended ({@link LevelWorker}), so a time limit stops the enumeration within one prefix's
 * work; the services still enumerated then are incomplete, with the size that was cut short.
 */
final class ConnectivityEnumeration {
    private final CompiledModel m;
    private final EventClasses classes;
    private final AnalysisQuestion question;
    private final ProgressListener progress;
    private final Deadline deadline;
    private final ConnectivityCuts cuts;
    private final AtomicLong done = new AtomicLong();
    private long scenarios;
    /** Set when the time limit stopped a level: services then active are incomplete. */
    private String timedOut;
    /** The level the time limit stopped (0 when none did). */
    private int timedOutLevel;
    /** Events applied before anything is enumerated (the state the cut sets are conditioned on). */
    private final int[] given;
    private final LevelGate gate;

    /**
     * Chooses, before each level from 2 on, which of the services still enumerated (not down at the start,
     * not stopped by a limit) the level enumerates; the lower levels are complete when it is asked. A
     * service left out of a level must have no cut set of that level's size, or need none of them (the
     * enumeration then records none for it).
     */
    interface LevelGate {
        LevelGate ALL = (level, active, cuts) -> active;

        /** A subset of {@code active} (ascending), kept ascending. */
        int[] select(int level, int[] active, ConnectivityCuts cuts);

        /**
         * Per service, the only classes its cut sets of this level can hold (null: no restriction at all,
         * a null entry: none for that service); asked right after {@link #select} for the same level.
         */
        default java.util.BitSet[] restrict(int level) {
            return null;
        }
    }
    /**
     * The first classes of the top level (level = order) this run enumerates: all of them, or one share
     * of a distributed run ({@link CutSetShares}); lower levels are always enumerated whole, because the
     * top level's minimality checks need them complete.
     */
    private IntPredicate topLevelFirsts = c -> true;
    /** The top level as the shares of a distributed run found it, merged instead of enumerated; or null. */
    private List<CutSetShare> topLevelShares;
    /** Scenarios of the top level alone (what a share reports). */
    private long topLevelScenarios;
    /** What the workers found at the top level (from level 2 on), per worker; empty until then. */
    private List<IntList[]> topLevelFound = List.of();

    ConnectivityEnumeration(CompiledModel model, EventClasses classes, AnalysisQuestion question,
                            ProgressListener progress, Deadline deadline) {
        this(model, classes, question, progress, deadline, new int[0], LevelGate.ALL);
    }

    /**
     * The cut sets of the network with the {@code given} events already applied (each worker's state
     * starts from them), enumerating at each level only the services the gate selects.
     */
    ConnectivityEnumeration(CompiledModel model, EventClasses classes, AnalysisQuestion question,
                            ProgressListener progress, Deadline deadline, int[] given, LevelGate gate) {
        this.m = model;
        this.classes = classes;
        this.question = question;
        this.progress = progress;
        this.deadline = deadline;
        this.cuts = new ConnectivityCuts(model.serviceCount());
        this.given = given.clone();
        this.gate = gate;
    }

    /** The level a time limit stopped, or 0 when the enumeration ran to its end. */
    int timedOutLevel() {
        return timedOutLevel;
    }

    ConnectivityCuts cuts() {
        return cuts;
    }

    long scenarios() {
        return scenarios;
    }

    long topLevelScenarios() {
        return topLevelScenarios;
    }

    String timedOut() {
        return timedOut;
    }

    /** The top level's cut sets found here, per service flattened ({@code order} classes each). */
    int[][] topLevelFound() {
        int[][] flat = new int[m.serviceCount()][];
        for (int s = 0; s < flat.length; s++) {
            IntList all = new IntList();
            for (IntList[] found : topLevelFound) {
                IntList list = found[s];
                for (int i = 0; list != null && i < list.size(); i++) {
                    all.add(list.get(i));
                }
            }
            flat[s] = all.toArray();
        }
        return flat;
    }

    /** Enumerates only the top level's prefixes whose smallest class passes the test (a share). */
    ConnectivityEnumeration topLevelFirsts(IntPredicate firsts) {
        this.topLevelFirsts = firsts;
        return this;
    }

    /** Takes the top level from the shares (every share of one split) instead of enumerating it. */
    ConnectivityEnumeration topLevelFrom(List<CutSetShare> shares) {
        this.topLevelShares = shares;
        return this;
    }

    ConnectivityEnumeration run() {
        int order = question.order();
        long total = 1 + (long) (order - 1) * classes.count();
        LevelWorker[] workers = new LevelWorker[question.threads()];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new LevelWorker(m, classes, cuts, order, deadline);
            workers[w].applyGiven(given);
        }
        int[] services = servicesWithEndpoints();
        workers[0].startLevel();
        workers[0].runEmptyPrefix(services);
        cuts.addLevel(1, List.<IntList[]>of(workers[0].found()));
        progress.progress(done.incrementAndGet(), total);
        ExecutorService pool = workers.length > 1 ? Executors.newFixedThreadPool(workers.length, daemon()) : null;
        try {
            for (int level = 2; level <= order && timedOut == null; level++) {
                applyLimit(level - 1);
                int[] active = gate.select(level, active(services), cuts);
                if (active.length == 0) {
                    cuts.addLevel(level, List.of()); // none at this size; a gate may still choose some at the next
                    continue;
                }
                if (level == order && topLevelShares != null) {
                    mergeTopLevel(level, active);
                    break;
                }
                java.util.BitSet[] only = gate.restrict(level);
                if (level == 2 || gate != LevelGate.ALL) { // a gate may change the services and classes per level
                    concernedServices(active, only, workers, pool);
                }
                long before = workerScenarios(workers);
                runLevel(level, active, workers, pool, total);
                if (level == order) {
                    topLevelScenarios = workerScenarios(workers) - before;
                }
                List<IntList[]> found = new ArrayList<>();
                for (LevelWorker w : workers) {
                    found.add(w.found());
                }
                cuts.addLevel(level, found);
                if (level == order) {
                    topLevelFound = found;
                }
                if (timedOut != null) {
                    timedOutLevel = level;
                    for (int s : active) {
                        cuts.stopped[s] = timedOut;
                    }
                }
            }
            if (timedOut == null) {
                applyLimit(order);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        scenarios += workerScenarios(workers);
        progress.progress(total, total); // levels skipped (nothing left to enumerate) count as done
        return this;
    }

    private static long workerScenarios(LevelWorker[] workers) {
        long sum = 0;
        for (LevelWorker w : workers) {
            sum += w.scenarios;
        }
        return sum;
    }

    /**
     * The top level from the shares, as if enumerated here: their cut sets (each found by exactly one
     * share, the owner of its smallest class), their scenarios, and the first share's time-limit reason.
     */
    private void mergeTopLevel(int level, int[] active) {
        List<IntList[]> found = new ArrayList<>();
        String stop = null;
        for (CutSetShare share : topLevelShares) {
            IntList[] lists = new IntList[m.serviceCount()];
            for (int s = 0; s < lists.length; s++) {
                int[] flat = share.topLevel()[s];
                if (flat != null && flat.length > 0) {
                    lists[s] = IntList.of(flat);
                }
            }
            found.add(lists);
            scenarios += share.scenarios();
            if (stop == null) {
                stop = share.timedOut();
            }
        }
        cuts.addLevel(level, found);
        if (stop != null) {
            timedOut = stop;
            for (int s : active) {
                cuts.stopped[s] = stop;
            }
        }
    }

    private int[] servicesWithEndpoints() {
        IntList list = new IntList();
        for (int s = 0; s < m.serviceCount(); s++) {
            if (m.serviceEntries[s].length > 0) {
                list.add(s);
            }
        }
        return list.toArray();
    }

    private int[] active(int[] services) {
        IntList list = new IntList();
        for (int s : services) {
            if (!cuts.downAtStart[s] && cuts.stopped[s] == null) {
                list.add(s);
            }
        }
        return list.toArray();
    }

    /** Stops enumerating services that passed --max-cut-sets (the output is truncated later). */
    private void applyLimit(int levelDone) {
        long max = question.maxCutSets();
        if (max <= 0) {
            return;
        }
        for (int s = 0; s < m.serviceCount(); s++) {
            if (cuts.stopped[s] == null && cuts.count(s) > max) {
                cuts.stopped[s] = "more than " + max + " cut sets (max cut sets limit); enumeration stopped after size "
                        + levelDone;
            }
        }
    }

    private void runLevel(int level, int[] active, LevelWorker[] workers, ExecutorService pool, long total) {
        AtomicInteger next = new AtomicInteger();
        int firsts = classes.count();
        for (LevelWorker w : workers) {
            w.startLevel();
        }
        List<Runnable> tasks = new ArrayList<>();
        String[] stop = new String[1];
        for (LevelWorker w : workers) {
            tasks.add(() -> {
                for (int a = next.getAndIncrement(); a < firsts; a = next.getAndIncrement()) {
                    if (level == question.order() && !topLevelFirsts.test(a)) {
                        continue;
                    }
                    if (w.timedOut() || deadline.passed()) {
                        synchronized (stop) {
                            stop[0] = timeLimitReason(level);
                        }
                        return;
                    }
                    w.runFirst(a, level, active);
                    progress.progress(done.incrementAndGet(), total);
                }
                if (w.timedOut()) {
                    synchronized (stop) {
                        stop[0] = timeLimitReason(level);
                    }
                }
            });
        }
        runAll(tasks, pool);
        synchronized (stop) {
            timedOut = stop[0];
        }
    }

    /**
     * Which services each class is concerned with, once for all levels (their regions are fixed by level
     * 1) or, with a gate, per level, computed on the analysis' threads.
     */
    private void concernedServices(int[] active, java.util.BitSet[] only, LevelWorker[] workers,
                                   ExecutorService pool) {
        ConcernedServices concerned = new ConcernedServices(m, classes, cuts, active, only);
        AtomicInteger next = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < workers.length; w++) {
            tasks.add(() -> concerned.computeRange(next, deadline));
        }
        runAll(tasks, pool);
        for (LevelWorker w : workers) {
            w.concernedServices(concerned);
        }
    }

    /** Runs the tasks, one per worker, on the pool (or the first alone without one) and waits for them. */
    private static void runAll(List<Runnable> tasks, ExecutorService pool) {
        if (pool == null) {
            tasks.get(0).run();
        } else {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("analysis interrupted", e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        }
    }

    private String timeLimitReason(int level) {
        Duration limit = question.timeLimit();
        String amount = limit == null ? ""
                : limit.toMillis() < 1000 ? " " + limit.toMillis() + " ms" : " " + limit.toMillis() / 1000.0 + " s";
        return "time limit" + amount + " reached while enumerating cut sets of size " + level
                + "; cut sets of that size and larger may be missing";
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "neverout-engine-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
