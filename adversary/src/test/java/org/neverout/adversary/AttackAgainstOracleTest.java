package org.neverout.adversary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.AttackOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The cheapest attack of every service, its ties, {@code proven} and the places to protect, against the
 * testkit's brute force, on seeded random models over real topologies with random explicit and default
 * costs (software versions, suppliers and services made attackable now and then), orders 2 and 3.
 */
class AttackAgainstOracleTest {
    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 5; seed++) {
                out.add(Arguments.of(graph, seed, 2, "all"));
                out.add(Arguments.of(graph, seed, 2, "node,link"));
            }
            for (long seed = 11; seed <= 12; seed++) {
                out.add(Arguments.of(graph, seed, 3, "all"));
            }
            out.add(Arguments.of(graph, 21L, 3, "node,link,site,software,service"));
        }
        return out.stream();
    }

    private static Set<EventKind> kinds(String tokens) {
        if (tokens.equals("all")) {
            return EnumSet.allOf(EventKind.class);
        }
        Set<EventKind> out = EnumSet.noneOf(EventKind.class);
        for (String t : tokens.split(",")) {
            out.add(EventKind.parse(t));
        }
        return out;
    }

    private static Set<String> tokens(Set<EventKind> kinds) {
        return kinds.stream().map(EventKind::token).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} seed {1} order {2} {3}")
    @MethodSource("models")
    void cheapestAttacksMatchTheBruteForce(String graph, long seed, int order, String kindTokens) {
        Model model = AttackOracle.withRandomCosts(
                RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed), seed * 31);
        Set<EventKind> kinds = kinds(kindTokens);
        AttackReport report = AttackAnalysis.run(model, new AnalysisQuestion(order, kinds, 2, 0, null),
                ProgressListener.NONE);
        Map<String, AttackOracle.Attack> expected = new AttackOracle(model).cheapest(order, tokens(kinds));
        assertThat(report.complete()).isTrue();
        Map<String, Set<String>> exposedTo = new TreeMap<>();
        for (ServiceAttack s : report.services()) {
            AttackOracle.Attack want = expected.get(s.service());
            if (want == null) {
                assertThat(s.cheapest()).as(s.service()).isNull();
                assertThat(s.tied()).as(s.service()).isEmpty();
                continue;
            }
            assertThat(s.cheapest()).as(s.service()).isNotNull();
            assertThat(s.cheapest().cost()).as(s.service()).isCloseTo(want.cost(), within(1e-9));
            assertThat(s.cheapest().cutSet()).as(s.service()).isEqualTo(want.tied().get(0));
            assertThat(s.tied()).as(s.service()).isEqualTo(want.tied());
            assertThat(s.cheapest().proven()).as("proven %s", s.service()).isEqualTo(want.proven());
            if (s.kind() == ServiceKind.VITAL) {
                want.tied().forEach(c -> c.forEach(e -> exposedTo.computeIfAbsent(e, k -> new TreeSet<>())
                        .add(s.service())));
            }
        }
        Map<String, Set<String>> reported = new TreeMap<>();
        report.sites().forEach(site -> site.elements().forEach(e -> reported.put(e.event(),
                new TreeSet<>(e.services()))));
        assertThat(reported).isEqualTo(exposedTo);
    }

    @Test
    void theSeedsExerciseEveryOutcome() {
        int proven = 0;
        int unproven = 0;
        int none = 0;
        int ties = 0;
        int explicitSoftwareOrSupplier = 0;
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 5; seed++) {
                Model model = AttackOracle.withRandomCosts(
                        RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed),
                        seed * 31);
                AttackReport report = AttackAnalysis.run(model,
                        new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 2, 0, null), ProgressListener.NONE);
                for (ServiceAttack s : report.services()) {
                    if (s.cheapest() == null) {
                        none++;
                        continue;
                    }
                    proven += s.cheapest().proven() ? 1 : 0;
                    unproven += s.cheapest().proven() ? 0 : 1;
                    ties += s.tied().size() > 1 ? 1 : 0;
                    explicitSoftwareOrSupplier += s.cheapest().cutSet().stream()
                            .anyMatch(e -> e.startsWith("software:") || e.startsWith("supplier:")) ? 1 : 0;
                }
            }
        }
        assertThat(proven).isPositive();
        assertThat(unproven).isPositive();
        assertThat(none).isPositive();
        assertThat(ties).isPositive();
        assertThat(explicitSoftwareOrSupplier).isPositive();
    }
}
