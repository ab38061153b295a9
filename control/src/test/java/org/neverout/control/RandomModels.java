package org.neverout.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neverout.model.Authorisation;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Seeded random models over a real topology with a supplier tree (telco > sub > subsub, a second top
 * supplier, one that operates nothing), supplier-operated and supplier-owned nodes and links, sites with
 * one or two feeds, region groups, software versions, services with alternatives and depends_on chains.
 */
final class RandomModels {
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final String[] OPERATORS = {"telco", "sub", "subsub", "dc-co"};

    private final Random random;

    RandomModels(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param supplierShare  tenths of nodes and links operated by a supplier (0..10)
     */
    Model generate(TopologyZoo.Graph graph, int services, int supplierShare) {
        int v = graph.nodes();
        List<Site> sites = new ArrayList<>();
        List<PowerFeed> feeds = new ArrayList<>();
        int siteCount = Math.max(1, v / 4);
        feeds.add(Models.feed("grid0", List.of("region0")));
        for (int s = 0; s < siteCount; s++) {
            List<String> power = new ArrayList<>(List.of("grid0"));
            if (random.nextBoolean()) {
                feeds.add(Models.feed("gen" + s, List.of()));
                power.add("gen" + s);
            }
            sites.add(Models.site("S" + s, power));
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            String site = random.nextInt(10) < 6 ? "S" + random.nextInt(siteCount) : null;
            String software = random.nextInt(3) == 0 ? null : "os-" + random.nextInt(2);
            nodes.add(Models.node("n" + i, site, software, operator(supplierShare), owner(),
                    random.nextInt(8) == 0 ? List.of("bldg0") : List.of(), null));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < graph.edges().size(); i++) {
            int[] e = graph.edges().get(i);
            links.add(Models.link("l" + i, "n" + e[0], "n" + e[1], operator(supplierShare), owner(),
                    random.nextInt(7) == 0 ? List.of("duct" + random.nextInt(2)) : List.of()));
        }
        List<Supplier> suppliers = List.of(
                Models.supplier("telco", null, List.of(new Authorisation("rooms", AS_OF.plusDays(random.nextInt(200) - 50))),
                        List.of("routes")),
                Models.supplier("sub", "telco", List.of(new Authorisation("rooms", AS_OF.minusDays(3))), List.of("rooms")),
                Models.supplier("subsub", "sub"),
                Models.supplier("dc-co", null, List.of(new Authorisation("dc", AS_OF.plusDays(400))), List.of()),
                Models.supplier("idle", null));
        List<Service> list = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            List<List<String>> endpoints = new ArrayList<>();
            int entries = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < entries; i++) {
                List<String> entry = new ArrayList<>();
                int alternatives = 1 + random.nextInt(2);
                for (int a = 0; a < alternatives; a++) {
                    entry.add("n" + random.nextInt(v));
                }
                endpoints.add(entry);
            }
            List<String> deps = s > 0 && random.nextInt(3) == 0 ? List.of(list.get(random.nextInt(s)).id()) : List.of();
            ServiceKind kind = random.nextInt(3) == 0 ? ServiceKind.INFRASTRUCTURE : ServiceKind.VITAL;
            list.add(Models.service("svc" + s, kind, endpoints, deps, (long) random.nextInt(1000),
                    kind == ServiceKind.VITAL ? (random.nextBoolean() ? "A" : "B") : null));
        }
        return Models.model(graph.name() + "-control", sites, feeds, nodes, links, suppliers, list);
    }

    private String operator(int share) {
        return random.nextInt(10) < share ? OPERATORS[random.nextInt(OPERATORS.length)] : null;
    }

    private String owner() {
        return random.nextInt(3) == 0 ? "telco" : null;
    }
}
