package org.neverout.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic model of a national defence network at NAFIN scale, in the model format of docs/MODEL.md,
 * deterministic for a given seed: 250 sites in 12 power regions, each with a grid feed and mostly a
 * generator or a UPS; 1,200 nodes (40 core routers on 20 core sites, 160 distribution routers, 150 access
 * routers, 850 servers and switches); 2,000 links, a third of those between sites laid in one of 80
 * conduits; 20 suppliers (8 prime contractors, 12 subcontractors under them) operating and owning a share
 * of links and nodes; 30 software versions by role; 300 services, of which 6 shared infrastructure services
 * (DNS, time, PKI, access, directory, logging; each on two servers at two sites) that the others depend on.
 * Invented from scratch: it describes no real network.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.NafinScaleModel FILE [SEED]    (default seed 1)
 * </pre>
 */
public final class NafinScaleModel {
    static final int SITES = 250;
    static final int CORE_SITES = 20;
    static final int DISTRIBUTION_SITES = 80;
    static final int REGIONS = 12;
    static final int NODES = 1200;
    static final int LINKS = 2000;
    static final int CONDUITS = 80;
    static final int SUPPLIERS = 20;
    static final int PRIMES = 8;
    static final int SERVICES = 300;
    static final String[] INFRA = {"dns", "time", "pki", "access", "directory", "logging"};

    private final Random random;
    private final StringBuilder y = new StringBuilder();
    private final List<String> core = new ArrayList<>();
    private final List<String> distribution = new ArrayList<>();
    private final List<String> access = new ArrayList<>();
    private final List<String> servers = new ArrayList<>();
    private final List<Integer> serverSite = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final Set<String> linked = new LinkedHashSet<>();
    private final int[] nodeSite = new int[NODES];
    private static final int GENERATOR = 1;
    private static final int UPS = 2;
    /** Each site's backup feed: none, a generator or a UPS. */
    private final int[] backup = new int[SITES];
    private final List<String> nodeIds = new ArrayList<>();

    private NafinScaleModel(long seed) {
        this.random = new Random(seed);
    }

    /** The model as YAML text. */
    public static String yaml(long seed) {
        return new NafinScaleModel(seed).build();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: NafinScaleModel FILE [SEED]");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : 1;
        Files.writeString(Path.of(args[0]), yaml(seed), StandardCharsets.UTF_8);
    }

    private static String site(int i) {
        return String.format(Locale.ROOT, "S%03d", i);
    }

    private static int region(int site) {
        return site % REGIONS;
    }

    private String build() {
        y.append("# Synthetic NAFIN-scale model (NafinScaleModel, benchmarks): invented, describes no real network.\n");
        y.append("name: nafin-scale\n");
        sites();
        feeds();
        groups();
        suppliers();
        softwareVersions();
        nodes();
        links();
        services();
        y.append("defaults:\n  node: {mtbf_h: 100000, mttr_h: 4}\n  link: {mtbf_h: 20000, mttr_h: 8}\n");
        return y.toString();
    }

    private void sites() {
        y.append("sites:\n");
        for (int i = 0; i < SITES; i++) {
            double lat = 50.8 + random.nextDouble() * 2.6;
            double lon = 3.4 + random.nextDouble() * 3.6;
            StringBuilder power = new StringBuilder("grid-" + site(i));
            int draw = random.nextInt(6); // 0-3: generator, 4: UPS, 5: grid only; core sites always a generator
            backup[i] = draw < 4 || i < CORE_SITES ? GENERATOR : draw == 4 ? UPS : 0;
            if (backup[i] == GENERATOR) {
                power.append(", gen-").append(site(i));
            } else if (backup[i] == UPS) {
                power.append(", ups-").append(site(i));
            }
            y.append(String.format(Locale.ROOT, "  - {id: %s, lat: %.4f, lon: %.4f, power: [%s]}%n", site(i), lat, lon,
                    power));
        }
    }

    private void feeds() {
        y.append("power_feeds:\n");
        for (int i = 0; i < SITES; i++) {
            y.append(String.format(Locale.ROOT, "  - {id: grid-%s, groups: [grid-r%02d]}%n", site(i), region(i)));
            if (backup[i] == GENERATOR) {
                y.append("  - {id: gen-").append(site(i)).append(", mtbf_h: 5000, mttr_h: 12}\n");
            } else if (backup[i] == UPS) {
                y.append("  - {id: ups-").append(site(i)).append(", mtbf_h: 20000, mttr_h: 8}\n");
            }
        }
    }

    private void groups() {
        y.append("groups:\n");
        for (int g = 0; g < REGIONS; g++) {
            y.append(String.format(Locale.ROOT, "  - {id: grid-r%02d, kind: power, mtbf_h: 50000, mttr_h: 6}%n", g));
        }
        for (int c = 0; c < CONDUITS; c++) {
            y.append(String.format(Locale.ROOT, "  - {id: duct-%02d, kind: conduit}%n", c));
        }
    }

