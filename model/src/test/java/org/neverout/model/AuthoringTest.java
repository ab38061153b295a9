package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MODEL.md 1.1 "Authoring large models": include, assign and attribute defaults, and their errors. */
class AuthoringTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> problems(Path main) {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> ModelLoader.load(main));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rulesAndDefaultsFollowThePrecedenceAndSayWhichRuleSetAField() throws IOException {
        Path main = write("m.yaml", """
                name: m
                defaults:
                  node: {operator: telco, role: access, mtbf_h: 1000, mttr_h: 4}
                  link: {medium: fiber}
                assign:
                  - {nodes: "dhd-*", site: DHD, role: core}
                  - {nodes: "dhd-r?", site: OTHER, vendor: vx}
                  - {links: "l-*", groups: [duct]}
                sites: [{id: DHD}, {id: OTHER}]
                suppliers: [{id: telco}]
                nodes:
                  - {id: dhd-r1}
                  - {id: dhd-r2, role: edge, operator: defence}
                  - {id: x-ntp-1}
                links: [{id: l-1, a: dhd-r1, b: dhd-r2}, {id: k-2, a: dhd-r1, b: x-ntp-1, medium: radio}]
                """);
        Model m = ModelLoader.load(main);
        Node r1 = m.nodes().get(0);
        Node r2 = m.nodes().get(1);
        Node ntp = m.nodes().get(2);
        assertThat(List.of(r1.site(), r1.role(), r1.vendor(), r1.operator())).containsExactly("DHD", "core", "vx", "telco");
        assertThat(List.of(r2.site(), r2.role(), r2.operator())).containsExactly("DHD", "edge", "defence");
        assertThat(ntp.site()).isNull();
        assertThat(ntp.role()).isEqualTo("access");
        assertThat(m.links().get(0).groups()).containsExactly("duct");
        assertThat(m.links().get(0).medium()).isEqualTo("fiber");
        assertThat(m.links().get(1).medium()).isEqualTo("radio");
        assertThat(m.links().get(1).groups()).isEmpty();
        assertThat(m.defaults()).containsOnlyKeys("node");
        assertThat(m.source().resolvedBy()).containsEntry("dhd-r1.site", "assign rule 1 (" + main + ":6:5)")
                .containsEntry("dhd-r1.vendor", "assign rule 2 (" + main + ":7:5)")
                .containsEntry("x-ntp-1.operator", "defaults.node (" + main + ":3:10)")
                .doesNotContainKey("dhd-r2.role");
        assertThat(m.source().implicitOperator()).doesNotContain("dhd-r1", "x-ntp-1");
        assertThat(m.source().warnings()).isEmpty();
    }

    @Test
    void aRuleThatMatchesNothingIsAWarning() throws IOException {
        Path main = write("m.yaml", """
                name: m
                assign:
                  - {nodes: "nope-*", role: core}
                nodes: [{id: a}]
                """);
        assertThat(ModelLoader.load(main).source().warnings())
                .containsExactly(main + ":3:5: assign rule 1 ('nodes: nope-*') matches no node");
    }

    @Test
    void aBadValueGivenByARuleIsLocatedAtTheRule() throws IOException {
        Path main = write("m.yaml", """
                name: m
                sites: [{id: DHD}]
                assign:
                  - {nodes: "*", site: DHX, colour: red}
                  - {role: core}
                  - {nodes: "a", links: "b", role: core}
                  - {nodes: "a"}
                nodes: [{id: a}]
                """);
        assertThat(problems(main)).anySatisfy(p -> assertThat(p).startsWith(main + ":4:24: ")
                        .contains("'site' of node 'a'").contains("DHX").contains("DHD"))
                .anySatisfy(p -> assertThat(p).startsWith(main + ":4:29: unknown field 'colour' in assign rule 1"))
                .anySatisfy(p -> assertThat(p).startsWith(main + ":5:5: assign rule 2 needs exactly one of 'nodes' or 'links'"))
                .anySatisfy(p -> assertThat(p).startsWith(main + ":6:5: assign rule 3 needs exactly one"))
                .anySatisfy(p -> assertThat(p).startsWith(main + ":7:5: assign rule 4 sets nothing"));
    }

    @Test
    void attributeDefaultsAreCheckedAndReliabilityStaysInPairs() throws IOException {
        Path main = write("m.yaml", """
                name: m
                defaults:
                  node: {sitee: x, mtbf_h: 5}
                nodes: [{id: a}]
                """);
        assertThat(problems(main)).anySatisfy(p -> assertThat(p).contains("unknown field 'sitee' in 'defaults.node'")
                .contains("did you mean 'site'"))
                .anySatisfy(p -> assertThat(p).contains("needs 'mttr_h' too"));
    }

    @Test
    void includedListsAreAppendedInIncludeOrderAndProblemsAreLocatedInTheirFile() throws IOException {
        write("parts/sites.yaml", "sites: [{id: S2}]\ninclude: [more.yaml]\n");
        write("parts/more.yaml", "sites: [{id: S3}]\n");
        write("nodes.json", "{\"nodes\": [{\"id\": \"b\", \"site\": \"S3\"}]}");
        Path main = write("m.yaml", "name: m\ninclude: [parts/sites.yaml, nodes.json]\nsites: [{id: S1}]\n"
                + "nodes: [{id: a, site: S1}]\n");
        Model m = ModelLoader.load(main);
        assertThat(m.sites()).extracting(Site::id).containsExactly("S1", "S2", "S3");
        assertThat(m.nodes()).extracting(Node::id).containsExactly("a", "b");
        assertThat(m.source().locationOf("S3").file()).isEqualTo(dir.resolve("parts/more.yaml").toString());

        write("parts/more.yaml", "sites: [{id: S3, lat: 99, lon: 0}]\nname: x\n");
        assertThat(problems(main)).containsExactly(
                dir.resolve("parts/more.yaml") + ":1:23: 'lat' in site 'S3' must be between -90 and 90, not 99",
                dir.resolve("parts/more.yaml") + ":2:1: unknown field 'name' in included file "
                        + dir.resolve("parts/more.yaml") + " (allowed: sites, power_feeds, "
                        + "nodes, links, groups, suppliers, services, external_parties, software_versions, include)");
    }

    @Test
    void anIncludeCycleOrAFileReachedTwiceIsAnErrorNamingTheFiles() throws IOException {
        write("a.yaml", "include: [b.yaml]\n");
        write("b.yaml", "include: [a.yaml]\n");
        Path main = write("m.yaml", "name: m\ninclude: [a.yaml]\n");
        assertThat(problems(main)).containsExactly(dir.resolve("b.yaml") + ":1:11: include cycle: "
                + dir.resolve("a.yaml") + " -> " + dir.resolve("b.yaml") + " -> " + dir.resolve("a.yaml"));

        write("b.yaml", "sites: []\n");
        write("a.yaml", "include: [b.yaml]\n");
        Path twice = write("t.yaml", "name: m\ninclude: [a.yaml, b.yaml]\n");
        assertThat(problems(twice)).containsExactly(twice + ":2:19: file " + dir.resolve("b.yaml")
                + " is reached twice (already included via " + dir.resolve("a.yaml") + "): include each file once");

        Path self = write("s.yaml", "name: m\ninclude: [s.yaml]\n");
        assertThat(problems(self)).containsExactly(self + ":2:11: include cycle: " + self + " -> " + self);
    }

    @Test
    void aMissingOrBadIncludedFileIsNamedWhereItIsIncluded() throws IOException {
        Path main = write("m.yaml", "name: m\ninclude: [gone.yaml, x.txt]\n");
        assertThat(problems(main)).containsExactly(
                main + ":2:11: included file " + dir.resolve("gone.yaml") + ": no such file",
                main + ":2:22: included file " + dir.resolve("x.txt") + " must be .yaml, .yml or .json");
        write("bad.yaml", "sites: [\n");
        Path syntax = write("n.yaml", "name: m\ninclude: bad.yaml\n");
        assertThat(problems(syntax)).singleElement().asString().contains("'include' must be a list of file names");
        Path syntax2 = write("o.yaml", "name: m\ninclude: [bad.yaml]\n");
        assertThat(problems(syntax2)).singleElement().asString().startsWith(dir.resolve("bad.yaml") + ":");
    }

    @Test
    void theDigestCoversEveryIncludedFile() throws IOException {
        write("s.yaml", "sites: [{id: S1}]\n");
        Path main = write("m.yaml", "name: m\ninclude: [s.yaml]\n");
        String before = ModelLoader.load(main).source().sha256();
        write("s.yaml", "sites: [{id: S2}]\n");
        assertThat(ModelLoader.load(main).source().sha256()).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void mediumIsAClosedSetWithADidYouMeanAndAnUndeclaredFeedSaysWhereToDeclareIt() throws IOException {
        Path main = write("m.yaml", """
                name: m
                nodes: [{id: a, power: [ups-1]}, {id: b}]
                links: [{id: l, a: a, b: b, medium: fibre}, {id: k, a: a, b: b, medium: radiolink}]
                """);
        assertThat(problems(main)).containsExactly(
                main + ":2:25: unknown power feed 'ups-1' in 'power' of node 'a' (declare it under power_feeds)",
                main + ":3:37: 'medium' in link 'l' must be one of fiber, microwave, radio, satellite, copper, other, "
                        + "not 'fibre'; did you mean 'fiber'?",
                main + ":3:73: 'medium' in link 'k' must be one of fiber, microwave, radio, satellite, copper, other, "
                        + "not 'radiolink'");
        for (String medium : Link.MEDIA) {
            write("m.yaml", "name: m\nnodes: [{id: a}, {id: b}]\nlinks: [{id: l, a: a, b: b, medium: " + medium + "}]\n");
            assertThat(ModelLoader.load(main).links().get(0).medium()).isEqualTo(medium);
        }
    }
}
