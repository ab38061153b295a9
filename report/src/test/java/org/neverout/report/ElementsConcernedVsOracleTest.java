package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * What a root cause takes down (the decision page's "operated by / owned by") against the oracle's literal
 * reading of MODEL.md's network state, on seeded random models over real Topology Zoo graphs: every single
 * basic event, and random pairs and triples of them.
 */
class ElementsConcernedVsOracleTest {
    static List<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 6; seed++) {
                out.add(new Object[] {graph, seed});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void nodesAndLinksDownAreTheOraclesForEverySingleEventAndRandomCombinations(String graph, long seed) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        BruteForceOracle oracle = new BruteForceOracle(model);
        List<String> events = oracle.eventIds();
        Set<String> services = new TreeSet<>(model.services().stream().map(Service::id).toList());
        int nonEmpty = 0;
        for (String e : events) {
            nonEmpty += check(model, oracle, List.of(e), services) ? 1 : 0;
        }
        SplittableRandom random = new SplittableRandom(seed * 31 + graph.hashCode());
        for (int i = 0; i < 200; i++) {
            int size = 2 + random.nextInt(2);
            Set<String> cut = new TreeSet<>();
            while (cut.size() < size) {
                cut.add(events.get(random.nextInt(events.size())));
            }
            check(model, oracle, List.copyOf(cut), services);
        }
        // the comparison is not vacuous: most single events take something down
        assertThat(nonEmpty).isGreaterThan(events.size() / 2);
    }

    private static boolean check(Model model, BruteForceOracle oracle, List<String> cut, Set<String> services) {
        ElementsConcerned concerned = ElementsConcerned.of(model, cut);
        Set<String> failed = Set.copyOf(cut);
        assertThat(concerned.nodes()).as("nodes down after %s", cut).isEqualTo(oracle.nodesDown(failed));
        assertThat(concerned.links()).as("links covered by %s", cut).isEqualTo(oracle.linksCovered(failed));
        assertThat(concerned.services()).as("services among %s", cut)
                .containsExactlyInAnyOrderElementsOf(cut.stream().filter(services::contains).toList());
        return !concerned.isEmpty();
    }
}