    private static String supplier(int s) {
        return String.format(Locale.ROOT, "sup-%02d", s);
    }

    private void suppliers() {
        y.append("suppliers:\n");
        for (int s = 0; s < SUPPLIERS; s++) {
            y.append("  - id: ").append(supplier(s)).append('\n');
            if (s >= PRIMES) {
                y.append("    parent: ").append(supplier(random.nextInt(s))).append('\n');
            }
            int year = 2025 + random.nextInt(4);
            y.append("    authorisations:\n      - {scope: network-rooms, valid_until: ").append(year).append("-06-30}\n");
            y.append("    knows: [").append(random.nextBoolean() ? "routes, rooms" : "rooms").append("]\n");
        }
    }

    /** 30 versions: 3 core, 5 distribution, 6 access, 4 switch and 12 server platforms. */
    private static final String[][] SOFTWARE = {
        {"core-os-1", "core-os-2", "core-os-3"},
        {"dist-os-1", "dist-os-2", "dist-os-3", "dist-os-4", "dist-os-5"},
        {"acc-os-1", "acc-os-2", "acc-os-3", "acc-os-4", "acc-os-5", "acc-os-6"},
        {"sw-os-1", "sw-os-2", "sw-os-3", "sw-os-4"},
        {"srv-dns-1", "srv-dns-2", "srv-ntp-1", "srv-ntp-2", "srv-pki-1", "srv-aaa-1", "srv-aaa-2", "srv-dir-1",
            "srv-log-1", "srv-app-1", "srv-app-2", "srv-app-3"}};

    private void softwareVersions() {
        y.append("software_versions:\n");
        for (String[] family : SOFTWARE) {
            for (String v : family) {
                y.append("  - {id: ").append(v).append(", mtbf_h: ").append(40000 + random.nextInt(60000))
                        .append(", mttr_h: ").append(4 + random.nextInt(20)).append("}\n");
            }
        }
    }

    private String operatorFields(int sharePercent) {
        if (random.nextInt(100) >= sharePercent) {
            return "";
        }
        String s = supplier(random.nextInt(SUPPLIERS));
        return ", operator: " + s + ", owner: " + (random.nextBoolean() ? s : supplier(random.nextInt(PRIMES)));
    }

    private void node(String id, int site, String role, String software, int supplierShare) {
        nodeSite[nodeIds.size()] = site;
        nodeIds.add(id);
        y.append("  - {id: ").append(id).append(", site: ").append(site(site)).append(", role: ").append(role)
                .append(", software: ").append(software).append(operatorFields(supplierShare)).append("}\n");
    }

    private void nodes() {
        y.append("nodes:\n");
        for (int s = 0; s < CORE_SITES; s++) {
            String os = SOFTWARE[0][s % 3];
            for (int k = 1; k <= 2; k++) {
                String id = "core-" + site(s) + "-" + k;
                core.add(id);
                node(id, s, "core", os, 0);
            }
        }
        for (int s = CORE_SITES; s < CORE_SITES + DISTRIBUTION_SITES; s++) {
            for (int k = 1; k <= 2; k++) {
                String id = "dist-" + site(s) + "-" + k;
                distribution.add(id);
                node(id, s, "distribution", SOFTWARE[1][random.nextInt(5)], 5);
            }
        }
        for (int s = CORE_SITES + DISTRIBUTION_SITES; s < SITES; s++) {
            String id = "acc-" + site(s);
            access.add(id);
            node(id, s, "access", SOFTWARE[2][random.nextInt(6)], 15);
        }
        // the six shared infrastructure services: two servers each, on two different core sites
        for (int i = 0; i < INFRA.length; i++) {
            for (int k = 1; k <= 2; k++) {
                int site = (3 * i + 7 * k) % CORE_SITES;
                String id = INFRA[i] + "-" + k;
                servers.add(id);
                serverSite.add(site);
                node(id, site, "server", SOFTWARE[4][Math.min(2 * i + k - 1, 8)], 0);
            }
        }
        int n = 0;
        while (nodeIds.size() < NODES) {
            int site = random.nextInt(SITES);
            boolean server = random.nextInt(3) > 0;
            String id = (server ? "srv-" : "sw-") + site(site) + "-" + (++n);
            if (server) {
                servers.add(id);
                serverSite.add(site);
                node(id, site, "server", SOFTWARE[4][9 + random.nextInt(3)], 10);
            } else {
                node(id, site, "switch", SOFTWARE[3][random.nextInt(4)], 10);
            }
        }
    }

