package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The golden models of MODEL.md load, with every element and the figures they carry. */
class GoldenModelsTest {

    /**
     * A golden file of the shared vectors, as a file path: testkit's {@code /golden/} folder, which this
     * module's pom adds to its test class path (it cannot depend on testkit, which depends on it).
     */
    static Path golden(String name) {
        return resource("golden/" + name);
    }

    /** A test resource as a file path. */
    static Path resource(String name) {
        try {
            return Path.of(GoldenModelsTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void semanticsLoads() {
        Model m = ModelLoader.load(golden("semantics.yaml"));
        assertThat(m.name()).isEqualTo("golden-semantics");
        assertThat(m.sites()).hasSize(3);
        assertThat(m.powerFeeds()).hasSize(4);
        assertThat(m.nodes()).hasSize(7);
        assertThat(m.links()).hasSize(6);
        assertThat(m.groups()).extracting(Group::id).containsExactly("duct-a", "unused-group");
        assertThat(m.suppliers()).extracting(Supplier::id).containsExactly("telco", "sub", "idle");
        assertThat(m.services()).hasSize(6);
        Service c2 = m.services().get(2);
        assertThat(c2.endpoints()).containsExactly(java.util.List.of("hq-1", "hq-2"), java.util.List.of("base-1"));
        assertThat(c2.dependsOn()).containsExactly(List.of("access"));
        assertThat(c2.neverOut()).isEqualTo(1);
        assertThat(c2.kind()).isEqualTo(ServiceKind.VITAL);
        Node hq2 = m.nodes().get(1);
        assertThat(hq2.power()).containsExactly("ups-hq");
        assertThat(m.nodes().get(0).power()).isNull();
        assertThat(m.nodes().get(2).operator()).isEqualTo("sub");
        assertThat(m.nodes().get(0).operator()).isEqualTo(Model.DEFENCE);
        assertThat(m.nodes().get(0).owner()).isEqualTo(Model.DEFENCE);
        assertThat(m.source().file()).endsWith("semantics.yaml");
        assertThat(m.source().sha256()).hasSize(64);
        assertThat(m.source().locationOf("hq-1")).isEqualTo(new Location(m.source().file(), 13, 10));
        // undeclared groups are located at their first use
        assertThat(m.source().locationOf("region-west").line()).isEqualTo(8);
        assertThat(m.source().locationOf("bunker").line()).isEqualTo(18);
        assertThat(m.source().locationOf("duct-a").line()).isEqualTo(28);
    }

    @Test
    void availabilityLoadsWithFiguresAndDefaults() {
        Model m = ModelLoader.load(golden("availability.yaml"));
        assertThat(m.defaults()).containsOnlyKeys("link");
        assertThat(m.defaults().get("link")).isEqualTo(new Reliability(20000.0, 8.0));
        assertThat(m.nodes().get(0).reliability()).isEqualTo(new Reliability(50000.0, 4.0));
        assertThat(m.nodes().get(2).reliability()).isEqualTo(Reliability.NONE);
        assertThat(m.services().get(0).reliability()).isEqualTo(new Reliability(8760.0, 12.0));
        assertThat(m.powerFeeds().get(0).reliability()).isEqualTo(new Reliability(8760.0, 3.0));
    }

    @Test
    void abileneJsonLoads() {
        Model m = ModelLoader.load(golden("abilene.json"));
        assertThat(m.name()).isEqualTo("golden-abilene");
        assertThat(m.nodes()).hasSize(11);
        assertThat(m.links()).hasSize(14);
        assertThat(m.services()).hasSize(10);
        assertThat(m.services().get(9).endpoints())
                .containsExactly(java.util.List.of("n4"), java.util.List.of("n4", "n6"));
        assertThat(m.source().locationOf("n0").line()).isGreaterThan(1);
    }
}
