package org.neverout.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * Adds traffic to a generated model (seeded): every link gets a random IGP {@code cost} (1 to 4, or the
 * default) and usually a {@code capacity_gbps} (sometimes none), and demands are added as services with
 * two endpoint entries, some with alternatives, some with a {@code never_out} and {@code users}. Sized so
 * that some links run above 100% in some scenarios. O(nodes + links + demands).
 */
public final class RandomTraffic {
    private RandomTraffic() {
    }

    /** The model with costs, capacities and {@code demands} demands (ids {@code t0}, {@code t1}, ...). */
    public static Model add(Model model, int demands, long seed) {
        Random random = new Random(new SplittableRandom(seed).nextLong());
        double[] capacities = {1, 2.5, 4, 10};
        List<Link> links = new ArrayList<>();
        for (Link l : model.links()) {
            Double cost = random.nextInt(5) == 0 ? null : (double) (1 + random.nextInt(4));
            Double capacity = random.nextInt(8) == 0 ? null : capacities[random.nextInt(capacities.length)];
            links.add(new Link(l.id(), l.name(), l.a(), l.b(), l.operator(), l.owner(), l.groups(), capacity,
                    l.lengthKm(), l.latencyMs(), l.medium(), l.status(), cost, l.reliability()));
        }
        List<String> nodes = model.nodes().stream().map(Node::id).toList();
        List<Service> services = new ArrayList<>(model.services());
        for (int k = 0; k < demands && !nodes.isEmpty(); k++) {
            List<List<String>> endpoints = List.of(entry(nodes, random), entry(nodes, random));
            int neverOut = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
            Long users = random.nextBoolean() ? (long) random.nextInt(5000) : null;
            double volume = Math.round((0.1 + 2.9 * random.nextDouble()) * 100) / 100.0;
            services.add(new Service("t" + k, null, ServiceKind.OTHER, endpoints, List.of(), neverOut, users, null,
                    volume, null, null, org.neverout.model.Reliability.NONE));
        }
        return new Model(model.name() + "-traffic", model.sites(), model.powerFeeds(), model.nodes(), links,
                model.groups(), model.suppliers(), services, model.externalParties(), model.defaults(),
                model.measures(), model.compliance(), model.source(), model.softwareVersions());
    }

    /** One endpoint entry: a node, or (one time in four) two or three distinct alternatives. */
    private static List<String> entry(List<String> nodes, Random random) {
        int size = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        List<String> out = new ArrayList<>();
        while (out.size() < Math.min(size, nodes.size())) {
            String n = nodes.get(random.nextInt(nodes.size()));
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
