package org.neverout.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.EventKind;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.testkit.CapacityOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.RandomTraffic;
import org.neverout.testkit.TopologyZoo;

/**
 * The capacity analysis against the independent {@link CapacityOracle} on seeded random models over real
 * Topology Zoo graphs, with random costs, capacities, demands (alternatives included) and every event
 * kind of the generator (sites, power feeds, groups, software, suppliers): base and worst utilisation and
 * the worst scenario of every link, links above the threshold and capacity per class, unroutable and
 * congested demands per scenario, and capacity verdicts, for n-1 and n-2, with 1 and 2 threads.
 */
class CapacityVsOracleTest {
    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        String[] graphs = {"Abilene", "Nsfnet", "Arpanet19706", "Claranet"};
        for (int i = 0; i < 12; i++) {
            String graph = graphs[i % graphs.length];
            List<EventKind> kinds = i % 3 == 0 ? List.of(EventKind.NODE, EventKind.LINK)
                    : i % 3 == 1 ? List.of(EventKind.NODE, EventKind.LINK, EventKind.SITE, EventKind.POWER)
                    : List.of(EventKind.values());
            out.add(Arguments.of(graph, 100L + i, kinds, i % 2 == 0 ? 2 : 1));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} {2} n-{3}")
    @MethodSource("models")
    void agreesWithTheOracle(String graph, long seed, List<EventKind> kinds, int failures) {
        Model base = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        Model model = RandomTraffic.add(base, 12, seed);
        double threshold = 0.6;
        CapacityOracle oracle = new CapacityOracle(model);
        Set<String> tokens = new HashSet<>();
        kinds.forEach(k -> tokens.add(k.token()));
        List<CapacityOracle.ScenarioFigures> figures = oracle.evaluate(tokens, failures);
        List<CapacityOracle.LinkFigures> expected = oracle.links(figures);
        for (int threads : new int[] {1, 2}) {
            CapacityResult r = CapacityAnalysis.analyze(model, CapacityQuestion.defaults().withKinds(kinds)
                    .withMaxFailures(failures).withThreshold(threshold).withThreads(threads));
            assertThat(r.scenarios()).isEqualTo(figures.size());
            assertThat(r.complete()).isTrue();
            for (int i = 0; i < expected.size(); i++) {
                CapacityOracle.LinkFigures e = expected.get(i);
                LinkUtilisation l = r.links().get(i);
                assertThat(l.id()).isEqualTo(e.id());
                if (e.base() == null) {
                    assertThat(l.baseUtilisation()).isNull();
                    assertThat(l.worstUtilisation()).isNull();
                    continue;
                }
                assertThat(l.baseUtilisation()).as(l.id()).isCloseTo(e.base(), within(1e-9));
                assertThat(l.worstUtilisation()).as(l.id()).isCloseTo(e.worst(), within(1e-9));
                assertThat(l.worstScenario()).as(l.id()).isEqualTo(e.worstScenario());
                double[] baseLoad = figures.get(0).loads().get(l.id());
                assertThat(l.baseLoadAb()).isCloseTo(baseLoad[0], within(1e-9));
                assertThat(l.baseLoadBa()).isCloseTo(baseLoad[1], within(1e-9));
            }
            assertThat(r.unroutable()).extracting(ScenarioServices::scenario, ScenarioServices::services)
                    .containsExactlyElementsOf(figures.stream().filter(f -> !f.unroutable().isEmpty())
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.scenario(), f.unroutable())).toList());
            assertThat(r.congested()).extracting(ScenarioServices::scenario, ScenarioServices::services)
                    .containsExactlyElementsOf(figures.stream().filter(f -> !f.congested().isEmpty())
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.scenario(), f.congested())).toList());
            for (ScenarioClass c : r.classes()) {
                int high = 0;
                int full = 0;
                for (org.neverout.model.Link link : model.links()) {
                    double worst = Double.NaN;
                    for (CapacityOracle.ScenarioFigures f : figures) {
                        Double u = CapacityOracle.utilisation(link, f.loads().get(link.id()));
                        if (f.failures() == c.failures() && u != null && !(u <= worst)) {
                            worst = u;
                        }
                    }
                    high += worst > threshold + 1e-9 ? 1 : 0;
                    full += worst > 1 + 1e-9 ? 1 : 0;
                }
                assertThat(c.linksAboveThreshold()).as(c.name()).isEqualTo(high);
                assertThat(c.linksAboveCapacity()).as(c.name()).isEqualTo(full);
            }
            for (CapacityVerdict v : r.verdicts()) {
                Service s = model.services().stream().filter(x -> x.id().equals(v.service())).findFirst().orElseThrow();
                List<String> first = figures.stream().filter(f -> f.failures() <= s.neverOut()
                        && (f.unroutable().contains(s.id()) || f.congested().contains(s.id())))
                        .map(CapacityOracle.ScenarioFigures::scenario).findFirst().orElse(null);
                NeverOutVerdict.Status status = first != null ? NeverOutVerdict.Status.VIOLATED
                        : s.neverOut() > failures ? NeverOutVerdict.Status.UNVERIFIED : NeverOutVerdict.Status.MEETS;
                assertThat(v.status()).as(v.service()).isEqualTo(status);
                assertThat(v.scenario()).as(v.service()).isEqualTo(first);
            }
            assertThat(r.verdicts()).hasSize((int) model.services().stream()
                    .filter(s -> s.demand() != null && s.neverOut() > 0 && s.endpoints().size() == 2).count());
        }
        // the models must exercise what is compared
        assertThat(figures.stream().anyMatch(f -> !f.congested().isEmpty()) || failures == 1).isTrue();
        Map<String, double[]> ignored = figures.get(0).loads();
        assertThat(ignored).isNotEmpty();
    }
}
