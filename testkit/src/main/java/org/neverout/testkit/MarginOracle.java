package org.neverout.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neverout.model.Model;

/**
 * The test oracle of issue 18's live margins, by brute force on MODEL.md's semantics read literally
 * ({@link BruteForceOracle#evaluate}), sharing no code with the engine: with the down events D failed, a
 * service's margin is the size of the smallest set of further events of the enabled kinds (neither in D nor
 * the service's own event) after which it is down, found by trying every such set of size 1, 2, ... up to
 * the order; 0 when it is down under D alone; null when no set up to the order takes it down. Its single
 * points now are the events that alone do, when the margin is 1.
 *
 * <p>Cost: O(E^K) evaluations of O(nodes + links + services x endpoints) for E enabled events and order K,
 * stopping at the size where every service is decided. Meant for small models.
 */
public final class MarginOracle {
    /** One service's answer: up under D, its margin (null beyond the order), its single points (sorted). */
    public record Margin(boolean up, Integer margin, List<String> singlePoints) {
    }

    private final Model model;
    private final BruteForceOracle oracle;

    public MarginOracle(Model model) {
        this.model = model;
        this.oracle = new BruteForceOracle(model);
    }

    /**
     * Every service's margin (by id, model order) with {@code down} failed, over further events whose kind
     * token ({@link BruteForceOracle#kindOf}) is in {@code kindTokens}, up to {@code order} of them.
     */
    public Map<String, Margin> margins(Set<String> down, int order, Set<String> kindTokens) {
        for (String id : down) {
            if (oracle.kindOf(id) == null) {
                throw new IllegalArgumentException("'" + id + "' is no basic event");
            }
        }
        List<String> further = new ArrayList<>();
        for (String id : oracle.eventIds()) {
            if (kindTokens.contains(oracle.kindOf(id)) && !down.contains(id)) {
                further.add(id);
            }
        }
        Map<String, Boolean> upNow = oracle.evaluate(Set.copyOf(down));
        Map<String, Integer> margin = new LinkedHashMap<>();
        Map<String, Set<String>> singles = new LinkedHashMap<>();
        upNow.forEach((s, up) -> {
            if (!up) {
                margin.put(s, 0);
            }
            singles.put(s, new TreeSet<>());
        });
        for (int size = 1; size <= order && margin.size() < upNow.size(); size++) {
            Map<String, Integer> decidedHere = new LinkedHashMap<>();
            tryAll(further, size, 0, new ArrayList<>(), down, margin, decidedHere, singles);
            margin.putAll(decidedHere);
        }
        Map<String, Margin> out = new LinkedHashMap<>();
        upNow.forEach((s, up) -> out.put(s, new Margin(up, margin.get(s),
                Integer.valueOf(1).equals(margin.get(s)) ? List.copyOf(singles.get(s)) : List.of())));
        return out;
    }

    /** Tries every set of {@code size} further events, deciding the services still open that it takes down. */
    private void tryAll(List<String> further, int size, int from, List<String> chosen, Set<String> down,
                        Map<String, Integer> margin, Map<String, Integer> decidedHere,
                        Map<String, Set<String>> singles) {
        if (chosen.size() == size) {
            Set<String> failed = new LinkedHashSet<>(down);
            failed.addAll(chosen);
            oracle.evaluate(failed).forEach((s, up) -> {
                if (!up && !margin.containsKey(s) && !chosen.contains(s)) { // its own event never counts
                    decidedHere.put(s, size);
                    if (size == 1) {
                        singles.get(s).add(chosen.get(0));
                    }
                }
            });
            return;
        }
        for (int i = from; i < further.size(); i++) {
            chosen.add(further.get(i));
            tryAll(further, size, i + 1, chosen, down, margin, decidedHere, singles);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The model this oracle answers for. */
    public Model model() {
        return model;
    }
}
