package org.neverout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neverout.model.GroupKind;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;

/** The NAFIN-scale generator: deterministic by seed, loadable, and of the size the issue asks for. */
class NafinScaleModelTest {
    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
        assertThat(NafinScaleModel.yaml(1)).isEqualTo(NafinScaleModel.yaml(1));
        assertThat(NafinScaleModel.yaml(2)).isNotEqualTo(NafinScaleModel.yaml(1));
    }

    @Test
    void theModelLoadsWithTheSizesOfANationalNetwork() {
        for (long seed = 1; seed <= 3; seed++) {
            Model m = ModelLoader.parse(NafinScaleModel.yaml(seed), "nafin-scale.yaml", Format.YAML);
            assertThat(m.sites()).hasSize(250);
            assertThat(m.nodes()).hasSize(1200);
            assertThat(m.links()).hasSize(2000);
            assertThat(m.suppliers()).hasSize(20);
            assertThat(m.suppliers().stream().filter(s -> s.parent() != null)).hasSize(12);
            assertThat(m.softwareVersions()).hasSize(30);
            assertThat(m.services()).hasSize(300);
            assertThat(m.groups().stream().filter(g -> g.kind() == GroupKind.CONDUIT)).hasSize(80);
            assertThat(m.powerFeeds().size()).isGreaterThan(250); // a grid feed per site, most with a backup
            long infrastructure = m.services().stream().filter(s -> s.kind() == ServiceKind.INFRASTRUCTURE).count();
            assertThat(infrastructure).isEqualTo(NafinScaleModel.INFRA.length);
            // the shared infrastructure services are shared: most services depend on at least one of them
            long dependent = m.services().stream().filter(s -> !s.dependsOn().isEmpty()).count();
            assertThat(dependent).isGreaterThan(200);
            assertThat(m.services().stream().mapToInt(Service::neverOut).max().orElse(0)).isEqualTo(2);
        }
    }
}
