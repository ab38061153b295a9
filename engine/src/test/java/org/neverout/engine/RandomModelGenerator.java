package org.neverout.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Seeded random models over a real topology, exercising every event kind: sites with one or two feeds,
 * feeds in region groups, building and duct groups, software versions, suppliers with a chain of
 * subcontractors and one operating nothing, services with alternatives, depends_on chains, service
 * events, the odd node with its own empty power list and the odd service without endpoints.
 */
final class RandomModelGenerator {
    private static final String[] SUPPLIERS = {"telco", "sub", "subsub", "dc-co", "idle"};
    private static final String[] SOFTWARE = {"os-a-1", "os-a-2", "os-b-9"};

    private final Random random;

    RandomModelGenerator(long seed) {
        this.random = new Random(seed);
    }

    Model generate(TopologyZoo.Graph graph) {
        return generate(graph, 3 + random.nextInt(6), 1, 3, true);
    }

    /**
     * @param serviceCount  number of services
     * @param minEntries    fewest endpoint entries of a service (1..3 in the default mix)
     * @param maxAlternatives most alternatives per entry
     * @param rich          all event kinds; false gives plain nodes and links (benchmark style)
     */
    Model generate(TopologyZoo.Graph graph, int serviceCount, int minEntries, int maxAlternatives, boolean rich) {
        int v = graph.nodes();
        List<Site> sites = new ArrayList<>();
        List<PowerFeed> feeds = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<Supplier> suppliers = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        if (rich) {
            int siteCount = Math.max(1, v / 4);
            int regions = 1 + random.nextInt(2);
            for (int r = 0; r < regions; r++) {
                feeds.add(Models.feed("grid" + r, random.nextBoolean() ? List.of("region" + r) : List.of()));
            }
            for (int s = 0; s < siteCount; s++) {
                List<String> power = new ArrayList<>();
                power.add("grid" + random.nextInt(regions));
                if (random.nextInt(3) > 0) {
                    String gen = "gen" + s;
                    feeds.add(Models.feed(gen, List.of()));
                    power.add(gen);
                }
                sites.add(Models.site("S" + s, power));
            }
            feeds.add(Models.feed("ups0", List.of()));
            suppliers.add(Models.supplier("telco", null));
            suppliers.add(Models.supplier("sub", "telco"));
            suppliers.add(Models.supplier("subsub", "sub"));
            suppliers.add(Models.supplier("dc-co", null));
            suppliers.add(Models.supplier("idle", null));
            groups.add(Models.group("unused-group", GroupKind.OTHER));
            groups.add(Models.group("duct0", GroupKind.CONDUIT));
            for (int i = 0; i < v; i++) {
                String site = random.nextInt(10) < 7 ? "S" + random.nextInt(siteCount) : null;
                String software = random.nextInt(5) == 0 ? null : SOFTWARE[random.nextInt(SOFTWARE.length)];
                String operator = random.nextInt(10) < 6 ? null : SUPPLIERS[random.nextInt(4)];
                List<String> nodeGroups = random.nextInt(8) == 0 ? List.of("bldg" + random.nextInt(3)) : List.of();
                List<String> power = null;
                int p = random.nextInt(25);
                if (p == 0) {
                    power = List.of();
                } else if (p == 1) {
                    power = List.of("ups0");
                } else if (p == 2) {
                    power = List.of("ups0", "grid0");
                }
                nodes.add(Models.node("n" + i, site, software, operator, nodeGroups, power));
            }
        } else {
            for (int i = 0; i < v; i++) {
                nodes.add(Models.node("n" + i));
            }
        }
        for (int i = 0; i < graph.edges().size(); i++) {
            int[] e = graph.edges().get(i);
            String operator = rich && random.nextInt(10) < 3 ? SUPPLIERS[random.nextInt(4)] : null;
            List<String> linkGroups = rich && random.nextInt(6) == 0 ? List.of("duct" + random.nextInt(3)) : List.of();
            links.add(Models.link("l" + i, "n" + e[0], "n" + e[1], operator, linkGroups));
        }
        for (int s = 0; s < serviceCount; s++) {
            String id = s == 0 && rich ? "timesync" : "svc" + s;
            List<List<String>> endpoints = new ArrayList<>();
            boolean none = rich && s > 0 && random.nextInt(12) == 0;
            int entries = none ? 0 : minEntries + random.nextInt(Math.max(1, 4 - minEntries));
            for (int i = 0; i < entries; i++) {
                int alternatives = 1 + random.nextInt(maxAlternatives);
                List<String> entry = new ArrayList<>();
                for (int a = 0; a < alternatives; a++) {
                    entry.add("n" + random.nextInt(v));
                }
                endpoints.add(entry);
            }
            List<String> deps = new ArrayList<>();
            if (rich && s > 0 && random.nextInt(3) > 0) {
                deps.add(services.get(random.nextInt(s)).id());
                if (s > 1 && random.nextInt(4) == 0) {
                    String other = services.get(random.nextInt(s)).id();
                    if (!deps.contains(other)) {
                        deps.add(other);
                    }
                }
            }
            ServiceKind kind = ServiceKind.values()[random.nextInt(3)];
            String category = kind == ServiceKind.VITAL && random.nextBoolean() ? (random.nextBoolean() ? "A" : "B") : null;
            services.add(Models.service(id, kind, endpoints, deps, random.nextInt(3), category));
        }
        return Models.model(graph.name() + "-random", sites, feeds, nodes, links, groups, suppliers, services);
    }
}
