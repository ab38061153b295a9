package org.neverout.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The test oracle: MODEL.md read literally, with sets of ids and a breadth-first search, sharing no code
 * with the engine. Evaluates every subset of at most K enabled basic events and keeps the minimal ones
 * that take each service down.
 */
final class BruteForceOracle {
    private final Model model;
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, PowerFeed> feeds = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    /** Basic event id to its kind token, in a fixed order. */
    private final Map<String, String> events = new LinkedHashMap<>();

    BruteForceOracle(Model model) {
        this.model = model;
        model.sites().forEach(s -> sites.put(s.id(), s));
        model.powerFeeds().forEach(f -> feeds.put(f.id(), f));
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        model.services().forEach(s -> services.put(s.id(), s));
        model.nodes().forEach(n -> events.put(n.id(), "node"));
        model.links().forEach(l -> events.put(l.id(), "link"));
        model.sites().forEach(s -> events.put(s.id(), "site"));
        model.powerFeeds().forEach(f -> events.put(f.id(), "power"));
        model.groups().stream().map(Group::id).forEach(g -> events.put(g, "group"));
        model.nodes().forEach(n -> n.groups().forEach(g -> events.put(g, "group")));
        model.links().forEach(l -> l.groups().forEach(g -> events.put(g, "group")));
        model.powerFeeds().forEach(f -> f.groups().forEach(g -> events.put(g, "group")));
        model.nodes().stream().filter(n -> n.software() != null)
                .forEach(n -> events.put("software:" + n.software(), "software"));
        model.suppliers().forEach(s -> events.put("supplier:" + s.id(), "supplier"));
        model.services().forEach(s -> events.put(s.id(), "service"));
    }

    /** Every basic event id of the model. */
    Set<String> eventIds() {
        return Collections.unmodifiableSet(events.keySet());
    }

    /** Up state of each service (by id) after the failures F. */
    Map<String, Boolean> evaluate(Set<String> failed) {
        Set<String> liveNodes = new HashSet<>();
        for (Node n : model.nodes()) {
            if (!nodeDown(n, failed)) {
                liveNodes.add(n.id());
            }
        }
        Map<String, List<String>> adjacency = new HashMap<>();
        for (Link l : model.links()) {
            boolean down = failed.contains(l.id()) || !liveNodes.contains(l.a()) || !liveNodes.contains(l.b())
                    || l.groups().stream().anyMatch(failed::contains) || operatorFailed(l.operator(), failed);
            if (!down) {
                adjacency.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
                adjacency.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
            }
        }
        Map<String, Integer> component = new HashMap<>();
        int next = 0;
        for (String start : liveNodes) {
            if (component.containsKey(start)) {
                continue;
            }
            int c = next++;
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            component.put(start, c);
            while (!queue.isEmpty()) {
                for (String w : adjacency.getOrDefault(queue.poll(), List.of())) {
                    if (component.putIfAbsent(w, c) == null) {
                        queue.add(w);
                    }
                }
            }
        }
        Map<String, Boolean> up = new LinkedHashMap<>();
        for (Service s : model.services()) {
            serviceUp(s, failed, component, up);
        }
        return up;
    }

    private boolean serviceUp(Service s, Set<String> failed, Map<String, Integer> component, Map<String, Boolean> memo) {
        Boolean known = memo.get(s.id());
        if (known != null) {
            return known;
        }
        boolean up = !failed.contains(s.id());
        for (String d : s.dependsOn()) {
            up &= serviceUp(services.get(d), failed, component, memo);
        }
        if (up && !s.endpoints().isEmpty()) {
            // some component must hold a live alternative of every entry
            Set<Integer> candidates = null;
            for (List<String> entry : s.endpoints()) {
                Set<Integer> here = new HashSet<>();
                for (String n : entry) {
                    if (component.containsKey(n)) {
                        here.add(component.get(n));
                    }
                }
                if (candidates == null) {
                    candidates = here;
                } else {
                    candidates.retainAll(here);
                }
            }
            up = !candidates.isEmpty();
        }
        memo.put(s.id(), up);
        return up;
    }

    private boolean nodeDown(Node n, Set<String> failed) {
        if (failed.contains(n.id()) || (n.site() != null && failed.contains(n.site()))
                || n.groups().stream().anyMatch(failed::contains)
                || (n.software() != null && failed.contains("software:" + n.software()))
                || operatorFailed(n.operator(), failed)) {
            return true;
        }
        List<String> power = n.power() != null ? n.power()
                : n.site() != null ? sites.get(n.site()).power() : List.of();
        if (power.isEmpty()) {
            return false;
        }
        for (String f : power) {
            boolean feedDown = failed.contains(f) || feeds.get(f).groups().stream().anyMatch(failed::contains);
            if (!feedDown) {
                return false;
            }
        }
        return true;
    }

    private boolean operatorFailed(String operator, Set<String> failed) {
        for (String s = operator; s != null && !Model.DEFENCE.equals(s); s = suppliers.get(s).parent()) {
            if (failed.contains("supplier:" + s)) {
                return true;
            }
        }
        return false;
    }

    /** Minimal cut sets of size at most {@code order} over the enabled kinds, per service id, sorted as MODEL.md. */
    Map<String, List<List<String>>> minimalCutSets(int order, Set<String> kindTokens) {
        List<String> enabled = new ArrayList<>();
        events.forEach((id, kind) -> {
            if (kindTokens.contains(kind)) {
                enabled.add(id);
            }
        });
        Collections.sort(enabled);
        Map<String, List<Set<String>>> found = new LinkedHashMap<>();
        services.keySet().forEach(s -> found.put(s, new ArrayList<>()));
        for (int size = 0; size <= order; size++) {
            for (List<String> subset : subsets(enabled, size)) {
                Set<String> failed = new LinkedHashSet<>(subset);
                Map<String, Boolean> up = evaluate(failed);
                for (Map.Entry<String, Boolean> e : up.entrySet()) {
                    List<Set<String>> list = found.get(e.getKey());
                    if (!e.getValue() && list.stream().noneMatch(failed::containsAll)) {
                        list.add(failed);
                    }
                }
            }
        }
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        found.forEach((s, sets) -> {
            List<List<String>> sorted = new ArrayList<>();
            for (Set<String> set : sets) {
                List<String> ids = new ArrayList<>(set);
                Collections.sort(ids);
                sorted.add(ids);
            }
            sorted.sort(MODEL_ORDER);
            result.put(s, sorted);
        });
        return result;
    }

    static final Comparator<List<String>> MODEL_ORDER = (a, b) -> {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static List<List<String>> subsets(List<String> items, int size) {
        List<List<String>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<String> items, int size, int from, List<String> current, List<List<String>> out) {
        if (current.size() == size) {
            out.add(new ArrayList<>(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            collect(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
