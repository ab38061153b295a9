package org.neverout.server.twin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What is down now: the events an analyst set ({@code POST /api/state}) together with the elements of
 * every firing Alertmanager alert, keyed on the alert's fingerprint, so an element two alerts name stays
 * down until both are resolved. Each change that alters the down set gets the next version number and is
 * passed to the listeners (server-sent events, the margin recomputation) outside the lock.
 *
 * <p>Thread-safe; every operation is O(down events + firing alerts).
 */
public final class LiveState {
    /**
     * One state as it was.
     *
     * @param version 0 at start, +1 per change of {@code down}
     * @param down    every event down now, sorted
     * @param set     the events an analyst set, sorted
     * @param alerts  firing alerts: fingerprint to event id
     */
    public record Snapshot(long version, SortedSet<String> down, SortedSet<String> set,
                           SortedMap<String, String> alerts) {
        public Snapshot {
            down = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(down));
            set = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(set));
            alerts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(alerts));
        }
    }

    /** An alert's change: firing (element down) or resolved (cleared), keyed on its fingerprint. */
    public record AlertChange(String fingerprint, String element, boolean firing) {
    }

    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final TreeSet<String> set = new TreeSet<>();
    private final TreeMap<String, String> alerts = new TreeMap<>();
    private Snapshot snapshot = new Snapshot(0, new TreeSet<>(), new TreeSet<>(), new TreeMap<>());

    /** The state now. */
    public synchronized Snapshot snapshot() {
        return snapshot;
    }

    /** Called after each change with the new state. */
    public void onChange(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Sets the analyst's down events (firing alerts keep theirs down); the state after. */
    public Snapshot set(Collection<String> down) {
        Snapshot after;
        synchronized (this) {
            set.clear();
            set.addAll(down);
            after = commit();
        }
        return notify(after);
    }

    /** Applies a webhook's alert changes in order; the state after. */
    public Snapshot apply(List<AlertChange> changes) {
        Snapshot after;
        synchronized (this) {
            for (AlertChange c : changes) {
                if (c.firing()) {
                    alerts.put(c.fingerprint(), c.element());
                } else {
                    alerts.remove(c.fingerprint());
                }
            }
            after = commit();
        }
        return notify(after);
    }

    /** Builds the new snapshot; the version moves only when the down set changed. Holds the lock. */
    private Snapshot commit() {
        TreeSet<String> down = new TreeSet<>(set);
        down.addAll(alerts.values());
        boolean changed = !down.equals(snapshot.down());
        snapshot = new Snapshot(snapshot.version() + (changed ? 1 : 0), down, set, alerts);
        return changed ? snapshot : null;
    }

    private Snapshot notify(Snapshot changed) {
        if (changed == null) {
            return snapshot();
        }
        for (Consumer<Snapshot> l : new ArrayList<>(listeners)) {
            l.accept(changed);
        }
        return changed;
    }

}
