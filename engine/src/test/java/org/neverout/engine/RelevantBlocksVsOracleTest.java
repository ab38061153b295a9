package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Odds;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * {@link RelevantBlocks} says an event cannot matter to a service under some failures only when, per the
 * brute-force oracle, adding that event to those failures plus any further ones never changes the service's
 * state. Models without depends_on (what the blocks judge is a service's own endpoints), every event kind,
 * random prefixes of up to two failures and random extensions of up to two more.
 */
class RelevantBlocksVsOracleTest {
    static Stream<Arguments> models() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : List.of("Arpanet196912", "Abilene", "Cesnet1999", "Nsfnet", "Sprint", "Aarnet")) {
            for (long seed = 1; seed <= 5; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("models")
    void anEventThatDoesNotMatterNeverChangesTheServicesState(String graph, long seed) {
        RandomModels.Spec everyKind = RandomModels.Spec.everyEventKind();
        RandomModels.Spec spec = new RandomModels.Spec(everyKind.minServices(), everyKind.maxServices(),
                everyKind.supplierShare(), everyKind.maxSupplierOperated(), everyKind.power(), everyKind.ownPower(),
                Odds.NEVER, everyKind.maxAlternatives(), everyKind.distinctAlternatives(), Odds.NEVER, Odds.NEVER,
                0, false);
        Model model = RandomModels.generate(TopologyZoo.load(graph), spec, seed);
        CompiledModel m = CompiledModel.compile(model);
        BruteForceOracle oracle = new BruteForceOracle(model);
        List<Integer> network = new ArrayList<>();
        for (int e = 0; e < m.events.size(); e++) {
            if (m.events.get(e).kind() != EventKind.SERVICE) {
                network.add(e);
            }
        }
        Random random = new Random(seed);
        int judged = 0;
        int ruledOut = 0;
        for (int trial = 0; trial < 6; trial++) {
            List<Integer> prefix = pick(network, random.nextInt(3), random);
            NetworkState state = new NetworkState(m);
            for (int e : prefix) {
                state.apply(e);
            }
            ResidualGraph graphNow = new ResidualGraph(m);
            graphNow.build(state);
            RelevantBlocks blocks = new RelevantBlocks(m);
            blocks.snapshot(graphNow);
            for (int s = 0; s < m.serviceCount(); s++) {
                if (m.serviceEntries[s].length == 0) {
                    continue;
                }
                String id = m.serviceIds[s];
                boolean down = blocks.compute(s, graphNow) == RelevantBlocks.DOWN;
                assertThat(down).as("%s down under %s", id, ids(m, prefix)).isEqualTo(!oracle.evaluate(ids(m, prefix)).get(id));
                if (down) {
                    continue;
                }
                for (int e : network) {
                    judged++;
                    if (prefix.contains(e) || blocks.matters(s, e)) {
                        continue;
                    }
                    ruledOut++;
                    for (int x = 0; x < 4; x++) {
                        Set<String> failed = ids(m, prefix);
                        failed.addAll(ids(m, pick(network, random.nextInt(3), random)));
                        failed.remove(m.events.get(e).id());
                        Set<String> with = new HashSet<>(failed);
                        with.add(m.events.get(e).id());
                        Map<String, Boolean> before = oracle.evaluate(failed);
                        Map<String, Boolean> after = oracle.evaluate(with);
                        assertThat(after.get(id)).as("%s: %s does not matter under %s, yet changes it with %s", id,
                                m.events.get(e).id(), ids(m, prefix), failed).isEqualTo(before.get(id));
                    }
                }
            }
        }
        assertThat(judged).isPositive();
        assertThat(ruledOut).as("events ruled out (the test must exercise the pruning)").isPositive();
    }

    private static List<Integer> pick(List<Integer> from, int count, Random random) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int e = from.get(random.nextInt(from.size()));
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> ids(CompiledModel m, List<Integer> events) {
        Set<String> out = new HashSet<>();
        for (int e : events) {
            out.add(m.events.get(e).id());
        }
        return out;
    }
}
