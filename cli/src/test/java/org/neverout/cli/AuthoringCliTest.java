package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint, show --by-site and export of a model written with include, assign and defaults (issue 22). */
class AuthoringCliTest {
    @TempDir
    Path tmp;

    private Path authored() throws Exception {
        Files.writeString(tmp.resolve("sites.yaml"), """
                power_feeds: [{id: grid-dhd}, {id: gen-dhd}, {id: grid-hld}]
                sites:
                  - {id: DHD, power: [grid-dhd, gen-dhd]}
                  - {id: HLD, power: [grid-hld]}
                """);
        Files.writeString(tmp.resolve("nodes.yaml"), """
                nodes: [{id: dhd-r1}, {id: dhd-r2}, {id: hld-r1}, {id: ntp-1}, {id: ntp-2}]
                links:
                  - {id: l1, a: dhd-r1, b: dhd-r2}
                  - {id: l2, a: dhd-r2, b: hld-r1}
                  - {id: l3, a: ntp-1, b: dhd-r1}
                  - {id: l4, a: ntp-2, b: hld-r1}
                """);
        Path main = tmp.resolve("net.yaml");
        Files.writeString(main, """
                name: net
                include: [sites.yaml, nodes.yaml]
                defaults:
                  node: {role: core, mtbf_h: 100000, mttr_h: 4}
                assign:
                  - {nodes: "dhd-*", site: DHD}
                  - {nodes: "hld-*", site: HLD}
                  - {nodes: "ntp-?", role: server, site: DHD}
                  - {links: "x-*", medium: radio}
                services:
                  - {id: timesync, endpoints: [ntp-1, ntp-2]}
                """);
        return main;
    }

