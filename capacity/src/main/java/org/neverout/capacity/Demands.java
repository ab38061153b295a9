package org.neverout.capacity;

import java.util.ArrayList;
import java.util.List;

import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The demands of a model (MODEL.md 1.1): services with {@code demand} &gt; 0 and exactly two endpoint
 * entries, in model order, and the services that give a {@code demand} but cannot be one (not two
 * entries), for a warning. O(services).
 *
 * @param demands the demands, model order
 * @param ignored ids of services with a positive {@code demand} and not exactly two endpoint entries
 */
public record Demands(List<Demand> demands, List<String> ignored) {
    public Demands {
        demands = List.copyOf(demands);
        ignored = List.copyOf(ignored);
    }

    /** The demands of the model. */
    public static Demands of(Model model) {
        List<Demand> demands = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Service s : model.services()) {
            if (s.demand() == null || !(s.demand() > 0)) {
                continue;
            }
            if (s.endpoints().size() != 2) {
                ignored.add(s.id());
                continue;
            }
            demands.add(new Demand(s.id(), s.demand(), s.endpoints().get(0), s.endpoints().get(1),
                    s.users() == null ? 0 : s.users(), s.neverOut()));
        }
        return new Demands(demands, ignored);
    }

    public boolean isEmpty() {
        return demands.isEmpty();
    }
}
