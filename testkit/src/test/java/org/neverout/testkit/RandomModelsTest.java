package org.neverout.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/** The generator is deterministic, makes models whose references all resolve, and covers what it promises. */
class RandomModelsTest {
    private static final List<RandomModels.Spec> SPECS = List.of(RandomModels.Spec.everyEventKind(),
            RandomModels.Spec.supplierTree(8, 3), RandomModels.Spec.quantifiable(13));

    @Test
    void theSameSeedGivesTheSameModel() {
        TopologyZoo.Graph g = TopologyZoo.load("Abilene");
        for (RandomModels.Spec spec : SPECS) {
            assertThat(RandomModels.generate(g, spec, 7)).isEqualTo(RandomModels.generate(g, spec, 7))
                    .isNotEqualTo(RandomModels.generate(g, spec, 8));
        }
    }

    @ParameterizedTest(name = "seeds from {0}")
    @ValueSource(ints = {0, 100, 200})
    void everyReferenceResolves(int from) {
        for (String graph : TopologyZoo.SMALL) {
            for (RandomModels.Spec spec : SPECS) {
                for (int seed = from; seed < from + 20; seed++) {
                    assertResolves(RandomModels.generate(TopologyZoo.load(graph), spec, seed));
                }
            }
        }
    }

    @Test
    void theMixesCoverTheirCases() {
        Coverage cut = coverage(RandomModels.Spec.everyEventKind());
        assertThat(cut.emptyOwnPower).isTrue();
        assertThat(cut.ownPower).isTrue();
        assertThat(cut.noEndpoints).isTrue();
        assertThat(cut.twoDependencies).isTrue();
        assertThat(cut.dependsOnAlternatives).as("alternatives in depends_on").isTrue();
        assertThat(cut.repeatedAlternative).isTrue();
        assertThat(cut.supplierOperated).containsExactlyInAnyOrder("telco", "sub", "subsub", "dc-co");
        Coverage quant = coverage(RandomModels.Spec.quantifiable(13));
        assertThat(quant.unpoweredSite).isTrue();
        assertThat(quant.emptyOwnPower).isTrue();
        assertThat(quant.figures).isTrue();
        assertThat(quant.defaults).isTrue();
        assertThat(quant.commonModeFigures).as("figures on groups, software versions, suppliers").isTrue();
        assertThat(quant.repeatedAlternative).isFalse();
        Coverage control = coverage(RandomModels.Spec.supplierTree(8, 4));
        assertThat(control.ownPower).isFalse();
        assertThat(control.figures).isFalse();
        assertThat(control.commonModeFigures).isFalse();
    }

    @Test
    void theEventBudgetAndTheSupplierCapHold() {
        for (String graph : TopologyZoo.SMALL) {
            for (int seed = 0; seed < 50; seed++) {
                Model q = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.quantifiable(13), seed);
                assertThat(new AvailabilityOracle(q).failureCapableEvents()).hasSizeBetween(1, 13);
                Model capped = RandomModels.generate(TopologyZoo.load(graph),
                        RandomModels.Spec.supplierTree(4, 10).withMaxSupplierOperated(5), seed);
                assertThat(new BruteForceOracle(capped).supplierOperated()).hasSize(5);
            }
        }
    }

    private static void assertResolves(Model m) {
        Set<String> nodes = new HashSet<>();
        m.nodes().forEach(n -> nodes.add(n.id()));
        Set<String> feeds = new HashSet<>();
        m.powerFeeds().forEach(f -> feeds.add(f.id()));
        Set<String> sites = new HashSet<>();
        m.sites().forEach(s -> sites.add(s.id()));
        Set<String> suppliers = new HashSet<>(Set.of(Model.DEFENCE));
        m.suppliers().forEach(s -> suppliers.add(s.id()));
        for (Site s : m.sites()) {
            assertThat(feeds).containsAll(s.power());
        }
        for (Node n : m.nodes()) {
            assertThat(n.site() == null || sites.contains(n.site())).isTrue();
            assertThat(n.power() == null || feeds.containsAll(n.power())).isTrue();
            assertThat(suppliers).contains(n.operator(), n.owner());
        }
        for (Link l : m.links()) {
            assertThat(nodes).contains(l.a(), l.b());
            assertThat(l.a()).isNotEqualTo(l.b());
            assertThat(suppliers).contains(l.operator(), l.owner());
        }
        for (Supplier s : m.suppliers()) {
            assertThat(s.parent() == null || suppliers.contains(s.parent())).isTrue();
        }
        Set<String> earlier = new HashSet<>();
        for (Service s : m.services()) {
            s.endpoints().forEach(e -> assertThat(nodes).containsAll(e));
            assertThat(earlier).as("depends_on is acyclic: only earlier services").containsAll(s.dependencyIds());
            earlier.add(s.id());
        }
    }

    /** What a mix produced over 4 graphs x 40 seeds. */
    private static final class Coverage {
        boolean ownPower;
        boolean emptyOwnPower;
        boolean unpoweredSite;
        boolean noEndpoints;
        boolean twoDependencies;
        boolean dependsOnAlternatives;
        boolean repeatedAlternative;
        boolean figures;
        boolean defaults;
        boolean commonModeFigures;
        final Set<String> supplierOperated = new HashSet<>();
    }

    private static Coverage coverage(RandomModels.Spec spec) {
        Coverage c = new Coverage();
        for (String graph : TopologyZoo.SMALL) {
            for (int seed = 0; seed < 40; seed++) {
                Model m = RandomModels.generate(TopologyZoo.load(graph), spec, seed);
                for (Node n : m.nodes()) {
                    c.ownPower |= n.power() != null;
                    c.emptyOwnPower |= n.power() != null && n.power().isEmpty();
                    c.figures |= n.reliability().isPresent();
                    if (!Model.DEFENCE.equals(n.operator())) {
                        c.supplierOperated.add(n.operator());
                    }
                }
                c.unpoweredSite |= m.sites().stream().anyMatch(s -> s.power().isEmpty());
                c.figures |= m.powerFeeds().stream().map(PowerFeed::reliability).anyMatch(r -> r.isPresent());
                c.defaults |= !m.defaults().isEmpty();
                c.commonModeFigures |= m.defaults().containsKey("group") || m.defaults().containsKey("software")
                        || m.groups().stream().anyMatch(g -> g.reliability().isPresent())
                        || m.suppliers().stream().anyMatch(s -> s.reliability().isPresent())
                        || m.softwareVersions().stream().anyMatch(v -> v.reliability().isPresent());
                for (Service s : m.services()) {
                    c.noEndpoints |= s.endpoints().isEmpty();
                    c.twoDependencies |= s.dependsOn().size() == 2;
                    c.dependsOnAlternatives |= s.dependsOn().stream().anyMatch(e -> new HashSet<>(e).size() > 1);
                    c.repeatedAlternative |= s.endpoints().stream().anyMatch(e -> new HashSet<>(e).size() < e.size());
                }
            }
        }
        return c;
    }
}
