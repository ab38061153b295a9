package org.neverout.quant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The test oracle, sharing no code with the engine or the quantifier: MODEL.md's state semantics read
 * literally (sets of ids, breadth-first search), the event probabilities from the figures and defaults,
 * and brute-force enumeration of every state of the failure-capable events.
 */
final class StateOracle {
    private final Model model;
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, PowerFeed> feeds = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    /** Failure-capable events with their unavailability. */
    final Map<String, Double> q = new LinkedHashMap<>();

    StateOracle(Model model) {
        this.model = model;
        model.sites().forEach(s -> sites.put(s.id(), s));
        model.powerFeeds().forEach(f -> feeds.put(f.id(), f));
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        model.services().forEach(s -> services.put(s.id(), s));
        model.nodes().forEach(n -> figure(n.id(), n.reliability(), "node"));
        model.links().forEach(l -> figure(l.id(), l.reliability(), "link"));
        model.sites().forEach(s -> figure(s.id(), s.reliability(), "site"));
        model.powerFeeds().forEach(f -> figure(f.id(), f.reliability(), "power_feed"));
        model.services().forEach(s -> figure(s.id(), s.reliability(), "service"));
    }

    private void figure(String id, Reliability own, String kind) {
        Reliability r = own.isPresent() ? own : model.defaults().get(kind);
        if (r != null && r.isPresent()) {
            q.put(id, r.mttrH() / (r.mtbfH() + r.mttrH()));
        }
    }

    /** Up state of each service (by id) after the failures. */
    Map<String, Boolean> evaluate(Set<String> failed) {
        Set<String> live = new HashSet<>();
        for (Node n : model.nodes()) {
            if (!nodeDown(n, failed)) {
                live.add(n.id());
            }
        }
        Map<String, List<String>> adjacency = new HashMap<>();
        for (Link l : model.links()) {
            boolean down = failed.contains(l.id()) || !live.contains(l.a()) || !live.contains(l.b())
                    || l.groups().stream().anyMatch(failed::contains) || operatorDown(l.operator(), failed);
            if (!down) {
                adjacency.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
                adjacency.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
            }
        }
        Map<String, Integer> component = new HashMap<>();
        int next = 0;
        for (String start : live) {
            if (component.putIfAbsent(start, next) != null) {
                continue;
            }
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (String w : adjacency.getOrDefault(queue.poll(), List.of())) {
                    if (component.putIfAbsent(w, next) == null) {
                        queue.add(w);
                    }
                }
            }
            next++;
        }
        Map<String, Boolean> up = new LinkedHashMap<>();
        for (Service s : model.services()) {
            up(s, failed, component, up);
        }
        return up;
    }

    private boolean up(Service s, Set<String> failed, Map<String, Integer> component, Map<String, Boolean> memo) {
        if (memo.containsKey(s.id())) {
            return memo.get(s.id());
        }
        boolean up = !failed.contains(s.id());
        for (String d : s.dependsOn()) {
            up &= up(services.get(d), failed, component, memo);
        }
        if (up && !s.endpoints().isEmpty()) {
            Set<Integer> common = null;
            for (List<String> entry : s.endpoints()) {
                Set<Integer> here = new HashSet<>();
                for (String n : entry) {
                    if (component.containsKey(n)) {
                        here.add(component.get(n));
                    }
                }
                if (common == null) {
                    common = here;
                } else {
                    common.retainAll(here);
                }
            }
            up = !common.isEmpty();
        }
        memo.put(s.id(), up);
        return up;
    }

    private boolean nodeDown(Node n, Set<String> failed) {
        if (failed.contains(n.id()) || (n.site() != null && failed.contains(n.site()))
                || n.groups().stream().anyMatch(failed::contains)
                || (n.software() != null && failed.contains("software:" + n.software()))
                || operatorDown(n.operator(), failed)) {
            return true;
        }
        List<String> power = n.power() != null ? n.power()
                : n.site() != null ? sites.get(n.site()).power() : List.of();
        if (power.isEmpty()) {
            return false;
        }
        for (String f : power) {
            PowerFeed feed = feeds.get(f);
            if (!failed.contains(f) && feed.groups().stream().noneMatch(failed::contains)) {
                return false;
            }
        }
        return true;
    }

    private boolean operatorDown(String operator, Set<String> failed) {
        for (String s = operator; s != null && !Model.DEFENCE.equals(s); s = suppliers.get(s).parent()) {
            if (failed.contains("supplier:" + s)) {
                return true;
            }
        }
        return false;
    }

    /** Per service: P(down), and per event P(down | e down), P(down | e up), by enumerating all states. */
    record Exact(Map<String, Double> unavailability, Map<String, Map<String, double[]>> conditional) {
    }

    Exact enumerate() {
        List<String> events = new ArrayList<>(q.keySet());
        int n = events.size();
        if (n > 22) {
            throw new IllegalArgumentException("too many failure-capable events for brute force: " + n);
        }
        Map<String, Double> down = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> cond = new LinkedHashMap<>();
        for (Service s : model.services()) {
            down.put(s.id(), 0.0);
            Map<String, double[]> m = new LinkedHashMap<>();
            events.forEach(e -> m.put(e, new double[2]));
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
            Map<String, Boolean> up = evaluate(failed);
            for (Map.Entry<String, Boolean> e : up.entrySet()) {
                if (!e.getValue()) {
                    down.merge(e.getKey(), p, Double::sum);
                    for (int i = 0; i < n; i++) {
                        boolean isDown = (mask >> i & 1) == 1;
                        // accumulate P(state) / P(e in that state) to get conditionals
                        cond.get(e.getKey()).get(events.get(i))[isDown ? 0 : 1] += p / (isDown ? qs[i] : 1 - qs[i]);
                    }
                }
            }
        }
        return new Exact(down, cond);
    }
}
