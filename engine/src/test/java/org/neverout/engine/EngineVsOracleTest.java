package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** The engine against the brute-force oracle on seeded random models over real Topology Zoo graphs. */
class EngineVsOracleTest {
    private static final List<String> SMALL = List.of("Arpanet196912", "Abilene", "Cesnet1999", "Nsfnet", "Sprint");
    private static final List<String> MEDIUM = List.of("Garr199901", "Aarnet", "Geant2001", "Janetbackbone", "Bics");

    static Stream<Arguments> ordersOneAndTwo() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : concat(SMALL, MEDIUM)) {
            for (long seed = 1; seed <= 6; seed++) {
                cases.add(Arguments.of(graph, seed, 1));
                cases.add(Arguments.of(graph, seed, 2));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> orderThree() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : SMALL) {
            for (long seed = 11; seed <= 14; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> kindSubsets() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : concat(SMALL, MEDIUM)) {
            for (long seed = 21; seed <= 24; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> orderThreeNetworkOnly() {
        return Stream.of("Garr199901", "Aarnet", "Geant2001").flatMap(g ->
                Stream.of(Arguments.of(g, 31L), Arguments.of(g, 32L)));
    }

    @ParameterizedTest(name = "{0} seed {1} order {2}")
    @MethodSource("ordersOneAndTwo")
    void agreesWithOracleOnEveryEventKind(String graph, long seed, int order) {
        check(graph, seed, order, EnumSet.allOf(EventKind.class));
    }

    @ParameterizedTest(name = "{0} seed {1} order 3")
    @MethodSource("orderThree")
    void agreesWithOracleAtOrderThree(String graph, long seed) {
        check(graph, seed, 3, EnumSet.allOf(EventKind.class));
    }

    @ParameterizedTest(name = "{0} seed {1} order 3, nodes links services")
    @MethodSource("orderThreeNetworkOnly")
    void agreesWithOracleAtOrderThreeOnLargerGraphs(String graph, long seed) {
        check(graph, seed, 3, EnumSet.of(EventKind.NODE, EventKind.LINK, EventKind.SERVICE));
    }

    @ParameterizedTest(name = "{0} seed {1} random --events")
    @MethodSource("kindSubsets")
    void agreesWithOracleOnEventKindSubsets(String graph, long seed) {
        Random random = new Random(seed * 7919);
        EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (random.nextBoolean()) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            kinds.add(EventKind.values()[random.nextInt(EventKind.values().length)]);
        }
        check(graph, seed, 1 + random.nextInt(2), kinds);
    }

    private static void check(String graphName, long seed, int order, Set<EventKind> kinds) {
        Model model = RandomModels.generate(TopologyZoo.load(graphName), RandomModels.Spec.everyEventKind(), seed);
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisQuestion question = new AnalysisQuestion(order, kinds, 1, 0, null);
        AnalysisResult single = CutSetEngine.analyze(compiled, question, ProgressListener.NONE);
        AnalysisResult parallel = CutSetEngine.analyze(compiled, question.withThreads(2), ProgressListener.NONE);

        Set<String> tokens = kinds.stream().map(EventKind::token).collect(Collectors.toSet());
        BruteForceOracle oracle = new BruteForceOracle(model);
        Map<String, List<List<String>>> expected = oracle.minimalCutSets(order, tokens);
        Map<String, Boolean> upExpected = oracle.evaluate(Set.of());

        assertThat(cutSets(single)).as("%s seed %d order %d kinds %s", graphName, seed, order, tokens)
                .isEqualTo(expected);
        assertThat(single.services()).allSatisfy(s -> {
            assertThat(s.up()).as("up of %s", s.id()).isEqualTo(upExpected.get(s.id()));
            assertThat(s.complete()).isTrue();
        });
        assertThat(single.complete()).isTrue();
        assertThat(parallel.services()).isEqualTo(single.services());
    }

    private static Map<String, List<List<String>>> cutSets(AnalysisResult result) {
        Map<String, List<List<String>>> map = new LinkedHashMap<>();
        result.services().forEach(s -> map.put(s.id(), s.cutSets()));
        return map;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
