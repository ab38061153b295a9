package org.neverout.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.neverout.model.AdversarySettings;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * MODEL.md 1.1 "Adversary view" read literally: event costs from {@code attack_cost} or the kind's
 * default, the cheapest attack per service from {@link BruteForceOracle}'s subset enumeration, the
 * {@code proven} flag from its definition, and the exact cheapest separating set of any size of two
 * nodes by trying every subset of nodes and links. Shares no code with the adversary module.
 */
public final class AttackOracle {
    private final Model model;
    private final BruteForceOracle oracle;
    private final Map<String, Double> cost = new HashMap<>();

    /** A cheapest attack: its cost, every tied cut set in MODEL.md's order, and {@code proven}. */
    public record Attack(double cost, List<List<String>> tied, boolean proven) {
    }

    public AttackOracle(Model model) {
        this.model = model;
        this.oracle = new BruteForceOracle(model);
        AdversarySettings a = model.adversary();
        for (String id : oracle.eventIds()) {
            Double explicit = a.explicitCosts().get(id);
            String kind = oracle.kindOf(id);
            Double c = explicit;
            if (c == null) {
                switch (kind) {
                    case "node", "link", "site", "group" -> c = a.defaults().get(kind);
                    case "power" -> c = a.defaults().get("power_feed");
                    default -> c = null; // software, supplier, service: not attackable without their own cost
                }
            }
            if (c != null) {
                cost.put(id, c);
            }
        }
    }

    /** The cost of an event, or null when it is not attackable. */
    public Double cost(String eventId) {
        return cost.get(eventId);
    }

    /**
     * The cheapest attack of each service (model order; null when none): over the minimal cut sets of size
     * at most {@code order} of the enabled kinds, without [] and [S], every event attackable.
     */
    public Map<String, Attack> cheapest(int order, Set<String> kindTokens) {
        Map<String, List<List<String>>> cuts = oracle.minimalCutSets(order, kindTokens);
        Map<String, Attack> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> e : cuts.entrySet()) {
            String service = e.getKey();
            double best = Double.POSITIVE_INFINITY;
            List<List<String>> tied = new ArrayList<>();
            for (List<String> cut : e.getValue()) {
                if (cut.isEmpty() || cut.equals(List.of(service))
                        || !cut.stream().allMatch(cost::containsKey)) {
                    continue;
                }
                double c = 0;
                for (String id : cut) {
                    c += cost.get(id);
                }
                if (c < best) {
                    best = c;
                    tied.clear();
                }
                if (c == best) {
                    tied.add(cut);
                }
            }
            if (tied.isEmpty()) {
                out.put(service, null);
                continue;
            }
            Double lowest = null;
            for (String id : oracle.eventIds()) {
                if (!id.equals(service) && kindTokens.contains(oracle.kindOf(id)) && cost.containsKey(id)
                        && (lowest == null || cost.get(id) < lowest)) {
                    lowest = cost.get(id);
                }
            }
            out.put(service, new Attack(best, tied, lowest != null && best <= (order + 1) * lowest));
        }
        return out;
    }

    /**
     * The lowest cost of a set of node and link events (of the enabled kinds among node, link) after which
     * {@code s} and {@code t} are not connected, by every subset; null when none exists. Exponential: small
     * models only.
     */
    public Double cheapestSeparation(String s, String t, Set<String> kindTokens) {
        List<String> ids = new ArrayList<>();
        if (kindTokens.contains("node")) {
            model.nodes().forEach(n -> ids.add(n.id()));
        }
        if (kindTokens.contains("link")) {
            model.links().forEach(l -> ids.add(l.id()));
        }
        if (ids.size() > 22) {
            throw new IllegalArgumentException("too many elements for every subset: " + ids.size());
        }
        Double best = null;
        for (long mask = 0; mask < (1L << ids.size()); mask++) {
            Set<String> failed = new LinkedHashSet<>();
            double c = 0;
            for (int i = 0; i < ids.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    failed.add(ids.get(i));
                    c += cost.get(ids.get(i));
                }
            }
            if ((best == null || c < best) && !connected(s, t, failed)) {
                best = c;
            }
        }
        return best;
    }

    /** Whether s and t are live and joined by live links, by a plain search (nodes and links only). */
    private boolean connected(String s, String t, Set<String> failed) {
        if (failed.contains(s) || failed.contains(t)) {
            return false;
        }
        Set<String> seen = new LinkedHashSet<>(List.of(s));
        List<String> todo = new ArrayList<>(List.of(s));
        while (!todo.isEmpty()) {
            String n = todo.remove(todo.size() - 1);
            for (Link l : model.links()) {
                if (failed.contains(l.id())) {
                    continue;
                }
                String other = l.a().equals(n) ? l.b() : l.b().equals(n) ? l.a() : null;
                if (other != null && !failed.contains(other) && seen.add(other)) {
                    todo.add(other);
                }
            }
        }
        return seen.contains(t);
    }

    /**
     * The model with random attack costs: each default kind overridden one time in two, and an explicit
     * {@code attack_cost} (1 to 9, now and then a half) on about one element in four of every kind,
     * software versions, suppliers and services included (then attackable). Seeded.
     */
    public static Model withRandomCosts(Model model, long seed) {
        Random r = new Random(seed);
        Map<String, Double> defaults = new LinkedHashMap<>();
        for (String kind : AdversarySettings.KINDS) {
            if (r.nextBoolean()) {
                defaults.put(kind, cost(r));
            }
        }
        Map<String, Double> explicit = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        model.nodes().stream().map(Node::id).forEach(ids::add);
        model.links().stream().map(Link::id).forEach(ids::add);
        model.sites().stream().map(Site::id).forEach(ids::add);
        model.powerFeeds().stream().map(PowerFeed::id).forEach(ids::add);
        model.groups().stream().map(Group::id).forEach(ids::add);
        model.softwareVersions().stream().map(SoftwareVersion::eventId).forEach(ids::add);
        model.nodes().stream().filter(n -> n.software() != null).forEach(n -> ids.add("software:" + n.software()));
        model.suppliers().stream().map(Supplier::id).forEach(s -> ids.add("supplier:" + s));
        model.services().stream().map(Service::id).forEach(ids::add);
        for (String id : new LinkedHashSet<>(ids)) {
            if (r.nextInt(4) == 0) {
                explicit.put(id, cost(r));
            }
        }
        return model.withAdversary(AdversarySettings.withDefaults(defaults).withExplicitCosts(explicit));
    }

    private static double cost(Random r) {
        return 1 + r.nextInt(9) + (r.nextInt(5) == 0 ? 0.5 : 0);
    }
}
