package org.neverout.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per service, the minimal cut sets of its endpoint requirement alone (no dependencies, no service
 * events), over event classes, collected level by level (level k = cut sets of k classes). Written
 * between levels by one thread, read concurrently by the workers during a level.
 */
final class ConnectivityCuts {
    /** Endpoints disconnected with no failure: the only minimal cut set is the empty set. */
    final boolean[] downAtStart;
    /** Classes that alone take the service down. */
    final BitSet[] singles;
    /** levels.get(k)[s] = the service's cut sets of k classes (k >= 2). */
    private final List<List<Set<CutKey>>> levels = new ArrayList<>();
    /** Service no longer enumerated (limit reached), with the reason; null while active. */
    final String[] stopped;
    private final int services;
    /** What can matter to each service in the failure-free network (set at level 1). */
    RelevantBlocks blocks;

    ConnectivityCuts(int services) {
        this.services = services;
        downAtStart = new boolean[services];
        singles = new BitSet[services];
        stopped = new String[services];
        for (int s = 0; s < services; s++) {
            singles[s] = new BitSet();
        }
        levels.add(null);
        levels.add(null);
    }

    /** Whether the probe's members (sorted, size >= 2) are a recorded cut set of the service. */
    boolean contains(int service, CutKey.Probe probe) {
        if (probe.size() >= levels.size()) {
            return false;
        }
        return levels.get(probe.size()).get(service).contains(probe);
    }

    /** Records the cut sets of one level found by all workers (flattened, {@code size} ints each). */
    void addLevel(int size, List<IntList[]> perWorker) {
        if (size >= 2) {
            List<Set<CutKey>> level = new ArrayList<>(services);
            for (int s = 0; s < services; s++) {
                level.add(new HashSet<>());
            }
            levels.add(level);
        }
        for (IntList[] found : perWorker) {
            for (int s = 0; s < services; s++) {
                IntList list = found[s];
                if (list == null) {
                    continue;
                }
                for (int i = 0; i < list.size(); i += size) {
                    if (size == 1) {
                        singles[s].set(list.get(i));
                    } else {
                        int[] members = new int[size];
                        for (int j = 0; j < size; j++) {
                            members[j] = list.get(i + j);
                        }
                        levels.get(size).get(s).add(new CutKey(members));
                    }
                }
            }
        }
    }

    /** Number of cut sets recorded for the service so far. */
    long count(int service) {
        long count = downAtStart[service] ? 1 : singles[service].cardinality();
        for (int k = 2; k < levels.size(); k++) {
            count += levels.get(k).get(service).size();
        }
        return count;
    }

    /** Every recorded cut set of the service (the empty set when down at start). */
    List<CutKey> all(int service) {
        List<CutKey> all = new ArrayList<>();
        if (downAtStart[service]) {
            all.add(new CutKey(new int[0]));
            return all;
        }
        singles[service].stream().forEach(c -> all.add(new CutKey(new int[] {c})));
        for (int k = 2; k < levels.size(); k++) {
            all.addAll(levels.get(k).get(service));
        }
        return all;
    }
}
