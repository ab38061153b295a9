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
     * Each service's unavailability as an interval, for models with too many events for {@link #enumerate()}:
     * a factoring over minimal paths. MODEL.md services are monotone in failures (a failure never brings
     * anything up), so a branch (some events fixed down, some up, the rest open) is decided by two state
     * evaluations: down even with every open event up (the whole branch counts), or up even with every open
     * event down (it counts nothing). Otherwise a minimal path P = p1..pk among the open events (the service
     * is up with P up and every other open event down) splits the branch into the disjoint cases "p1..p(i-1)
     * up, pi down" for each i, and "all of P up", which is up. A branch still undecided when its probability
     * is below {@code epsilon} is left open: its probability is the interval's width. With
     * {@code epsilon = 0} the interval is a point, the exact value (up to rounding: compensated sums).
     *
     * <p>Cost: 2 + (open events) state evaluations per branch; the branches are about the products of path
     * lengths over the failures needed to decide, far fewer than 2^n on networks. Throws once
     * {@code maxEvaluations} state evaluations are spent, so that a model too big for it fails fast.
     *
     * @return per service id, {@code [lower, upper]} with lower &lt;= P(down) &lt;= upper
     */
    public Map<String, double[]> unavailabilityByFactoring(double epsilon, long maxEvaluations) {
        List<String> events = new ArrayList<>(q.keySet());
        Map<String, double[]> out = new LinkedHashMap<>();
        long[] budget = {maxEvaluations};
        for (Service s : model.services()) {
            Sum down = new Sum();
            Sum open = new Sum();
            factor(s.id(), new HashSet<>(), events, 1.0, epsilon, down, open, budget);
            out.put(s.id(), new double[] {down.value(), down.value() + open.value()});
        }
        return out;
    }

    /**
     * Adds to {@code down} P(service down and the branch), to {@code open} the probability of a branch left
     * undecided. {@code failed} are the events fixed down, {@code open} the events not fixed; every other
     * event is fixed up (or never fails).
     */
    private void factor(String service, Set<String> failed, List<String> open, double p, double epsilon,
                        Sum down, Sum undecided, long[] budget) {
        if (!upAfter(service, failed, budget)) {
            down.add(p); // down with every open event up: down in every completion
            return;
        }
        Set<String> worst = new HashSet<>(failed);
        worst.addAll(open);
        if (upAfter(service, worst, budget)) {
            return; // up with every open event down: up in every completion
        }
        if (p < epsilon) {
            undecided.add(p);
            return;
        }
        // a minimal path among the open events: fail each open event unless the service needs it up
        Set<String> trial = new HashSet<>(failed);
        List<String> path = new ArrayList<>();
        for (String e : open) {
            trial.add(e);
            if (!upAfter(service, trial, budget)) {
                trial.remove(e);
                path.add(e);
            }
        }
        List<String> rest = new ArrayList<>(open);
        double prefix = p; // P(branch and p1..p(i-1) up)
        for (String e : path) {
            rest.remove(e);
            Set<String> f = new HashSet<>(failed);
            f.add(e);
            factor(service, f, new ArrayList<>(rest), prefix * q.get(e), epsilon, down, undecided, budget);
            prefix *= 1 - q.get(e);
        }
        // every event of the path up: up whatever the rest does
    }

    private boolean upAfter(String service, Set<String> failed, long[] budget) {
        if (--budget[0] < 0) {
            throw new IllegalStateException("factoring of model " + model.name()
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
