package org.neverout.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;

/**
 * A plain reference for MODEL.md 1.1 "Capacity under failure", written apart from the capacity module:
 * scenarios listed by brute force, the live network from {@link BruteForceOracle}'s reading of the state,
 * per demand and per candidate pair a textbook O(V^2) Dijkstra from the destination, and the ECMP split
 * walked per demand (not per destination) from its source, node by node in decreasing distance. Loads
 * per link direction, utilisation, the first scenario reaching the worst (within {@link #TIE}),
 * unroutable and congested demands per scenario, and capacity verdicts. Slow on purpose; for small models.
 */
public final class CapacityOracle {
    /** Utilisations closer than this are equal (floating-point sums). */
    public static final double TIE = 1e-9;
    private static final List<String> KIND_ORDER = List.of("node", "link", "site", "power", "group", "software",
            "supplier", "service");

    /** A scenario's figures. */
    public record ScenarioFigures(List<String> scenario, int failures, Map<String, double[]> loads,
                                  List<String> unroutable, List<String> congested) {
    }

    /** A link's figures over every scenario. */
    public record LinkFigures(String id, Double base, Double worst, List<String> worstScenario) {
    }

    private final Model model;
    private final BruteForceOracle state;
    private final Map<String, Link> links = new LinkedHashMap<>();

    public CapacityOracle(Model model) {
        this.model = model;
        this.state = new BruteForceOracle(model);
        model.links().forEach(l -> links.put(l.id(), l));
    }

