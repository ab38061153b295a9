package org.neverout.quant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neverout.model.ComplianceSettings;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
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
 * Seeded random models over a real topology: sites with OR'd feeds, nodes with their own feeds, groups,
 * software versions, suppliers with a subcontractor and an idle one, services with alternatives,
 * repeated nodes, dependencies, intrinsic figures and defaults. At most {@code maxEvents} events can fail,
 * so every state can be enumerated.
 */
final class RandomModels {
    private RandomModels() {
    }

    static Model generate(TopologyZoo.Graph graph, long seed, int maxEvents) {
        Random rng = new Random(seed);
        int budget = maxEvents;
        Map<String, Reliability> defaults = new HashMap<>();
        List<PowerFeed> feeds = new ArrayList<>();
        int feedCount = 1 + rng.nextInt(3);
        boolean feedDefault = rng.nextInt(4) == 0 && feedCount <= budget;
        if (feedDefault) {
            defaults.put("power_feed", figures(rng));
            budget -= feedCount;
        }
        for (int f = 0; f < feedCount; f++) {
            Reliability r = Reliability.NONE;
            if (!feedDefault && budget > 0 && rng.nextInt(2) == 0) {
                r = figures(rng);
                budget--;
            }
            feeds.add(new PowerFeed("feed" + f, null, rng.nextInt(4) == 0 ? List.of("grid") : List.of(), r));
        }
        List<Site> sites = new ArrayList<>();
        int siteCount = 1 + rng.nextInt(Math.max(1, graph.nodes() / 2));
        for (int s = 0; s < siteCount; s++) {
            List<String> power = new ArrayList<>();
            for (PowerFeed f : feeds) {
                if (rng.nextInt(2) == 0) {
                    power.add(f.id());
                }
            }
            Reliability r = Reliability.NONE;
            if (budget > 0 && rng.nextInt(3) == 0) {
                r = figures(rng);
                budget--;
            }
            sites.add(new Site("site" + s, null, null, null, null, null, power, null, r));
        }
        List<Supplier> suppliers = List.of(
                new Supplier("telco", null, null, null, List.of(), List.of(), List.of()),
                new Supplier("sub", null, "telco", null, List.of(), List.of(), List.of()),
                new Supplier("idle", null, null, null, List.of(), List.of(), List.of()));
        String[] operators = {Model.DEFENCE, Model.DEFENCE, "telco", "sub"};
        List<Node> nodes = new ArrayList<>();
        for (int n = 0; n < graph.nodes(); n++) {
            String site = rng.nextInt(4) == 0 ? null : "site" + rng.nextInt(siteCount);
            List<String> power = null;
            if (rng.nextInt(5) == 0) {
                power = new ArrayList<>();
                if (rng.nextBoolean()) {
                    power.add(feeds.get(rng.nextInt(feedCount)).id());
                }
            }
            Reliability r = Reliability.NONE;
            if (budget > 0 && rng.nextInt(2) == 0) {
                r = figures(rng);
                budget--;
            }
            List<String> groups = rng.nextInt(5) == 0 ? List.of("bldg" + rng.nextInt(2)) : List.of();
            String software = rng.nextInt(3) == 0 ? null : "os-" + rng.nextInt(2);
            nodes.add(new Node("n" + n, null, site, "core", null, software, operators[rng.nextInt(4)],
                    Model.DEFENCE, groups, power, null, null, null, null, r));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < graph.edges().size(); i++) {
            int[] e = graph.edges().get(i);
            Reliability r = Reliability.NONE;
            if (budget > 0 && rng.nextInt(2) == 0) {
                r = figures(rng);
                budget--;
            }
            List<String> groups = rng.nextInt(4) == 0 ? List.of("duct" + rng.nextInt(2)) : List.of();
            links.add(new Link("l" + i, null, "n" + e[0], "n" + e[1], operators[rng.nextInt(4)], Model.DEFENCE,
                    groups, null, null, null, null, null, null, r));
        }
        List<Service> services = new ArrayList<>();
        int serviceCount = 1 + rng.nextInt(4);
        boolean serviceDefault = rng.nextInt(4) == 0 && serviceCount <= budget;
        if (serviceDefault) {
            defaults.put("service", figures(rng));
            budget -= serviceCount;
        }
        for (int s = 0; s < serviceCount; s++) {
            List<List<String>> endpoints = new ArrayList<>();
            int entries = rng.nextInt(4);
            for (int i = 0; i < entries; i++) {
                Set<String> alternatives = new LinkedHashSet<>();
                int alts = 1 + rng.nextInt(2);
                for (int a = 0; a < alts; a++) {
                    alternatives.add("n" + rng.nextInt(graph.nodes()));
                }
                endpoints.add(new ArrayList<>(alternatives));
            }
            List<String> deps = new ArrayList<>();
            for (int d = 0; d < s; d++) {
                if (rng.nextInt(3) == 0) {
                    deps.add("svc" + d);
                }
            }
            Reliability r = Reliability.NONE;
            if (!serviceDefault && budget > 0 && rng.nextInt(3) == 0) {
                r = figures(rng);
                budget--;
            }
            ServiceKind kind = ServiceKind.values()[rng.nextInt(3)];
            Long users = rng.nextBoolean() ? (long) (1 + rng.nextInt(5000)) : null;
            Double target = rng.nextBoolean() ? 0.9 + rng.nextInt(10) / 100.0 : null;
            services.add(new Service("svc" + s, null, kind, endpoints, deps, 0, users, null, null, target, null, r));
        }
        List<Group> groups = List.of(new Group("grid", null, GroupKind.POWER));
        return new Model("random-" + graph.name() + "-" + seed, sites, feeds, nodes, links, groups, suppliers,
                services, List.of(), defaults, List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    /** Figures with unavailability from about 0.0005 to 0.5, so no state is negligible. */
    static Reliability figures(Random rng) {
        double mtbf = 20 + rng.nextInt(2000);
        double mttr = 1 + rng.nextInt(40);
        return new Reliability(mtbf, mttr);
    }
}
