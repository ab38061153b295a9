package org.neverout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TopologyZooTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} nodes, {2} edges")
    @CsvSource({"Abilene, 11, 14", "Arpanet196912, 4, 4", "Arpanet19706, 9, 10", "Claranet, 15, 18", "Epoch, 6, 7",
            "Bics, 33, 48", "Janetbackbone, 29, 45"})
    void bundledGraphsHaveTheirNodesAndEdges(String name, int nodes, int edges) {
        TopologyZoo.Graph g = TopologyZoo.load(name);
        assertThat(g.name()).isEqualTo(name);
        assertThat(g.nodes()).isEqualTo(nodes);
        assertThat(g.edges()).hasSize(edges).allSatisfy(e -> {
            assertThat(e[0]).isBetween(0, nodes - 1).isNotEqualTo(e[1]);
            assertThat(e[1]).isBetween(0, nodes - 1);
        });
    }

    static java.util.List<String> bundled() {
        return TopologyZoo.BUNDLED;
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledGraphLoads(String name) {
        assertThat(TopologyZoo.load(name).nodes()).isPositive();
        assertThat(TopologyZoo.SMALL).isSubsetOf(TopologyZoo.BUNDLED);
    }

    @Test
    void theAttributionAndLicenceAreBundledWithTheGraphs() {
        assertThat(TopologyZoo.class.getResource("/topologyzoo/ATTRIBUTION.md")).isNotNull();
        assertThat(TopologyZoo.class.getResource("/topologyzoo/LICENSE")).isNotNull();
    }

    @Test
    void anUnknownGraphIsNamed() {
        assertThatThrownBy(() -> TopologyZoo.load("Atlantis"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Atlantis").hasMessageContaining("Abilene");
    }

    @Test
    void selfLoopsAreDroppedAndParallelEdgesKept() throws Exception {
        Path file = write("loops.graphml", graphml("<edge source='a' target='a'/><edge source='a' target='b'/>"
                + "<edge source='b' target='a'/>"));
        TopologyZoo.Graph g = TopologyZoo.load(file);
        assertThat(g.name()).isEqualTo("loops");
        assertThat(g.edges()).hasSize(2);
    }

    @Test
    void anEdgeToAnUnknownNodeIsNamed() throws Exception {
        Path file = write("bad.graphml", graphml("<edge source='a' target='ghost'/>"));
        assertThatThrownBy(() -> TopologyZoo.load(file)).hasMessageContaining("edge #1").hasMessageContaining("'ghost'");
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws Exception {
        Path secret = write("secret.txt", "do not read");
        Path file = write("xxe.graphml", "<?xml version='1.0'?><!DOCTYPE g [<!ENTITY x SYSTEM '" + secret.toUri()
                + "'>]><graphml><graph><node id='&x;'/></graph></graphml>");
        assertThatThrownBy(() -> TopologyZoo.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("do not read");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String graphml(String edges) {
        return "<?xml version='1.0'?><graphml xmlns='http://graphml.graphdrawing.org/xmlns'><graph>"
                + "<node id='a'/><node id='b'/>" + edges + "</graph></graphml>";
    }
}
