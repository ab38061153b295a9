package org.neverout.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Seeded random models for the minimum dependence tests, and a literal reading of MODEL.md's failure
 * semantics as their oracle. Self-contained on purpose (a copy of the ideas of this module's older test
 * helpers, which are being moved to a shared testkit): random graphs (a spanning tree plus extra and
 * parallel links) with sites, one or two power feeds, groups and software versions that never fail here,
 * a supplier tree (telco > sub, dc-co, idle), and services with up to {@code maxEntries} entries of one to
 * three alternatives, some without endpoints, some depending on earlier services (one entry in three
 * with a second alternative).
 */
final class DependenceModels {
    private static final String[] OPERATORS = {"telco", "sub", "dc-co"};

    private DependenceModels() {
    }

    /**
     * @param supplierPercent chance in percent that a node or link is supplier-operated
     * @param dependencyPercent chance in percent that a service depends on an earlier one
     */
    static Model generate(long seed, int nodes, int extraLinks, int services, int maxEntries, int supplierPercent,
                          int dependencyPercent) {
        Random random = new Random(seed);
        // alternatives in depends_on draw from their own stream: every other draw stays as it was
        Random alternativesRandom = new Random(~seed * 0x9E3779B97F4A7C15L);
        List<PowerFeed> feeds = new ArrayList<>(List.of(feed("grid", List.of("region"))));
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < Math.max(1, nodes / 5); s++) {
            List<String> power = new ArrayList<>(List.of("grid"));
            if (random.nextBoolean()) {
                feeds.add(feed("gen" + s, List.of()));
                power.add("gen" + s);
            }
            sites.add(new Site("S" + s, "S" + s, null, null, null, null, power, null, Reliability.NONE));
        }
        List<Node> nodeList = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String site = random.nextInt(3) > 0 ? "S" + random.nextInt(sites.size()) : null;
            String software = random.nextBoolean() ? "os-" + random.nextInt(2) : null;
            nodeList.add(new Node("n" + i, "n" + i, site, null, null, software, operator(random, supplierPercent),
                    Model.DEFENCE, random.nextInt(6) == 0 ? List.of("bldg") : List.of(), null, null, null, null, null,
                    Reliability.NONE));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < nodes; i++) {
            links.add(link("l" + links.size(), random.nextInt(i), i, random, supplierPercent));
        }
        for (int e = 0; e < extraLinks; e++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            if (a != b) {
                links.add(link("l" + links.size(), a, b, random, supplierPercent));
            }
        }
        List<Supplier> suppliers = List.of(supplier("telco", null), supplier("sub", "telco"),
                supplier("dc-co", null), supplier("idle", null));
        List<Service> list = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            List<List<String>> endpoints = new ArrayList<>();
            int entries = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(maxEntries);
            for (int i = 0; i < entries; i++) {
                List<String> entry = new ArrayList<>();
                int alternatives = 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
                for (int a = 0; a < alternatives; a++) {
                    entry.add("n" + random.nextInt(nodes));
                }
                endpoints.add(entry);
            }
            List<String> deps = new ArrayList<>();
            if (s > 0 && random.nextInt(100) < dependencyPercent) {
                deps.add("svc" + random.nextInt(s));
                if (s > 1 && random.nextInt(3) == 0) {
                    String second = "svc" + random.nextInt(s);
                    if (!deps.contains(second)) {
                        deps.add(second);
                    }
                }
            }
            List<List<String>> dependsOn = new ArrayList<>();
            for (String d : deps) {
                dependsOn.add(alternativesRandom.nextInt(3) == 0 ? List.of(d, "svc" + alternativesRandom.nextInt(s))
                        : List.of(d));
            }
            list.add(service("svc" + s, endpoints, dependsOn));
        }
        return new Model("dependence-" + seed, sites, feeds, nodeList, links, List.of(), suppliers, list, List.of(),
                Map.of(), List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    /** A hand-made model: the given nodes, links and services, suppliers telco > sub and dc-co. */
    static Model model(String name, List<Node> nodes, List<Link> links, List<Service> services) {
        return new Model(name, List.of(), List.of(), nodes, links, List.of(),
                List.of(supplier("telco", null), supplier("sub", "telco"), supplier("dc-co", null)), services,
                List.of(), Map.of(), List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    /** A node operated by {@code operator} (null: defence). */
    static Node node(String id, String operator) {
        return new Node(id, id, null, null, null, null, operator == null ? Model.DEFENCE : operator, Model.DEFENCE,
                List.of(), null, null, null, null, null, Reliability.NONE);
    }

    /** A link operated by {@code operator} (null: defence). */
    static Link link(String id, String a, String b, String operator) {
        return new Link(id, id, a, b, operator == null ? Model.DEFENCE : operator, Model.DEFENCE, List.of(), null,
                null, null, null, null, null, Reliability.NONE);
    }

    static Service service(String id, List<List<String>> endpoints, List<List<String>> dependsOn) {
        return new Service(id, id, ServiceKind.VITAL, endpoints, dependsOn, 0, 10L, "A", null, null, null,
                Reliability.NONE);
    }

    private static Link link(String id, int a, int b, Random random, int supplierPercent) {
        return new Link(id, id, "n" + a, "n" + b, operator(random, supplierPercent), Model.DEFENCE,
                random.nextInt(8) == 0 ? List.of("duct") : List.of(), null, null, null, null, null, null,
                Reliability.NONE);
    }

    private static PowerFeed feed(String id, List<String> groups) {
        return new PowerFeed(id, id, groups, Reliability.NONE);
    }

    private static Supplier supplier(String id, String parent) {
        return new Supplier(id, id, parent, null, List.of(), List.of(), List.of());
    }

    private static String operator(Random random, int percent) {
        return random.nextInt(100) < percent ? OPERATORS[random.nextInt(OPERATORS.length)] : Model.DEFENCE;
    }

    /** Supplier-operated node and link ids, nodes first, file order (the tie-breaking order). */
    static List<String> supplierOperated(Model model) {
        List<String> out = new ArrayList<>();
        model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.operator())).forEach(n -> out.add(n.id()));
        model.links().stream().filter(l -> !Model.DEFENCE.equals(l.operator())).forEach(l -> out.add(l.id()));
        return out;
    }

    /**
     * The oracle: MODEL.md read literally with sets of ids, sharing no code with the analysis. Failures
     * are every supplier event; {@code spared} elements keep working in spite of them.
     */
    static final class Oracle {
        private final Model model;
        private final Map<String, Site> sites = new HashMap<>();
        private final Map<String, PowerFeed> feeds = new HashMap<>();
        private final Map<String, Supplier> suppliers = new HashMap<>();
        private final Map<String, Service> services = new HashMap<>();
        private final Set<String> failed = new HashSet<>();

        Oracle(Model model) {
            this.model = model;
            model.sites().forEach(s -> sites.put(s.id(), s));
            model.powerFeeds().forEach(f -> feeds.put(f.id(), f));
            model.suppliers().forEach(s -> suppliers.put(s.id(), s));
            model.services().forEach(s -> services.put(s.id(), s));
            model.suppliers().forEach(s -> failed.add("supplier:" + s.id()));
        }

        /** Up state of each service (by id) after every supplier event, the spared elements excepted. */
        Map<String, Boolean> evaluate(Set<String> spared) {
            Set<String> live = new HashSet<>();
            for (Node n : model.nodes()) {
                if (!nodeDown(n, spared)) {
                    live.add(n.id());
                }
            }
            Map<String, List<String>> adjacency = new HashMap<>();
            for (Link l : model.links()) {
                boolean down = failed.contains(l.id()) || !live.contains(l.a()) || !live.contains(l.b())
                        || l.groups().stream().anyMatch(failed::contains)
                        || !spared.contains(l.id()) && operatorFailed(l.operator());
                if (!down) {
                    adjacency.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
                    adjacency.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
                }
            }
            Map<String, Boolean> up = new HashMap<>();
            for (Service s : model.services()) {
                serviceUp(s, live, adjacency, up);
            }
            return up;
        }

        private boolean serviceUp(Service s, Set<String> live, Map<String, List<String>> adjacency,
                                  Map<String, Boolean> memo) {
            Boolean known = memo.get(s.id());
            if (known != null) {
                return known;
            }
            boolean up = !failed.contains(s.id());
            for (List<String> entry : s.dependsOn()) { // MODEL.md 1.1: one alternative up meets the entry
                boolean any = false;
                for (String d : entry) {
                    any |= serviceUp(services.get(d), live, adjacency, memo);
                }
                up &= any;
            }
            up &= connected(s.endpoints(), live, adjacency);
            memo.put(s.id(), up);
            return up;
        }

        private static boolean connected(List<List<String>> entries, Set<String> live,
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

        private boolean nodeDown(Node n, Set<String> spared) {
            if (failed.contains(n.id()) || n.site() != null && failed.contains(n.site())
                    || n.groups().stream().anyMatch(failed::contains)
                    || n.software() != null && failed.contains("software:" + n.software())
                    || !spared.contains(n.id()) && operatorFailed(n.operator())) {
                return true;
            }
            List<String> power = n.power() != null ? n.power()
                    : n.site() != null ? sites.get(n.site()).power() : List.of();
            return !power.isEmpty() && power.stream().allMatch(f -> failed.contains(f)
                    || feeds.get(f).groups().stream().anyMatch(failed::contains));
        }

        private boolean operatorFailed(String operator) {
            for (String current = operator; current != null && !Model.DEFENCE.equals(current);
                 current = suppliers.get(current).parent()) {
                if (failed.contains("supplier:" + current)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Per service, the minimum restoring sets found by trying every subset of the supplier-operated
     * elements: the size, and the first minimum set in model order (as sorted ids' positions).
     */
    static Map<String, List<Integer>> bruteForceMinima(Model model) {
        List<String> operated = supplierOperated(model);
        Oracle oracle = new Oracle(model);
        int n = operated.size();
        Map<String, List<Integer>> best = new HashMap<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            Set<String> spared = new HashSet<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    spared.add(operated.get(i));
                    positions.add(i);
                }
            }
            Map<String, Boolean> up = oracle.evaluate(spared);
            for (Service s : model.services()) {
                if (up.get(s.id())) {
                    best.merge(s.id(), positions, (a, b) -> firstInModelOrder(a, b) ? a : b);
                }
            }
        }
        return best;
    }

    /** Whether a comes before b: smaller, or as large and lexicographically first. */
    private static boolean firstInModelOrder(List<Integer> a, List<Integer> b) {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i) < b.get(i);
            }
        }
        return true;
    }
}
