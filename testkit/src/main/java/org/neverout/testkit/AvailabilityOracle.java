package org.neverout.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Model;
import org.neverout.model.Reliability;
import org.neverout.model.Service;

/**
 * The quantification oracle: each failure-capable event's unavailability from its figures or its kind's
 * {@code defaults:} entry (MODEL.md), and every one of the 2^n states of those n independent events
 * enumerated and evaluated with the {@link BruteForceOracle}, to give each service's exact unavailability
 * and its conditional unavailability with each event down and up. Shares no code with the quantifier.
 *
 * <p>Cost: O(2^n) state evaluations (sums compensated, so exact to about one rounding); refused above
 * {@value #MAX_EVENTS} events.
 */
public final class AvailabilityOracle {
    /** The most failure-capable events a model may have for the enumeration (2^22 states). */
    public static final int MAX_EVENTS = 22;

    /**
     * Per service id: P(down); and per failure-capable event, {@code [P(down | event down), P(down | event
     * up)]}.
     */
    public record Exact(Map<String, Double> unavailability, Map<String, Map<String, double[]>> conditional) {
    }

    private final Model model;
    private final BruteForceOracle states;
    private final Map<String, Double> q = new LinkedHashMap<>();

    public AvailabilityOracle(Model model) {
        this.model = model;
        this.states = new BruteForceOracle(model);
        model.nodes().forEach(n -> figure(n.id(), n.reliability(), "node"));
        model.links().forEach(l -> figure(l.id(), l.reliability(), "link"));
        model.sites().forEach(s -> figure(s.id(), s.reliability(), "site"));
        model.powerFeeds().forEach(f -> figure(f.id(), f.reliability(), "power_feed"));
        model.services().forEach(s -> figure(s.id(), s.reliability(), "service"));
        // MODEL.md 1.1: common-mode events with figures, declared or (for groups and software) only used
        Map<String, Reliability> groups = new LinkedHashMap<>();
        model.groups().forEach(g -> groups.put(g.id(), g.reliability()));
        model.nodes().forEach(n -> n.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        model.links().forEach(l -> l.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        model.powerFeeds().forEach(f -> f.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        groups.forEach((id, r) -> figure(id, r, "group"));
        Map<String, Reliability> software = new LinkedHashMap<>();
        model.softwareVersions().forEach(v -> software.put("software:" + v.id(), v.reliability()));
        model.nodes().stream().filter(n -> n.software() != null)
                .forEach(n -> software.putIfAbsent("software:" + n.software(), Reliability.NONE));
        software.forEach((id, r) -> figure(id, r, "software"));
        model.suppliers().forEach(s -> figure("supplier:" + s.id(), s.reliability(), "supplier"));
    }

    private void figure(String id, Reliability own, String kind) {
        Reliability r = own.isPresent() ? own : model.defaults().get(kind);
        if (r != null && r.isPresent()) {
            q.put(id, r.mttrH() / (r.mtbfH() + r.mttrH()));
        }
    }

    /**
     * The failure-capable events (nodes, links, sites, feeds, services, groups, software versions, suppliers)
     * and their unavailability.
     */
    public Map<String, Double> failureCapableEvents() {
        return Collections.unmodifiableMap(q);
    }

    /** Enumerates every state of the failure-capable events. */
    public Exact enumerate() {
        List<String> events = new ArrayList<>(q.keySet());
        int n = events.size();
        if (n > MAX_EVENTS) {
            throw new IllegalArgumentException("too many failure-capable events for brute force: " + n
                    + " (at most " + MAX_EVENTS + ")");
        }
        // compensated sums: 2^n tiny terms, and importance measures subtract nearly equal totals
        Map<String, Sum> down = new LinkedHashMap<>();
        Map<String, Map<String, Sum[]>> cond = new LinkedHashMap<>();
        for (Service s : model.services()) {
            down.put(s.id(), new Sum());
            Map<String, Sum[]> m = new LinkedHashMap<>();
            events.forEach(e -> m.put(e, new Sum[] {new Sum(), new Sum()}));
            cond.put(s.id(), m);
        }
        double[] qs = events.stream().mapToDouble(q::get).toArray();
        for (long mask = 0; mask < (1L << n); mask++) {
            Set<String> failed = new HashSet<>();
            double p = 1;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    failed.add(events.get(i));
                    p *= qs[i];
                } else {
                    p *= 1 - qs[i];
                }
            }
            for (Map.Entry<String, Boolean> e : states.evaluate(failed).entrySet()) {
                if (!e.getValue()) {
                    down.get(e.getKey()).add(p);
                    for (int i = 0; i < n; i++) {
                        boolean isDown = (mask >> i & 1) == 1;
                        // P(state) / P(event in that state) summed over states gives the conditional
                        cond.get(e.getKey()).get(events.get(i))[isDown ? 0 : 1].add(p / (isDown ? qs[i] : 1 - qs[i]));
                    }
                }
            }
        }
        Map<String, Double> unavailability = new LinkedHashMap<>();
        down.forEach((id, sum) -> unavailability.put(id, sum.value()));
        Map<String, Map<String, double[]>> conditional = new LinkedHashMap<>();
        cond.forEach((id, m) -> {
            Map<String, double[]> values = new LinkedHashMap<>();
            m.forEach((event, sums) -> values.put(event, new double[] {sums[0].value(), sums[1].value()}));
            conditional.put(id, values);
        });
        return new Exact(unavailability, conditional);
    }

    /**
     * Each service's exact unavailability by Shannon expansion over the failure-capable events, for models
     * with too many events for {@link #enumerate()}: a branch fixes events one at a time (down with
     * probability q, up with 1 - q) and stops as soon as the fixed ones decide the service: down even with
     * every open event up (the whole branch counts), or up even with every open event down (it counts
     * nothing). MODEL.md services are monotone in failures (a failure never brings anything up), so those
     * two evaluations decide every completion of the branch. Exact up to rounding (compensated sums).
     *
     * <p>Cost: two state evaluations per branch; at most 2^(n+1) branches, in practice about the number of
     * the service's minimal path and cut sets combined. Throws once {@code maxEvaluations} state evaluations
     * are spent, so that a model too big for it fails fast instead of running for hours.
     */
    public Map<String, Double> unavailabilityByExpansion(long maxEvaluations) {
        List<String> events = new ArrayList<>(q.keySet());
        double[] qs = events.stream().mapToDouble(q::get).toArray();
        Map<String, Double> out = new LinkedHashMap<>();
        long[] budget = {maxEvaluations};
        for (Service s : model.services()) {
            Sum down = new Sum();
            expand(s.id(), events, qs, 0, new HashSet<>(), 1.0, down, budget);
            out.put(s.id(), down.value());
        }
        return out;
    }

    /** Adds to {@code down} P(service down and the branch's fixed events), events from index {@code next} open. */
    private void expand(String service, List<String> events, double[] qs, int next, Set<String> failed, double p,
                        Sum down, long[] budget) {
        if (!upAfter(service, failed, budget)) {
            down.add(p); // down with every open event up: down in every completion
            return;
        }
        Set<String> worst = new HashSet<>(failed);
        worst.addAll(events.subList(next, events.size()));
        if (upAfter(service, worst, budget)) {
            return; // up with every open event down: up in every completion
        }
        String event = events.get(next); // both checks differ, so some event is still open
        failed.add(event);
        expand(service, events, qs, next + 1, failed, p * qs[next], down, budget);
        failed.remove(event);
        expand(service, events, qs, next + 1, failed, p * (1 - qs[next]), down, budget);
    }

    private boolean upAfter(String service, Set<String> failed, long[] budget) {
        if (--budget[0] < 0) {
            throw new IllegalStateException("Shannon expansion of model " + model.name()
                    + " needs more state evaluations than allowed");
        }
        return states.evaluate(failed).get(service);
    }

    /** Neumaier's compensated summation: the error stays about one rounding, whatever the number of terms. */
    private static final class Sum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }
}