    private boolean link(String a, String b, boolean betweenSites) {
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        if (a.equals(b) || !linked.add(key)) {
            return false;
        }
        String id = String.format(Locale.ROOT, "l%04d", links.size() + 1);
        StringBuilder l = new StringBuilder("  - {id: ").append(id).append(", a: ").append(a).append(", b: ").append(b)
                .append(", medium: fiber");
        if (betweenSites && random.nextInt(3) == 0) {
            l.append(", groups: [duct-").append(String.format(Locale.ROOT, "%02d", random.nextInt(CONDUITS))).append(']');
        }
        l.append(operatorFields(betweenSites ? 20 : 3)).append("}\n");
        links.add(l.toString());
        return true;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** The routers of a site (core, distribution or access), to hang its servers and switches on. */
    private List<String> routersAt(int site) {
        List<String> out = new ArrayList<>();
        for (String id : site < CORE_SITES ? core : site < CORE_SITES + DISTRIBUTION_SITES ? distribution : access) {
            if (id.contains(site(site))) {
                out.add(id);
            }
        }
        return out;
    }

    private void links() {
        // core: the two routers of a site together, a ring of sites both ways, and chords
        for (int s = 0; s < CORE_SITES; s++) {
            link(core.get(2 * s), core.get(2 * s + 1), false);
            int next = (s + 1) % CORE_SITES;
            link(core.get(2 * s), core.get(2 * next), true);
            link(core.get(2 * s + 1), core.get(2 * next + 1), true);
        }
        for (int c = 0; c < 12; c++) {
            link(pick(core), pick(core), true);
        }
        // distribution: both routers of a site together, each up to a core router of a different core site
        for (int i = 0; i < distribution.size(); i += 2) {
            link(distribution.get(i), distribution.get(i + 1), false);
            int a = random.nextInt(CORE_SITES);
            int b = (a + 1 + random.nextInt(CORE_SITES - 1)) % CORE_SITES;
            link(distribution.get(i), core.get(2 * a), true);
            link(distribution.get(i + 1), core.get(2 * b + 1), true);
        }
        // access: dual-homed to two distribution routers, one in four single-homed
        for (String acc : access) {
            link(acc, pick(distribution), true);
            if (random.nextInt(4) > 0) {
                link(acc, pick(distribution), true);
            }
        }
        // servers and switches on their site's routers, half of them on two
        for (int i = CORE_SITES * 2 + DISTRIBUTION_SITES * 2 + access.size(); i < NODES; i++) {
            List<String> routers = routersAt(nodeSite[i]);
            String id = nodeIds.get(i);
            link(id, routers.get(0), false);
            if (random.nextBoolean()) {
                link(id, routers.get(routers.size() - 1), false);
                if (routers.size() == 1) {
                    link(id, pick(distribution), true);
                }
            }
        }
        // the rest: extra links between distribution and access routers
        while (links.size() < LINKS) {
            link(pick(distribution), random.nextBoolean() ? pick(distribution) : pick(access), true);
        }
        y.append("links:\n");
        for (int i = 0; i < LINKS; i++) {
            y.append(links.get(i));
        }
    }

    private void services() {
        y.append("services:\n");
        for (int i = 0; i < INFRA.length; i++) {
            y.append("  - id: ").append(INFRA[i]).append("\n    kind: infrastructure\n    endpoints: [[")
                    .append(INFRA[i]).append("-1, ").append(INFRA[i]).append("-2]]\n");
            if (i == 2 || i == 3) { // PKI and access need time
                y.append("    depends_on: [time]\n");
            }
            y.append("    never_out: 2\n");
        }
        List<String> apps = servers.subList(2 * INFRA.length, servers.size());
        for (int i = INFRA.length; i < SERVICES; i++) {
            boolean vital = random.nextInt(3) == 0;
            y.append(String.format(Locale.ROOT, "  - id: svc-%03d%n    kind: %s%n", i, vital ? "vital" : "other"));
            int entries = 2 + random.nextInt(2);
            StringBuilder e = new StringBuilder();
            for (int k = 0; k < entries; k++) {
                e.append(k == 0 ? "" : ", ");
                if (random.nextInt(4) == 0) {
                    e.append('[').append(pick(apps)).append(", ").append(pick(apps)).append(']');
                } else {
                    e.append(k == entries - 1 && random.nextBoolean() ? pick(access) : pick(apps));
                }
            }
            y.append("    endpoints: [").append(e).append("]\n");
            List<String> deps = new ArrayList<>();
            for (String infra : INFRA) {
                if (random.nextInt(3) == 0) {
                    deps.add(infra);
                }
            }
            if (!deps.isEmpty()) {
                y.append("    depends_on: [").append(String.join(", ", deps)).append("]\n");
            }
            if (vital) {
                y.append("    never_out: 2\n    users: ").append(1000 + random.nextInt(1_000_000)).append('\n');
                y.append("    category: ").append(random.nextBoolean() ? "A" : "B").append('\n');
            }
        }
    }
}
