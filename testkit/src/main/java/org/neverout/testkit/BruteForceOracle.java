package org.neverout.testkit;

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
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * The test oracle: MODEL.md's failure semantics read literally, with sets of ids and a breadth-first search,
 * sharing no code with the engine or any analysis. It answers the questions the modules' tests ask: service
 * states after a set F of failed basic events, minimal cut sets by trying every subset of at most K enabled
 * events, MODEL.md 1.1's never-out verdicts, resilience, findings grouped per root cause and
 * {@code owned}, and the supplier questions of the control analysis (what each supplier's loss takes down, which
 * services survive the loss of every supplier, and states with some supplier-operated elements spared).
 *
 * <p>Cost: {@link #evaluate} is O(nodes + links + services x endpoints) per call; {@link #minimalCutSets}
 * evaluates every subset of at most K of the E enabled events, O(E^K) evaluations. Meant for small models.
 */
public final class BruteForceOracle {
    /** MODEL.md's order of cut sets: by size, then element-wise by id ({@link String#compareTo}). */
    public static final Comparator<List<String>> MODEL_ORDER = (a, b) -> {
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

    private final Model model;
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, PowerFeed> feeds = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    /** Basic event id to its kind token (MODEL.md's table), in a fixed order. */
    private final Map<String, String> events = new LinkedHashMap<>();

    public BruteForceOracle(Model model) {
        this.model = model;
        model.sites().forEach(s -> sites.put(s.id(), s));
        model.powerFeeds().forEach(f -> feeds.put(f.id(), f));
        model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        model.services().forEach(s -> services.put(s.id(), s));
        model.nodes().forEach(n -> events.putIfAbsent(n.id(), "node"));
        model.links().forEach(l -> events.putIfAbsent(l.id(), "link"));
        model.sites().forEach(s -> events.putIfAbsent(s.id(), "site"));
        model.powerFeeds().forEach(f -> events.putIfAbsent(f.id(), "power"));
        model.groups().stream().map(Group::id).forEach(g -> events.putIfAbsent(g, "group"));
        model.nodes().forEach(n -> n.groups().forEach(g -> events.putIfAbsent(g, "group")));
        model.links().forEach(l -> l.groups().forEach(g -> events.putIfAbsent(g, "group")));
        model.powerFeeds().forEach(f -> f.groups().forEach(g -> events.putIfAbsent(g, "group")));
        model.nodes().stream().filter(n -> n.software() != null)
                .forEach(n -> events.putIfAbsent("software:" + n.software(), "software"));
        // MODEL.md 1.1: a declared version is an event even when no node runs it
        model.softwareVersions().forEach(v -> events.putIfAbsent("software:" + v.id(), "software"));
        model.suppliers().forEach(s -> events.putIfAbsent("supplier:" + s.id(), "supplier"));
        model.services().forEach(s -> events.putIfAbsent(s.id(), "service"));
    }

    /**
     * Every basic event id of the model, in a fixed order: nodes, links, sites, power feeds, groups (declared,
     * then used by nodes, links and feeds), software versions, suppliers, services.
     */
    public List<String> eventIds() {
        return List.copyOf(events.keySet());
    }

    /** The kind token of a basic event ({@code node}, {@code link}, ..., {@code service}), or null. */
    public String kindOf(String eventId) {
        return events.get(eventId);
    }

    /** Up state of each service (by id, model order) after the failures F. */
    public Map<String, Boolean> evaluate(Set<String> failed) {
        return evaluate(failed, Set.of());
    }

    /**
     * Up state of each service after the failures F, where the {@code spared} nodes and links ignore supplier
     * events (they keep working while their operator is lost: the "cannot do without" question); every
     * other cause still takes them down.
     */
    public Map<String, Boolean> evaluate(Set<String> failed, Set<String> spared) {
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
        Map<String, Integer> component = components(live, adjacency);
        Map<String, Boolean> up = new LinkedHashMap<>();
        for (Service s : model.services()) {
            serviceUp(s, failed, component, up);
        }
        return up;
    }

    /**
     * The nodes that are down after the failures F (MODEL.md "State of the network": the node, its site, a
     * group, its software, its operator or a supplier above it, or every feed it draws on), in model order.
     */
    public List<String> nodesDown(Set<String> failed) {
        return model.nodes().stream().filter(n -> nodeDown(n, failed, Set.of())).map(Node::id).toList();
    }

    /**
     * The links the failures F cover in their own right (the link, one of its groups, its operator or a
     * supplier above it), whatever their ends, in model order.
     */
    public List<String> linksCovered(Set<String> failed) {
        return model.links().stream().filter(l -> failed.contains(l.id()) || l.groups().stream()
                .anyMatch(failed::contains) || operatorFailed(l.operator(), failed)).map(Link::id).toList();
    }

    /** Component number of every live node, by breadth-first search over the live links. */
    private static Map<String, Integer> components(Set<String> live, Map<String, List<String>> adjacency) {
        Map<String, Integer> component = new HashMap<>();
        int next = 0;
        for (String start : live) {
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
        return component;
    }

    private boolean serviceUp(Service s, Set<String> failed, Map<String, Integer> component,
                              Map<String, Boolean> memo) {
        Boolean known = memo.get(s.id());
        if (known != null) {
            return known;
        }
        boolean up = !failed.contains(s.id());
        for (List<String> entry : s.dependsOn()) {
            // MODEL.md 1.1: an entry is met when at least one of its alternatives is up
            boolean anyUp = false;
            for (String d : entry) {
                anyUp |= serviceUp(services.get(d), failed, component, memo);
            }
            up &= anyUp;
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

    private boolean nodeDown(Node n, Set<String> failed, Set<String> spared) {
        if (failed.contains(n.id()) || n.site() != null && failed.contains(n.site())
                || n.groups().stream().anyMatch(failed::contains)
                || n.software() != null && failed.contains("software:" + n.software())
                || !spared.contains(n.id()) && operatorFailed(n.operator(), failed)) {
            return true;
        }
        // its own feeds when listed (even none), else its site's; no feeds at all: always powered
        List<String> power = n.power() != null ? n.power() : n.site() != null ? sites.get(n.site()).power() : List.of();
        return !power.isEmpty() && power.stream().allMatch(f -> feedDown(feeds.get(f), failed));
    }

    private static boolean feedDown(PowerFeed f, Set<String> failed) {
        return failed.contains(f.id()) || f.groups().stream().anyMatch(failed::contains);
    }

    /** The operator or one of the suppliers above it has failed. */
    private boolean operatorFailed(String operator, Set<String> failed) {
        for (String s = operator; s != null && !Model.DEFENCE.equals(s); s = suppliers.get(s).parent()) {
            if (failed.contains("supplier:" + s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Minimal cut sets of size at most {@code order} over the enabled kinds (tokens as in {@link #kindOf}),
     * per service id in model order, each sorted by id and the list in {@link #MODEL_ORDER}. A service down
     * with no failure has the single cut set {@code []}.
     */
    public Map<String, List<List<String>>> minimalCutSets(int order, Set<String> kindTokens) {
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
                for (Map.Entry<String, Boolean> e : evaluate(failed).entrySet()) {
                    List<Set<String>> list = found.get(e.getKey());
                    // subsets come by increasing size, so a cut set without a smaller one inside is minimal
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

    /** Every {@code supplier:<id>} event of the model. */
    public Set<String> allSupplierEvents() {
        Set<String> out = new LinkedHashSet<>();
        model.suppliers().forEach(s -> out.add("supplier:" + s.id()));
        return out;
    }

    /** Supplier-operated node and link ids, nodes first, file order. */
    public List<String> supplierOperated() {
        List<String> out = new ArrayList<>();
        model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.operator())).forEach(n -> out.add(n.id()));
        model.links().stream().filter(l -> !Model.DEFENCE.equals(l.operator())).forEach(l -> out.add(l.id()));
        return out;
    }

    /**
     * Whether each service (by id, model order) stays up with every supplier lost at once: the control
     * analysis's "controlled" flag.
     */
    public Map<String, Boolean> controlled() {
        return evaluate(allSupplierEvents());
    }

    /** Services (model order) up with no failure and down after {@code supplier:<supplierId>} alone. */
    public List<String> servicesLost(String supplierId) {
        Map<String, Boolean> baseline = evaluate(Set.of());
        Map<String, Boolean> after = evaluate(Set.of("supplier:" + supplierId));
        List<String> lost = new ArrayList<>();
        baseline.forEach((id, up) -> {
            if (up && !after.get(id)) {
                lost.add(id);
            }
        });
        return lost;
    }

    /**
     * Whether each service (by id, model order) is up in the state where every node and link whose legal
     * {@code owner} is not defence is down: MODEL.md 1.1's {@code owned}.
     */
    public Map<String, Boolean> owned() {
        Set<String> down = new LinkedHashSet<>();
        model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.owner())).forEach(n -> down.add(n.id()));
        model.links().stream().filter(l -> !Model.DEFENCE.equals(l.owner())).forEach(l -> down.add(l.id()));
        return evaluate(down);
    }

    /**
     * A never-out verdict as MODEL.md 1.1 defines it.
     *
     * @param verdict            meets, violated, unverified or none
     * @param resilience         the smallest cut set other than [S] of size at most K, or null
     * @param resilienceAtLeast  K + 1 when there is none and the enumeration was complete, else null
     */
    public record Verdict(String verdict, Integer resilience, Integer resilienceAtLeast) {
    }

    /**
     * The verdict of every service (by id, model order) after a complete analysis to {@code order} over the
     * enabled kinds, read from the oracle's own cut sets.
     */
    public Map<String, Verdict> verdicts(int order, Set<String> kindTokens) {
        Map<String, List<List<String>>> cuts = minimalCutSets(order, kindTokens);
        Map<String, Verdict> out = new LinkedHashMap<>();
        cuts.forEach((id, sets) -> out.put(id, verdict(services.get(id), sets, order, true)));
        return out;
    }

    /**
     * The verdict of {@code service} from the cut sets an analysis to {@code order} listed: all of them when
     * {@code complete}, else some of them (a limit cut it short).
     */
    public static Verdict verdict(Service service, List<List<String>> listed, int order, boolean complete) {
        Integer smallest = null;
        for (List<String> cut : listed) {
            boolean own = cut.size() == 1 && cut.get(0).equals(service.id());
            if (!own && (smallest == null || cut.size() < smallest)) {
                smallest = cut.size();
            }
        }
        int n = service.neverOut();
        String verdict;
        if (n == 0) {
            verdict = "none";
        } else if (smallest != null && smallest <= n) {
            verdict = "violated";
        } else if (order >= n && complete) {
            verdict = "meets";
        } else {
            verdict = "unverified";
        }
        return new Verdict(verdict, smallest, smallest == null && complete ? order + 1 : null);
    }

    /**
     * A never-out finding as MODEL.md 1.1 defines it: a cut set with every service it violates.
     *
     * @param severity  critical, high or medium
     */
    public record Finding(List<String> cutSet, List<String> services, int vital, long users, String severity) {
    }

    /**
     * The never-out findings of a complete analysis to {@code order} over the enabled kinds, one per distinct
     * cut set, in the contract's order. See {@link #findings(Map)}.
     */
    public List<Finding> findings(int order, Set<String> kindTokens) {
        return findings(minimalCutSets(order, kindTokens));
    }

    /**
     * The never-out findings of the given cut sets per service id: C violates S when S has never_out N of
     * at least 1, C is not [S] and |C| is at most N. In MODEL.md 1.1's order: |C| ascending, vital
     * descending, users descending, then C as cut sets are sorted.
     */
    public List<Finding> findings(Map<String, List<List<String>>> cutSets) {
        List<List<String>> keys = new ArrayList<>();
        Map<List<String>, List<Service>> violated = new HashMap<>();
        cutSets.forEach((id, sets) -> {
            Service s = services.get(id);
            for (List<String> cut : sets) {
                boolean own = cut.equals(List.of(id));
                if (s.neverOut() >= 1 && !own && cut.size() <= s.neverOut()) {
                    if (!violated.containsKey(cut)) {
                        keys.add(cut);
                        violated.put(cut, new ArrayList<>());
                    }
                    violated.get(cut).add(s);
                }
            }
        });
        List<Finding> out = new ArrayList<>();
        for (List<String> cut : keys) {
            List<Service> hit = violated.get(cut);
            List<String> ids = new ArrayList<>();
            int vital = 0;
            long users = 0;
            boolean vitalA = false;
            for (Service s : hit) {
                ids.add(s.id());
                if (s.kind() == ServiceKind.VITAL) {
                    vital++;
                    vitalA |= "A".equals(s.category());
                }
                users += s.users() == null ? 0 : s.users();
            }
            Collections.sort(ids);
            String severity = vitalA || cut.size() <= 1 && vital > 0 ? "critical" : vital > 0 ? "high" : "medium";
            out.add(new Finding(List.copyOf(cut), List.copyOf(ids), vital, users, severity));
        }
        out.sort((a, b) -> {
            if (a.cutSet().size() != b.cutSet().size()) {
                return Integer.compare(a.cutSet().size(), b.cutSet().size());
            }
            if (a.vital() != b.vital()) {
                return Integer.compare(b.vital(), a.vital());
            }
            if (a.users() != b.users()) {
                return Long.compare(b.users(), a.users());
            }
            return MODEL_ORDER.compare(a.cutSet(), b.cutSet());
        });
        return out;
    }

    private static List<List<String>> subsets(List<String> items, int size) {
        List<List<String>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<String> items, int size, int from, List<String> current,
                                List<List<String>> out) {
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