    @Test
    void lintNamesEachWarningWithItsFixAndStrictFails() throws Exception {
        Path main = authored();
        Cli c = Cli.run("lint", main.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains(tmp.resolve("sites.yaml") + ":4:10: warning [single-feed-site] site 'HLD'")
                .contains("warning [both-or-either] service 'timesync' needs both ntp-1 and ntp-2")
                .contains("fix: if either will do, write them as one entry: [[ntp-1, ntp-2]]")
                .contains(main + ":9:5: warning [unmatched-assign] assign rule 4 ('links: x-*') matches no link")
                .contains("3 warnings");
        assertThat(Cli.run("lint", main.toString(), "--strict").exitCode()).isEqualTo(1);

        Cli json = Cli.run("lint", main.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("count").asInt()).isEqualTo(3);
        assertThat(root.get("warnings").get(0).fieldNames()).toIterable()
                .containsExactly("code", "element", "file", "line", "column", "message", "fix");

        Cli example = Cli.run("lint", Cli.example().toString(), "--format", "json");
        assertThat(example.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(example.out()).findValuesAsText("code")).containsOnly("single-feed-site");
    }

    @Test
    void lintOfABadModelIsExitTwoAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: m\ninclude: [gone.yaml]\n");
        Path out = tmp.resolve("lint.txt");
        Cli c = Cli.run("lint", bad.toString(), "--out", out.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains(bad + ":2:11: included file " + tmp.resolve("gone.yaml") + ": no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void showSaysWhichRulePlacedNodesAndListsThemBySite() throws Exception {
        Path main = authored();
        Cli c = Cli.run("show", main.toString(), "--by-site");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("Sites given by rules", "assign rule 1 (" + main + ":6:5): 2 nodes",
                        "assign rule 3 (" + main + ":8:5): 2 nodes")
                .contains("Nodes and power feeds by site", "DHD: 4 nodes; feeds grid-dhd, gen-dhd",
                        "HLD: 1 node; feeds grid-hld", "ntp-1  [server; site from assign rule 3 (" + main + ":8:5)]")
                .doesNotContain("no operator set");
        assertThat(Cli.run("show", Cli.example().toString()).out()).doesNotContain("no operator set")
                .doesNotContain("Sites given by rules");
    }

    @Test
    void exportWritesTheResolvedModelInOneFile() throws Exception {
        Path main = authored();
        Cli c = Cli.run("export", main.toString(), "--format", "yaml");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).doesNotContain("include", "assign").contains("site: HLD", "role: server");
        Path resolved = tmp.resolve("resolved.yaml");
        Files.writeString(resolved, c.out());
        Cli a = Cli.run("analyze", main.toString(), "--format", "json");
        Cli b = Cli.run("analyze", resolved.toString(), "--format", "json");
        assertThat(a.exitCode()).isEqualTo(b.exitCode());
        JsonNode ja = new ObjectMapper().readTree(a.out());
        JsonNode jb = new ObjectMapper().readTree(b.out());
        assertThat(ja.get("services")).isEqualTo(jb.get("services"));
        Cli json = Cli.run("export", main.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get("defaults").get("node").size()).isEqualTo(2);
    }

    @Test
    void initWritesAStarterThatValidatesLintsCleanAndAnalyses() throws Exception {
        Path out = tmp.resolve("starter.yaml");
        Cli c = Cli.run("init", "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(Files.readString(out)).contains("assign:", "defaults:", "# include:");
        assertThat(Cli.run("validate", out.toString()).exitCode()).isZero();
        Cli lint = Cli.run("lint", out.toString(), "--strict");
        assertThat(lint.exitCode()).as(lint.out()).isZero();
        Cli analyze = Cli.run("analyze", out.toString(), "--format", "json");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(new ObjectMapper().readTree(analyze.out()).get("services").size()).isEqualTo(2);
        assertThat(Cli.run("init").out()).isEqualTo(Files.readString(out));
    }

    @Test
    void initFromAnImportPlacesNodesByPatternOrOnTheNearestSite() throws Exception {
        Path topology = Path.of("..", "examples", "topologies", "Surfnet.graphml");
        Path out = tmp.resolve("surfnet.yaml");
        Cli c = Cli.run("init", "--from", topology.toString(), "--site", "ASD=amsterdam", "--site-at", "UTR=52.09,5.12",
                "--site-at", "GRO=53.22,6.57", "--site-at", "MST=50.85,5.69", "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(Files.readString(out)).contains("  - {nodes: \"amsterdam\", site: \"ASD\"}");
        org.neverout.model.Model scaffold = org.neverout.model.ModelLoader.load(out);
        org.neverout.model.Model bare = org.neverout.io.ModelFiles.load(topology);
        double[][] at = {{52.09, 5.12}, {53.22, 6.57}, {50.85, 5.69}};
        String[] names = {"UTR", "GRO", "MST"};
        for (org.neverout.model.Node n : bare.nodes()) {
            org.neverout.model.Node placed = scaffold.nodes().stream().filter(x -> x.id().equals(n.id())).findFirst()
                    .orElseThrow();
            assertThat(placed.role()).isNull();
            if (n.id().equals("amsterdam")) {
                assertThat(placed.site()).isEqualTo("ASD");
            } else if (n.lat() != null) {
                int best = 0;
                for (int i = 1; i < at.length; i++) {
                    if (haversine(n.lat(), n.lon(), at[i][0], at[i][1]) < haversine(n.lat(), n.lon(), at[best][0], at[best][1])) {
                        best = i;
                    }
                }
                assertThat(placed.site()).as(n.id()).isEqualTo(names[best]);
            } else {
                assertThat(placed.site()).isNull();
            }
        }
        assertThat(scaffold.services()).hasSize(1);
        assertThat(Cli.run("analyze", out.toString()).exitCode()).isZero();
    }

    @Test
    void initRefusesBadSitesWithExitTwo() {
        assertThat(Cli.run("init", "--site", "A=*").exitCode()).isEqualTo(2);
        Path topology = Path.of("..", "examples", "topologies", "Surfnet.graphml");
        Cli bad = Cli.run("init", "--from", topology.toString(), "--site-at", "UTR=52.09");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--site-at UTR=52.09: give ID=LAT,LON");
        Cli space = Cli.run("init", "--from", topology.toString(), "--site", "a b=x*");
        assertThat(space.exitCode()).isEqualTo(2);
        assertThat(space.err()).contains("a b");
    }

    /** The test's own great-circle distance (an equirectangular approximation would misorder close calls). */
    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    @Test
    void theSplitExampleResolvesToTheBundledExample() {
        Cli split = Cli.run("export", Path.of("..", "examples", "split", "nafin.yaml").toString(), "--format", "yaml");
        Cli whole = Cli.run("export", Cli.example().toString(), "--format", "yaml");
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.err()).isEmpty();
        assertThat(split.out()).isEqualTo(whole.out());
    }
}
