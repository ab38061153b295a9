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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * MODEL.md 1.1's verdicts, resilience and findings (one per root cause, in the contract's order, with
 * severity) against the brute-force oracle, on seeded random models over real Topology Zoo graphs:
 * orders 1 to 3, every event kind and random subsets, and runs cut short by --max-cut-sets (which must
 * give violated or unverified, never meets).
 */
class VerdictsVsOracleTest {
    private static final List<String> GRAPHS = List.of("Arpanet196912", "Abilene", "Cesnet1999", "Nsfnet", "Sprint",
            "Garr199901", "Aarnet");

    static Stream<Arguments> complete() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : GRAPHS) {
            for (long seed = 101; seed <= 104; seed++) {
                cases.add(Arguments.of(graph, seed, 1));
                cases.add(Arguments.of(graph, seed, 2));
            }
        }
        for (String graph : GRAPHS.subList(0, 4)) {
            cases.add(Arguments.of(graph, 111L, 3));
            cases.add(Arguments.of(graph, 112L, 3));
        }
        return cases.stream();
    }

    static Stream<Arguments> seeds() {
        List<Arguments> cases = new ArrayList<>();
        for (String graph : GRAPHS) {
            for (long seed = 121; seed <= 124; seed++) {
                cases.add(Arguments.of(graph, seed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} order {2}")
    @MethodSource("complete")
    void verdictsAndFindingsAgreeWithTheOracle(String graph, long seed, int order) {
        check(graph, seed, order, EnumSet.allOf(EventKind.class));
    }

    @Test
    void theSeedsExerciseEveryVerdictAndSeverity() {
        Set<String> verdicts = new java.util.TreeSet<>();
        Set<String> severities = new java.util.TreeSet<>();
        Set<String> all = Stream.of(EventKind.values()).map(EventKind::token).collect(Collectors.toSet());
        complete().forEach(a -> {
            Object[] args = a.get();
            Model model = RandomModels.generate(TopologyZoo.load((String) args[0]), RandomModels.Spec.everyEventKind(),
                    (Long) args[1]);
            BruteForceOracle oracle = new BruteForceOracle(model);
            int order = (Integer) args[2];
            oracle.verdicts(order, all).values().forEach(v -> verdicts.add(v.verdict()));
            oracle.findings(order, all).forEach(f -> severities.add(f.severity()));
        });
        assertThat(verdicts).containsExactly("meets", "none", "unverified", "violated");
        assertThat(severities).containsExactly("critical", "high", "medium");
    }

    @ParameterizedTest(name = "{0} seed {1} random --events")
    @MethodSource("seeds")
    void verdictsAndFindingsAgreeOnEventKindSubsets(String graph, long seed) {
        Random random = new Random(seed * 31);
        EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (random.nextBoolean()) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            kinds.add(EventKind.NODE);
        }
        check(graph, seed, 1 + random.nextInt(2), kinds);
    }

    @ParameterizedTest(name = "{0} seed {1} --max-cut-sets")
    @MethodSource("seeds")
    void aRunCutShortIsViolatedOrUnverifiedNeverMeets(String graph, long seed) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        int order = 2;
        long limit = 1 + new Random(seed).nextInt(3);
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), 1, limit, null), ProgressListener.NONE);
        BruteForceOracle oracle = new BruteForceOracle(model);
        Set<String> all = Stream.of(EventKind.values()).map(EventKind::token).collect(Collectors.toSet());
        Map<String, BruteForceOracle.Verdict> full = oracle.verdicts(order, all);
        Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(model, result);
        int cutShort = 0;
        for (Service s : model.services()) {
            ServiceResult r = result.service(s.id());
            NeverOutVerdict v = verdicts.get(s.id());
            BruteForceOracle.Verdict expected = BruteForceOracle.verdict(s, r.cutSets(), order, r.complete());
            assertThat(v.status().token()).as("%s", s.id()).isEqualTo(expected.verdict());
            assertThat(v.resilience()).as("%s resilience", s.id()).isEqualTo(expected.resilience());
            assertThat(v.resilienceAtLeast()).as("%s resilience_at_least", s.id()).isEqualTo(expected.resilienceAtLeast());
            if (!r.complete()) {
                cutShort++;
                assertThat(v.status()).as("%s cut short", s.id()).isNotEqualTo(NeverOutVerdict.Status.MEETS);
                if (s.neverOut() > 0) {
                    assertThat(v.status()).isIn(NeverOutVerdict.Status.VIOLATED, NeverOutVerdict.Status.UNVERIFIED);
                }
                assertThat(v.resilienceAtLeast()).isNull();
            }
            if (v.violated()) {
                assertThat(full.get(s.id()).verdict()).as("%s really violated", s.id()).isEqualTo("violated");
            }
        }
        assertThat(cutShort).as("the limit cut some service short").isPositive();
        assertThat(describe(NeverOutFindings.of(model, result))).isEqualTo(oracle.findings(cutSets(result)));
    }

    private static void check(String graph, long seed, int order, Set<EventKind> kinds) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model),
                new AnalysisQuestion(order, kinds, 1, 0, null), ProgressListener.NONE);
        Set<String> tokens = kinds.stream().map(EventKind::token).collect(Collectors.toSet());
        BruteForceOracle oracle = new BruteForceOracle(model);

        Map<String, BruteForceOracle.Verdict> expected = oracle.verdicts(order, tokens);
        Map<String, BruteForceOracle.Verdict> actual = new LinkedHashMap<>();
        NeverOutVerdict.of(model, result).forEach((id, v) -> actual.put(id,
                new BruteForceOracle.Verdict(v.status().token(), v.resilience(), v.resilienceAtLeast())));
        assertThat(actual).as("%s seed %d order %d kinds %s", graph, seed, order, tokens).isEqualTo(expected);

        List<Finding> findings = NeverOutFindings.of(model, result);
        assertThat(describe(findings)).as("findings").isEqualTo(oracle.findings(order, tokens));
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains(String.valueOf(f.services().size())));
    }

    private static List<BruteForceOracle.Finding> describe(List<Finding> findings) {
        return findings.stream().map(f -> new BruteForceOracle.Finding(f.cutSet(), f.services(), f.vital(), f.users(),
                f.severity().token())).toList();
    }

    private static Map<String, List<List<String>>> cutSets(AnalysisResult result) {
        Map<String, List<List<String>>> map = new LinkedHashMap<>();
        result.services().forEach(s -> map.put(s.id(), s.cutSets()));
        return map;
    }
}
