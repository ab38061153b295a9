package org.neverout.control;

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
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The test oracle: MODEL.md's failure semantics read literally with sets of ids and a breadth-first
 * search, sharing no code with the engine. {@code spared} elements ignore supplier events (they keep
 * working while their supplier is lost), which is exactly the "cannot do without" question.
 */
final class BruteForceOracle {
    private final Model model;
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, PowerFeed> feeds = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();

    BruteForceOracle(Model model) {
        this.model = model;
        model.sites().forEach(s -> sites.put(s.id(), s));
        model.powerFeeds().forEach(f -> feeds.put(f.id(), f));
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        model.services().forEach(s -> services.put(s.id(), s));
    }

    Map<String, Boolean> evaluate(Set<String> failed) {
        return evaluate(failed, Set.of());
    }

    /** Up state of each service (by id, model order) after the failures F. */
    Map<String, Boolean> evaluate(Set<String> failed, Set<String> spared) {
        Set<String> live = new HashSet<>();
        for (Node n : model.nodes()) {
            if (!nodeDown(n, failed, spared)) {
                live.add(n.id());
            }
        }
        Map<String, List<String>> adjacency = new HashMap<>();
        for (Link l : model.links()) {
            boolean down = failed.contains(l.id()) || !live.contains(l.a()) || !live.contains(l.b())
                    || l.groups().stream().anyMatch(failed::contains)
                    || !spared.contains(l.id()) && operatorFailed(l.operator(), failed);
            if (!down) {
                adjacency.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
                adjacency.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
            }
        }
        Map<String, Boolean> up = new LinkedHashMap<>();
        for (Service s : model.services()) {
            up.put(s.id(), serviceUp(s, failed, live, adjacency, new HashMap<>()));
        }
        return up;
    }

    private boolean serviceUp(Service s, Set<String> failed, Set<String> live, Map<String, List<String>> adjacency,
                              Map<String, Boolean> memo) {
        Boolean known = memo.get(s.id());
        if (known != null) {
            return known;
        }
        boolean up = !failed.contains(s.id());
        for (String d : s.dependsOn()) {
            up &= serviceUp(services.get(d), failed, live, adjacency, memo);
        }
        up &= endpointsConnected(s.endpoints(), live, adjacency);
        memo.put(s.id(), up);
        return up;
    }

    /** Some component of live nodes holds a live member of every entry. */
    private static boolean endpointsConnected(List<List<String>> entries, Set<String> live,
                                              Map<String, List<String>> adjacency) {
        if (entries.isEmpty()) {
            return true;
        }
        for (String start : entries.get(0)) {
            if (!live.contains(start)) {
                continue;
            }
            Set<String> component = new HashSet<>(List.of(start));
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (String w : adjacency.getOrDefault(queue.poll(), List.of())) {
                    if (component.add(w)) {
                        queue.add(w);
                    }
                }
            }
            if (entries.stream().allMatch(e -> e.stream().anyMatch(component::contains))) {
                return true;
            }
        }
        return false;
    }

    private boolean nodeDown(Node n, Set<String> failed, Set<String> spared) {
        if (failed.contains(n.id()) || n.site() != null && failed.contains(n.site())
                || n.groups().stream().anyMatch(failed::contains)
                || n.software() != null && failed.contains("software:" + n.software())
                || !spared.contains(n.id()) && operatorFailed(n.operator(), failed)) {
            return true;
        }
        List<String> power = n.power() != null ? n.power() : n.site() != null ? sites.get(n.site()).power() : List.of();
        return !power.isEmpty() && power.stream().allMatch(f -> feedDown(feeds.get(f), failed));
    }

    private static boolean feedDown(PowerFeed f, Set<String> failed) {
        return failed.contains(f.id()) || f.groups().stream().anyMatch(failed::contains);
    }

    private boolean operatorFailed(String operator, Set<String> failed) {
        String current = operator;
        while (current != null && !Model.DEFENCE.equals(current)) {
            if (failed.contains("supplier:" + current)) {
                return true;
            }
            current = suppliers.get(current).parent();
        }
        return false;
    }

    /** Every supplier event of the model. */
    Set<String> allSupplierEvents() {
        Set<String> out = new HashSet<>();
        model.suppliers().forEach(s -> out.add("supplier:" + s.id()));
        return out;
    }

    /** Supplier-operated node and link ids, nodes first, file order. */
    List<String> supplierOperated() {
        List<String> out = new ArrayList<>();
        model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.operator())).forEach(n -> out.add(n.id()));
        model.links().stream().filter(l -> !Model.DEFENCE.equals(l.operator())).forEach(l -> out.add(l.id()));
        return out;
    }
}
