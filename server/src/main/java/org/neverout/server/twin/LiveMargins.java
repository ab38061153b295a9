package org.neverout.server.twin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.neverout.engine.MarginResult;
import org.neverout.engine.ServiceMargins;

/**
 * Each vital service's margin in the live state, recomputed in the background: a state change or a new
 * model version answers at once and asks for a recomputation; one worker thread computes for the latest
 * request only (requests that arrive while it works are folded into one: the latest state wins), and
 * the result says which model version and state it belongs to.
 *
 * <p>Each recomputation is one {@link ServiceMargins#compute} (its cost is the engine's: the cut-set
 * search of every service up to the live question's order, given the down events).
 */
public final class LiveMargins implements AutoCloseable {
    /**
     * Margins as computed.
     *
     * @param modelVersion the model version they belong to
     * @param stateVersion the live state version they belong to
     * @param down         the events down in that state that the model knows (unknown ones are ignored)
     * @param ignored      events down in that state that this model version does not know
     * @param result       the engine's answer
     * @param computedAt   when the computation finished
     * @param took         how long it took
     */
    public record Snapshot(long modelVersion, long stateVersion, List<String> down, List<String> ignored,
                           MarginResult result, Instant computedAt, Duration took) {
        public Snapshot {
            down = List.copyOf(down);
            ignored = List.copyOf(ignored);
        }
    }

    private record Request(ModelVersion model, LiveState.Snapshot state) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neverout-live-margins");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Request latest;
    private volatile Snapshot current;
    private volatile RuntimeException failure;

    public LiveMargins(Clock clock) {
        this.clock = clock;
    }

    /** Called after each recomputation, on the worker thread. */
    public void onChange(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Asks for the margins of {@code state} under {@code model}; returns at once. */
    public void request(ModelVersion model, LiveState.Snapshot state) {
        latest = new Request(model, state);
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(this::run);
        }
    }

    /** The latest margins computed, or null before the first is done. */
    public Snapshot current() {
        return current;
    }

    /** Whether the latest request is answered by {@link #current()}. */
    public boolean upToDate() {
        Request r = latest;
        Snapshot s = current;
        return r != null && s != null && s.modelVersion() == r.model().version()
                && s.stateVersion() == r.state().version();
    }

    /** Why the last recomputation failed, or null (the previous margins stay shown, marked stale). */
    public RuntimeException failure() {
        return failure;
    }

    private void run() {
        scheduled.set(false);
        Request r = latest;
        Snapshot s = current;
        if (s != null && s.modelVersion() == r.model().version() && s.stateVersion() == r.state().version()) {
            return;
        }
        long start = System.nanoTime();
        Set<String> known = new LinkedHashSet<>();
        List<String> ignored = new java.util.ArrayList<>();
        for (String id : r.state().down()) {
            if (r.model().compiled().eventIndex(id) >= 0) {
                known.add(id);
            } else {
                ignored.add(id);
            }
        }
        try {
            MarginResult result = ServiceMargins.compute(r.model().compiled(), known, r.model().question());
            Snapshot done = new Snapshot(r.model().version(), r.state().version(), List.copyOf(known), ignored,
                    result, clock.instant(), Duration.ofNanos(System.nanoTime() - start));
            current = done;
            failure = null;
            listeners.forEach(l -> l.accept(done));
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Waits up to {@code timeout} for the latest request to be answered (tests, benchmarks). */
    public boolean await(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!upToDate()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