    /** The scenarios in contract order (each as its events in enumeration order). */
    public List<List<String>> scenarios(Set<String> kinds, int maxFailures) {
        List<String> events = new ArrayList<>();
        for (String kind : KIND_ORDER) {
            if (kinds.contains(kind)) {
                state.eventIds().stream().filter(e -> kind.equals(state.kindOf(e))).sorted().forEach(events::add);
            }
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        events.forEach(e -> out.add(List.of(e)));
        if (maxFailures >= 2) {
            for (int i = 0; i < events.size(); i++) {
                for (int j = i + 1; j < events.size(); j++) {
                    out.add(List.of(events.get(i), events.get(j)));
                }
            }
        }
        return out;
    }

    /** Every scenario's figures. */
    public List<ScenarioFigures> evaluate(Set<String> kinds, int maxFailures) {
        List<ScenarioFigures> out = new ArrayList<>();
        for (List<String> s : scenarios(kinds, maxFailures)) {
            out.add(evaluate(s));
        }
        return out;
    }

    /** One scenario: route every demand over the live network after its events. */
    public ScenarioFigures evaluate(List<String> events) {
        Set<String> failed = new HashSet<>(events);
        Set<String> down = new HashSet<>(state.nodesDown(failed));
        Set<String> covered = new HashSet<>(state.linksCovered(failed));
        List<Link> live = new ArrayList<>();
        for (Link l : model.links()) {
            if (!covered.contains(l.id()) && !down.contains(l.a()) && !down.contains(l.b())) {
                live.add(l);
            }
        }
        Map<String, double[]> loads = new LinkedHashMap<>();
        model.links().forEach(l -> loads.put(l.id(), new double[2]));
        List<String> unroutable = new ArrayList<>();
        Map<String, List<String>> pathLinks = new HashMap<>();
        for (Service s : model.services()) {
            if (s.demand() == null || !(s.demand() > 0) || s.endpoints().size() != 2) {
                continue;
            }
            String bestS = null;
            String bestT = null;
            Map<String, Long> bestDist = null;
            long best = Long.MAX_VALUE;
            for (String src : s.endpoints().get(0)) {
                for (String dst : s.endpoints().get(1)) {
                    if (down.contains(src) || down.contains(dst)) {
                        continue;
                    }
                    Map<String, Long> dist = dijkstra(dst, live, down);
                    Long d = dist.get(src);
                    if (d != null && d < best) {
                        best = d;
                        bestS = src;
                        bestT = dst;
                        bestDist = dist;
                    }
                }
            }
            if (bestS == null) {
                unroutable.add(s.id());
                continue;
            }
            pathLinks.put(s.id(), route(bestS, bestT, s.demand(), bestDist, live, loads));
        }
        List<String> congested = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : pathLinks.entrySet()) {
            for (String l : e.getValue()) {
                Double u = utilisation(links.get(l), loads.get(l));
                if (u != null && u > 1 + TIE) {
                    congested.add(e.getKey());
                    break;
                }
            }
        }
        unroutable.sort(Comparator.naturalOrder());
        congested.sort(Comparator.naturalOrder());
        List<String> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.naturalOrder());
        return new ScenarioFigures(List.copyOf(sorted), events.size(), loads, unroutable, congested);
    }

    /** Larger direction / capacity, or null without a positive capacity. */
    public static Double utilisation(Link l, double[] load) {
        if (l.capacityGbps() == null || l.capacityGbps() == 0) {
            return null;
        }
        return Math.max(load[0], load[1]) / l.capacityGbps();
    }

    /** Per link: base utilisation, worst and the first scenario within {@link #TIE} of it. */
    public List<LinkFigures> links(List<ScenarioFigures> figures) {
        List<LinkFigures> out = new ArrayList<>();
        for (Link l : model.links()) {
            Double base = utilisation(l, figures.get(0).loads().get(l.id()));
            if (base == null) {
                out.add(new LinkFigures(l.id(), null, null, null));
                continue;
            }
            double worst = Double.NEGATIVE_INFINITY;
            for (ScenarioFigures f : figures) {
                worst = Math.max(worst, utilisation(l, f.loads().get(l.id())));
            }
            List<String> first = null;
            for (ScenarioFigures f : figures) {
                if (utilisation(l, f.loads().get(l.id())) >= worst - TIE) {
                    first = f.scenario();
                    break;
                }
            }
            out.add(new LinkFigures(l.id(), base, worst, first));
        }
        return out;
    }

    private static long cost(Link l) {
        return l.cost() == null ? 1 : l.cost().longValue();
    }

    /** Textbook Dijkstra (no heap): distance of every node that reaches {@code target} over live links. */
    private Map<String, Long> dijkstra(String target, List<Link> live, Set<String> down) {
        Map<String, Long> dist = new HashMap<>();
        Set<String> done = new HashSet<>();
        dist.put(target, 0L);
        while (true) {
            String next = null;
            for (Map.Entry<String, Long> e : dist.entrySet()) {
                if (!done.contains(e.getKey()) && (next == null || e.getValue() < dist.get(next))) {
                    next = e.getKey();
                }
            }
            if (next == null) {
                return dist;
            }
            done.add(next);
            long d = dist.get(next);
            for (Link l : live) {
                String other = l.a().equals(next) ? l.b() : l.b().equals(next) ? l.a() : null;
                if (other == null || down.contains(other)) {
                    continue;
                }
                long nd = d + cost(l);
                if (nd < dist.getOrDefault(other, Long.MAX_VALUE)) {
                    dist.put(other, nd);
                }
            }
        }
    }

    /**
     * Sends {@code volume} from s to t, splitting equally over the next hops (links to a neighbour one
     * link-cost nearer t) at every node; returns the links on any of its shortest paths.
     */
    private List<String> route(String s, String t, double volume, Map<String, Long> dist, List<Link> live,
                               Map<String, double[]> loads) {
        Map<String, Double> flow = new HashMap<>();
        flow.put(s, volume);
        Set<String> used = new HashSet<>();
        List<String> order = new ArrayList<>(dist.keySet());
        order.sort(Comparator.comparing((String n) -> dist.get(n)).reversed());
        for (String v : order) {
            Double f = flow.get(v);
            if (f == null || v.equals(t)) {
                continue;
            }
            List<Link> hops = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (Link l : live) {
                String other = l.a().equals(v) ? l.b() : l.b().equals(v) ? l.a() : null;
                if (other != null && !other.equals(v) && dist.containsKey(other)
                        && dist.get(other) + cost(l) == dist.get(v)) {
                    hops.add(l);
                    to.add(other);
                }
            }
            for (int i = 0; i < hops.size(); i++) {
                Link l = hops.get(i);
                double share = f / hops.size();
                loads.get(l.id())[l.a().equals(v) ? 0 : 1] += share;
                flow.merge(to.get(i), share, Double::sum);
                used.add(l.id());
            }
        }
        return List.copyOf(used);
    }

    /** The model's nodes (for generators of traffic). */
    public List<String> nodeIds() {
        return model.nodes().stream().map(Node::id).toList();
    }
}
