package org.neverout.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Simulated states against the brute-force oracle on seeded random models with suppliers and
 * subcontractors, and the causal chains checked for soundness: the root events of a down service, failed
 * alone, take it down too, and each reason given holds.
 */
class SimulationAgainstOracleTest {

    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 5; seed++) {
                out.add(Arguments.of(graph, seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("models")
    void statesMatchTheOracleAndCausesAreSound(String graph, long seed) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.supplierTree(8, 3), seed);
        CompiledModel compiled = CompiledModel.compile(model);
        BruteForceOracle oracle = new BruteForceOracle(model);
        List<String> events = oracle.eventIds();
        Map<String, Boolean> baseline = oracle.evaluate(Set.of());
        Random random = new Random(seed * 31 + graph.hashCode());
        int downSeen = 0;
        for (int trial = 0; trial < 60; trial++) {
            List<String> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            List<String> fail = shuffled.subList(0, 1 + random.nextInt(4));
            SimulationResult result = Simulation.run(model, compiled, fail, 2.5);
            Map<String, Boolean> expected = oracle.evaluate(new HashSet<>(fail));
            long users = 0;
            for (ServiceOutcome s : result.services()) {
                assertThat(s.up()).as(s.id() + " after " + fail).isEqualTo(expected.get(s.id()));
                assertThat(s.upWithoutFailure()).isEqualTo(baseline.get(s.id()));
                if (s.up()) {
                    assertThat(s.cause()).isNull();
                    continue;
                }
                downSeen++;
                ServiceCause c = s.cause();
                assertThat(c.failedItself() || !c.dependenciesDown().isEmpty() || !c.entriesCutOff().isEmpty()
                        || c.split() != null).as("a reason for " + s.id() + " after " + fail).isTrue();
                assertThat(fail).containsAll(c.rootEvents());
                if (s.upWithoutFailure()) {
                    // the root events alone take the service down: the chain is a real cause
                    assertThat(oracle.evaluate(new HashSet<>(c.rootEvents())).get(s.id()))
                            .as(s.id() + " down by " + c.rootEvents() + " of " + fail).isFalse();
                    users += s.users() == null ? 0 : s.users();
                }
                c.dependenciesDown().forEach(d -> assertThat(expected.get(d)).isFalse());
                c.entriesCutOff().forEach(e -> e.members().forEach(m -> assertThat(hasReason(m)).isTrue()));
                if (c.split() != null) {
                    assertThat(c.split().parts()).hasSizeGreaterThanOrEqualTo(2);
                    c.split().separatedBy().forEach(m -> assertThat(hasReason(m)).isTrue());
                }
            }
            assertThat(result.impact().usersAffected()).isEqualTo(users);
            assertThat(result.impact().userHours()).isEqualTo(users * 2.5);
            assertThat(result.story()).hasSize((int) result.services().stream().filter(o -> !o.up()).count());
            for (int i = 1; i < result.story().size(); i++) {
                assertThat(result.service(result.story().get(i - 1)).level())
                        .isLessThanOrEqualTo(result.service(result.story().get(i)).level());
            }
        }
        assertThat(downSeen).as("the trials must take services down").isPositive();
    }

    private static boolean hasReason(ElementFailure f) {
        return !f.events().isEmpty() || !f.feedsDown().isEmpty() && f.feedsDown().stream().allMatch(
                SimulationAgainstOracleTest::hasReason) || !f.endsDown().isEmpty()
                && f.endsDown().stream().allMatch(SimulationAgainstOracleTest::hasReason);
    }
}
