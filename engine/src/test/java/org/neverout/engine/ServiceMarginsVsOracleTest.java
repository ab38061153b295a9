package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.testkit.MarginOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Live margins against the brute-force {@link MarginOracle} on seeded random models over real Topology Zoo
 * graphs (every event kind, alternatives in endpoints and depends_on, services without endpoints), with
 * random down sets of 0 to 3 events of any kind, orders 1 to 3 and random enabled kinds.
 */
class ServiceMarginsVsOracleTest {
    private static final List<String> SMALL = List.of("Arpanet196912", "Abilene", "Cesnet1999", "Nsfnet", "Sprint");
    private static final List<String> MEDIUM = List.of("Garr199901", "Aarnet", "Geant2001", "Janetbackbone", "Bics");

    static Stream<Arguments> ordersOneAndTwo() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : concat(SMALL, MEDIUM)) {
            for (long seed = 1; seed <= 8; seed++) {
                cases.add(Arguments.of(graph, seed, 1 + (int) (seed % 2)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> orderThree() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : SMALL) {
            for (long seed = 41; seed <= 44; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> kindSubsets() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : concat(SMALL, MEDIUM)) {
            for (long seed = 61; seed <= 64; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
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

    @ParameterizedTest(name = "{0} seed {1} order 3, nodes and links")
    @MethodSource("orderThree")
    void agreesWithOracleAtOrderThreeOverNodesAndLinks(String graph, long seed) {
        // without service events a dependency is no single point: margins of 2 and 3 through alternatives
        check(graph, seed + 100, 3, EnumSet.of(EventKind.NODE, EventKind.LINK));
    }

    @ParameterizedTest(name = "{0} seed {1} order 3, links")
    @MethodSource("kindSubsets")
    void agreesWithOracleAtOrderThreeOverLinks(String graph, long seed) {
        // links alone never take an endpoint down: most margins are 2, 3 or beyond, found by the deeper levels
        check(graph, seed + 200, 3, EnumSet.of(EventKind.LINK));
    }

    @ParameterizedTest(name = "{0} seed {1} random kinds")
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
        Random random = new Random(seed * 31 + order);
        List<String> events = compiled.events().stream().map(BasicEvent::id).toList();
        Set<String> tokens = kinds.stream().map(EventKind::token).collect(Collectors.toSet());
        MarginOracle oracle = new MarginOracle(model);
        for (int downCount = 0; downCount <= 3; downCount++) {
            Set<String> down = new TreeSet<>();
            while (down.size() < downCount) {
                down.add(events.get(random.nextInt(events.size()))); // any kind, enabled or not
            }
            AnalysisQuestion question = new AnalysisQuestion(order, kinds, 1, 0, null);
            MarginResult single = ServiceMargins.compute(compiled, down, question);
            Map<String, MarginOracle.Margin> expected = oracle.margins(down, order, tokens);
            assertThat(actual(single)).as("%s seed %d order %d kinds %s down %s", graphName, seed, order, tokens, down)
                    .isEqualTo(expected);
            assertThat(single.complete()).isTrue();
            assertThat(single.order()).isEqualTo(order);
            assertThat(ServiceMargins.compute(compiled, down, question.withThreads(2))).isEqualTo(single);
        }
    }

    static Map<String, MarginOracle.Margin> actual(MarginResult result) {
        Map<String, MarginOracle.Margin> map = new LinkedHashMap<>();
        for (ServiceMargin s : result.services()) {
            map.put(s.serviceId(), new MarginOracle.Margin(s.up(), s.margin(), s.singlePoints()));
        }
        return map;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
