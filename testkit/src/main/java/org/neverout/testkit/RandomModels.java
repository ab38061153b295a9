package org.neverout.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.neverout.model.Authorisation;
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
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * Seeded random models over a real topology (one node per graph node {@code n<i>}, one link per edge
 * {@code l<i>}), exercising every kind of basic event and every rule of MODEL.md's failure semantics:
 * <ul>
 *   <li>sites with power feeds (one grid plus maybe a generator, or any subset of a few shared feeds, even
 *       none), feeds in a region group, nodes without a site, nodes with their own power list (even empty:
 *       always powered), a feed that powers only such nodes;</li>
 *   <li>building and duct groups, a declared group nothing uses, software versions;</li>
 *   <li>a supplier tree (telco &gt; sub &gt; subsub, a second top supplier dc-co, and idle, which operates
 *       nothing) with authorisations (some expired as of {@link #AS_OF}) and knowledge, supplier-operated and
 *       supplier-owned nodes and links;</li>
 *   <li>services of every kind with alternatives, repeated nodes, depends_on chains, no endpoints at all,
 *       users, categories, never-out requirements and availability targets;</li>
 *   <li>optionally reliability figures and defaults on a bounded number of events, so every state can be
 *       enumerated.</li>
 * </ul>
 * The same graph, spec and seed always give the same model. Cost: linear in the graph's size.
 */
public final class RandomModels {
    /** The date the generated authorisations are set against. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static final String[] OPERATORS = {"telco", "sub", "subsub", "dc-co"};

    /** How feeds and sites are laid out. */
    public enum Power {
        /**
         * One or two grid feeds (each maybe in a region group), a site per four nodes on one grid and, two
         * times in three, a generator of its own; plus {@code ups0}, which only nodes' own power lists use.
         */
        GRIDS_AND_GENERATORS,
        /**
         * One to three shared feeds (maybe in a region group), 1 to nodes/2 sites each on any subset of them,
         * possibly none (a site without feeds never loses power).
         */
        SHARED_FEEDS
    }

    /**
     * What to generate.
     *
     * @param minServices          fewest services (inclusive)
     * @param maxServices          most services (inclusive); equal to {@code minServices} draws nothing
     * @param supplierShare        tenths (0..10) of nodes and of links operated by a supplier
     * @param maxSupplierOperated  cap on supplier-operated nodes and links (keeps subset searches small)
     * @param power                the feed and site layout
     * @param ownPower             odds that a node lists its own feeds (none, one or two of all feeds)
     * @param noEndpoints          odds that a service has no endpoints at all (else 1 to 3 entries)
     * @param maxAlternatives      most alternatives per endpoint entry (at least 1)
     * @param distinctAlternatives no node twice in one entry (nodes may still repeat across entries)
     * @param dependsOn            odds that a service (not the first) depends on an earlier one (and then,
     *                             one time in four, on a second)
     * @param dependsOnAlternatives odds that a depends_on entry gets a second alternative (an earlier
     *                             service); drawn from a separate stream, so that every other draw is the
     *                             same as without alternatives
     * @param failureCapableEvents 0: no reliability figures; else the most events that get figures (own or
     *                             through {@code defaults:}), so that 2^n states can be enumerated
     * @param commonModeFigures    whether groups, software versions and suppliers may get figures too
     *                             (MODEL.md 1.1), within the same budget, drawn after all others
     */
    public record Spec(int minServices, int maxServices, int supplierShare, int maxSupplierOperated, Power power,
                       Odds ownPower, Odds noEndpoints, int maxAlternatives, boolean distinctAlternatives,
                       Odds dependsOn, Odds dependsOnAlternatives, int failureCapableEvents,
                       boolean commonModeFigures) {
        public Spec {
            if (minServices < 0 || maxServices < minServices) {
                throw new IllegalArgumentException("services must be 0 <= min <= max: " + minServices + ".."
                        + maxServices);
            }
            if (supplierShare < 0 || supplierShare > 10) {
                throw new IllegalArgumentException("supplierShare is in tenths, 0..10: " + supplierShare);
            }
            if (maxSupplierOperated < 0 || maxAlternatives < 1 || failureCapableEvents < 0) {
                throw new IllegalArgumentException("negative cap, no alternatives or negative event budget");
            }
        }

        /**
         * The cut-set mix (engine): 3 to 8 services, 4 in 10 elements supplier-operated, grids and
         * generators, own power lists one node in eight, up to 3 alternatives with repeats, dependencies
         * two times in three (one entry in three with alternatives), no figures.
         */
        public static Spec everyEventKind() {
            return new Spec(3, 8, 4, Integer.MAX_VALUE, Power.GRIDS_AND_GENERATORS, new Odds(3, 25), new Odds(1, 12),
                    3, false, new Odds(2, 3), new Odds(1, 3), 0, false);
        }

        /**
         * The supplier mix (control, incident): exactly {@code services} services, {@code supplierShare}
         * tenths supplier-operated, grids and generators, no own power lists, up to 2 alternatives, one
         * service in eight without endpoints, dependencies one time in three (one entry in three with
         * alternatives), no figures.
         */
        public static Spec supplierTree(int services, int supplierShare) {
            return new Spec(services, services, supplierShare, Integer.MAX_VALUE, Power.GRIDS_AND_GENERATORS,
                    Odds.NEVER, new Odds(1, 8), 2, false, new Odds(1, 3), new Odds(1, 3), 0, false);
        }

        /**
         * The quantification mix (quant): 1 to 4 services, half the elements supplier-operated, shared feeds,
         * own power lists one node in five, up to 2 distinct alternatives, one service in four without
         * endpoints, dependencies one time in two (one entry in three with alternatives), figures on at most
         * {@code maxEvents} events, groups, software versions and suppliers included.
         */
        public static Spec quantifiable(int maxEvents) {
            if (maxEvents < 1) {
                throw new IllegalArgumentException("a quantifiable model needs at least one failure-capable event");
            }
            return new Spec(1, 4, 5, Integer.MAX_VALUE, Power.SHARED_FEEDS, new Odds(1, 5), new Odds(1, 4), 2, true,
                    new Odds(1, 2), new Odds(1, 3), maxEvents, true);
        }

        public Spec withServices(int min, int max) {
            return new Spec(min, max, supplierShare, maxSupplierOperated, power, ownPower, noEndpoints,
                    maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives, failureCapableEvents,
                    commonModeFigures);
        }

        public Spec withSupplierShare(int tenths) {
            return new Spec(minServices, maxServices, tenths, maxSupplierOperated, power, ownPower, noEndpoints,
                    maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives, failureCapableEvents,
                    commonModeFigures);
        }

        public Spec withMaxSupplierOperated(int cap) {
            return new Spec(minServices, maxServices, supplierShare, cap, power, ownPower, noEndpoints,
                    maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives, failureCapableEvents,
                    commonModeFigures);
        }

        public Spec withOwnPower(Odds odds) {
            return new Spec(minServices, maxServices, supplierShare, maxSupplierOperated, power, odds, noEndpoints,
                    maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives, failureCapableEvents,
                    commonModeFigures);
        }

        public Spec withDependsOnAlternatives(Odds odds) {
            return new Spec(minServices, maxServices, supplierShare, maxSupplierOperated, power, ownPower,
                    noEndpoints, maxAlternatives, distinctAlternatives, dependsOn, odds, failureCapableEvents,
                    commonModeFigures);
        }

        public Spec withCommonModeFigures(boolean on) {
            return new Spec(minServices, maxServices, supplierShare, maxSupplierOperated, power, ownPower,
                    noEndpoints, maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives,
                    failureCapableEvents, on);
        }

        public Spec withFailureCapableEvents(int maxEvents) {
            return new Spec(minServices, maxServices, supplierShare, maxSupplierOperated, power, ownPower,
                    noEndpoints, maxAlternatives, distinctAlternatives, dependsOn, dependsOnAlternatives, maxEvents,
                    commonModeFigures);
        }
    }

    private RandomModels() {
    }

    /** The model for {@code graph}, {@code spec} and {@code seed}, named {@code <graph>-<seed>}. */
    public static Model generate(TopologyZoo.Graph graph, Spec spec, long seed) {
        if (graph.nodes() < 1) {
            throw new IllegalArgumentException("graph " + graph.name() + " has no nodes");
        }
        // java.util.Random's first draws barely differ between nearby seeds (1, 2, 3, ...): mix the seed first
        long mixed = new SplittableRandom(seed).nextLong();
        Random random = new Random(mixed);
        Random alternatives = new Random(mixed ^ 0x9E3779B97F4A7C15L);
        return new Generator(graph, spec, random, alternatives).model(graph.name() + "-" + seed);
    }

    /** One generation: the draws in a fixed order (feeds and sites, suppliers, nodes, links, services, figures). */
    private static final class Generator {
        private final TopologyZoo.Graph graph;
        private final Spec spec;
        private final Random random;
        /** Draws for alternatives in depends_on only (see {@link Spec#dependsOnAlternatives()}). */
        private final Random alternatives;
        private final List<PowerFeed> feeds = new ArrayList<>();
        private final List<Site> sites = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final Map<String, Reliability> defaults = new HashMap<>();
        private int supplierOperated;

        Generator(TopologyZoo.Graph graph, Spec spec, Random random, Random alternatives) {
            this.graph = graph;
            this.spec = spec;
            this.random = random;
            this.alternatives = alternatives;
        }

        Model model(String name) {
            int spread = spec.maxServices() - spec.minServices();
            int serviceCount = spec.minServices() + (spread == 0 ? 0 : random.nextInt(spread + 1));
            if (spec.power() == Power.GRIDS_AND_GENERATORS) {
                gridsAndGenerators();
            } else {
                sharedFeeds();
            }
            List<Supplier> suppliers = suppliers();
            for (int i = 0; i < graph.nodes(); i++) {
                nodes.add(node("n" + i));
            }
            for (int i = 0; i < graph.edges().size(); i++) {
                int[] e = graph.edges().get(i);
                links.add(Models.link("l" + i, "n" + e[0], "n" + e[1], operator(), owner(),
                        random.nextInt(6) == 0 ? List.of("duct" + random.nextInt(3)) : List.of()));
            }
            for (int s = 0; s < serviceCount; s++) {
                services.add(service(s));
            }
            List<Group> groups = new ArrayList<>(List.of(Models.group("unused-group", GroupKind.OTHER),
                    Models.group("duct0", GroupKind.CONDUIT), Models.group("region0", GroupKind.REGION)));
            List<Supplier> supplierList = new ArrayList<>(suppliers);
            List<SoftwareVersion> versions = new ArrayList<>();
            if (spec.failureCapableEvents() > 0) {
                int left = figures(spec.failureCapableEvents());
                // drawn after every 1.0 figure, so that the models of earlier seeds keep those
                if (spec.commonModeFigures()) {
                    commonModeFigures(left, groups, supplierList, versions);
                }
            }
            return new Model(name, sites, feeds, nodes, links, groups, supplierList, services, List.of(), defaults,
                    List.of(), ComplianceSettings.NONE, Model.Source.NONE, versions);
        }

        private void gridsAndGenerators() {
            int grids = 1 + random.nextInt(2);
            for (int r = 0; r < grids; r++) {
                feeds.add(Models.feed("grid" + r, random.nextBoolean() ? List.of("region" + r) : List.of()));
            }
            int siteCount = Math.max(1, graph.nodes() / 4);
            for (int s = 0; s < siteCount; s++) {
                List<String> power = new ArrayList<>(List.of("grid" + random.nextInt(grids)));
                if (random.nextInt(3) > 0) {
                    feeds.add(Models.feed("gen" + s, List.of()));
                    power.add("gen" + s);
                }
                sites.add(Models.site("S" + s, power));
            }
            feeds.add(Models.feed("ups0", List.of()));
        }

        private void sharedFeeds() {
            int count = 1 + random.nextInt(3);
            for (int f = 0; f < count; f++) {
                feeds.add(Models.feed("grid" + f, random.nextInt(4) == 0 ? List.of("region0") : List.of()));
            }
            int siteCount = 1 + random.nextInt(Math.max(1, graph.nodes() / 2));
            for (int s = 0; s < siteCount; s++) {
                List<String> power = new ArrayList<>();
                for (PowerFeed f : feeds) {
                    if (random.nextBoolean()) {
                        power.add(f.id());
                    }
                }
                sites.add(Models.site("S" + s, power));
            }
        }

        private List<Supplier> suppliers() {
            return List.of(
                    Models.supplier("telco", null,
                            List.of(new Authorisation("rooms", AS_OF.plusDays(random.nextInt(200) - 50))),
                            List.of("routes")),
                    Models.supplier("sub", "telco", List.of(new Authorisation("rooms", AS_OF.minusDays(3))),
                            List.of("rooms")),
                    Models.supplier("subsub", "sub"),
                    Models.supplier("dc-co", null, List.of(new Authorisation("dc", AS_OF.plusDays(400))), List.of()),
                    Models.supplier("idle", null));
        }

        private Node node(String id) {
            String site = random.nextInt(10) < 7 ? "S" + random.nextInt(sites.size()) : null;
            String software = random.nextInt(4) == 0 ? null : "os-" + random.nextInt(3);
            String operator = operator();
            String owner = owner();
            List<String> groups = random.nextInt(8) == 0 ? List.of("bldg" + random.nextInt(3)) : List.of();
            List<String> power = spec.ownPower().hit(random) ? ownFeeds() : null;
            return Models.node(id, site, software, operator, owner, groups, power);
        }

        /** None, one or two distinct feeds of all of them. */
        private List<String> ownFeeds() {
            List<String> pool = new ArrayList<>();
            feeds.forEach(f -> pool.add(f.id()));
            int count = Math.min(random.nextInt(3), pool.size());
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            return chosen;
        }

        /** A supplier, {@code supplierShare} times in ten while under the cap; else null (defence). */
        private String operator() {
            if (random.nextInt(10) < spec.supplierShare() && supplierOperated < spec.maxSupplierOperated()) {
                supplierOperated++;
                return OPERATORS[random.nextInt(OPERATORS.length)];
            }
            return null;
        }

        private String owner() {
            return random.nextInt(3) == 0 ? "telco" : null;
        }

        private Service service(int s) {
            int entries = spec.noEndpoints().hit(random) ? 0 : 1 + random.nextInt(3);
            List<List<String>> endpoints = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                int alternatives = 1 + random.nextInt(spec.maxAlternatives());
                Collection<String> entry = spec.distinctAlternatives() ? new LinkedHashSet<>() : new ArrayList<>();
                for (int a = 0; a < alternatives; a++) {
                    entry.add("n" + random.nextInt(graph.nodes()));
                }
                endpoints.add(List.copyOf(entry));
            }
            List<String> deps = new ArrayList<>();
            if (s > 0 && spec.dependsOn().hit(random)) {
                deps.add("svc" + random.nextInt(s));
                if (s > 1 && random.nextInt(4) == 0) {
                    String other = "svc" + random.nextInt(s);
                    if (!deps.contains(other)) {
                        deps.add(other);
                    }
                }
            }
            List<List<String>> dependsOn = new ArrayList<>();
            for (String d : deps) {
                List<String> entry = new ArrayList<>(List.of(d));
                if (spec.dependsOnAlternatives().hit(alternatives)) {
                    entry.add("svc" + alternatives.nextInt(s)); // may repeat d: the loader accepts that too
                    if (alternatives.nextInt(4) == 0) {
                        entry.add("svc" + alternatives.nextInt(s));
                    }
                }
                dependsOn.add(entry);
            }
            ServiceKind kind = ServiceKind.values()[random.nextInt(ServiceKind.values().length)];
            String category = kind == ServiceKind.VITAL ? (random.nextBoolean() ? "A" : "B") : null;
            Long users = random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(5000));
            int neverOut = random.nextInt(3);
            Double target = random.nextBoolean() ? 0.9 + random.nextInt(10) / 100.0 : null;
            return new Service("svc" + s, "svc" + s, kind, endpoints, dependsOn, neverOut, users, category, null, target,
                    null, Reliability.NONE);
        }

        /**
         * Figures on at most {@code budget} events: maybe a default for every feed or every service (when it
         * fits), then own figures feed by feed, site, node, link and service while the budget lasts.
         */
        private int figures(int budget) {
            int left = budget;
            boolean feedDefault = random.nextInt(4) == 0 && feeds.size() <= left;
            if (feedDefault) {
                defaults.put("power_feed", reliability());
                left -= feeds.size();
            }
            boolean serviceDefault = random.nextInt(4) == 0 && !services.isEmpty() && services.size() <= left;
            if (serviceDefault) {
                defaults.put("service", reliability());
                left -= services.size();
            }
            int[] remaining = {left};
            Function<Integer, Reliability> maybe = outOf -> {
                if (remaining[0] > 0 && random.nextInt(outOf) == 0) {
                    remaining[0]--;
                    return reliability();
                }
                return Reliability.NONE;
            };
            if (!feedDefault) {
                feeds.replaceAll(f -> new PowerFeed(f.id(), f.name(), f.groups(), maybe.apply(2)));
            }
            sites.replaceAll(s -> new Site(s.id(), s.name(), s.lat(), s.lon(), s.x(), s.y(), s.power(), s.security(),
                    maybe.apply(3)));
            nodes.replaceAll(n -> new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), n.software(),
                    n.operator(), n.owner(), n.groups(), n.power(), n.lat(), n.lon(), n.x(), n.y(), maybe.apply(2)));
            links.replaceAll(l -> new Link(l.id(), l.name(), l.a(), l.b(), l.operator(), l.owner(), l.groups(),
                    l.capacityGbps(), l.lengthKm(), l.latencyMs(), l.medium(), l.status(), l.cost(), maybe.apply(2)));
            if (!serviceDefault) {
                services.replaceAll(s -> new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(),
                        s.neverOut(), s.users(), s.category(), s.demand(), s.availabilityTarget(), s.description(),
                        maybe.apply(3)));
            }
            return remaining[0];
        }

        /**
         * MODEL.md 1.1 figures on common-mode events within what is left of the budget: maybe
         * {@code defaults.group} or {@code defaults.software} (when every such event fits), declared
         * software versions (some with figures, maybe one no node runs), own figures on declared groups
         * and on suppliers.
         */
        private void commonModeFigures(int budget, List<Group> groups, List<Supplier> suppliers,
                                       List<SoftwareVersion> versions) {
            int left = budget;
            Set<String> groupEvents = new LinkedHashSet<>();
            groups.forEach(g -> groupEvents.add(g.id()));
            nodes.forEach(n -> groupEvents.addAll(n.groups()));
            links.forEach(l -> groupEvents.addAll(l.groups()));
            feeds.forEach(f -> groupEvents.addAll(f.groups()));
            Set<String> running = new java.util.TreeSet<>();
            nodes.stream().filter(n -> n.software() != null).forEach(n -> running.add(n.software()));
            boolean groupDefault = random.nextInt(5) == 0 && groupEvents.size() <= left;
            if (groupDefault) {
                defaults.put("group", reliability());
                left -= groupEvents.size();
            }
            boolean softwareDefault = random.nextInt(5) == 0 && running.size() + 1 <= left;
            if (softwareDefault) {
                defaults.put("software", reliability());
                left -= running.size() + 1; // the declared version no node runs below counts too
            }
            for (String version : running) {
                int draw = random.nextInt(4);
                if (draw == 0 && (softwareDefault || left > 0)) {
                    left -= softwareDefault ? 0 : 1;
                    versions.add(new SoftwareVersion(version, null, "acme", reliability()));
                } else if (draw == 1) {
                    versions.add(new SoftwareVersion(version, version, null, Reliability.NONE));
                }
            }
            if (random.nextInt(4) == 0 && (softwareDefault || left > 0)) {
                left -= softwareDefault ? 0 : 1;
                versions.add(new SoftwareVersion("os-unused", null, null, reliability())); // takes nothing down
            }
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                if (random.nextInt(3) == 0 && (groupDefault || left > 0)) {
                    left -= groupDefault ? 0 : 1;
                    groups.set(i, new Group(g.id(), g.name(), g.kind(), reliability()));
                }
            }
            for (int i = 0; i < suppliers.size(); i++) {
                Supplier s = suppliers.get(i);
                if (left > 0 && random.nextInt(3) == 0) {
                    left--;
                    suppliers.set(i, new Supplier(s.id(), s.name(), s.parent(), s.jurisdiction(), s.authorisations(),
                            s.knows(), s.clauses(), reliability()));
                }
            }
        }

        /** Unavailability from about 0.0005 to 0.67, so that no state is negligible. */
        private Reliability reliability() {
            double mtbf = 20 + random.nextInt(2000);
            double mttr = 1 + random.nextInt(40);
            return new Reliability(mtbf, mttr);
        }
    }
}
