package org.neverout.sectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.neverout.testkit.Odds;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.SectorOracle;
import org.neverout.testkit.TopologyZoo;

/**
 * The cross-sector and cross-organisation causes, the sectors and the matrix against the testkit's brute
 * force ({@link SectorOracle}: its own enumeration of every subset, no engine code), on seeded random
 * models over real Topology Zoo graphs with random sectors and organisations, alternatives in
 * {@code depends_on}, orders 2 and 3, every event kind and narrowed kinds.
 */
class SectorsAgainstOracleTest {
    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 6; seed++) {
                out.add(Arguments.of(graph, seed, 2, "all"));
            }
            out.add(Arguments.of(graph, 7L, 2, "node,link"));
            out.add(Arguments.of(graph, 8L, 2, "software,supplier,service,group"));
            for (long seed = 11; seed <= 12; seed++) {
                out.add(Arguments.of(graph, seed, 3, "all"));
            }
            out.add(Arguments.of(graph, 13L, 3, "node,link,site,power"));
        }
        return out.stream();
    }

    static Model model(String graph, long seed) {
        RandomModels.Spec spec = RandomModels.Spec.everyEventKind().withServices(6, 10)
                .withDependsOnAlternatives(new Odds(1, 2));
        return SectorOracle.withRandomSectors(RandomModels.generate(TopologyZoo.load(graph), spec, seed),
                1 + (int) (seed % 4), seed * 17);
    }

    static Set<EventKind> kinds(String tokens) {
        if (tokens.equals("all")) {
            return EnumSet.allOf(EventKind.class);
        }
        Set<EventKind> out = EnumSet.noneOf(EventKind.class);
        for (String t : tokens.split(",")) {
            out.add(EventKind.parse(t));
        }
        return out;
    }

    static List<SectorOracle.Cause> asOracle(List<SharedCause> causes) {
        return causes.stream().map(c -> new SectorOracle.Cause(c.cutSet(), c.groups(), c.services(), c.users()))
                .toList();
    }

    @ParameterizedTest(name = "{0} seed {1} order {2} {3}")
    @MethodSource("models")
    void causesEqualTheBruteForce(String graph, long seed, int order, String kindTokens) {
        Model model = model(graph, seed);
        Set<EventKind> kinds = kinds(kindTokens);
        Set<String> tokens = kinds.stream().map(EventKind::token).collect(Collectors.toSet());
        SectorReport report = SectorAnalysis.run(model, new AnalysisQuestion(order, kinds, 2, 0, null),
                ProgressListener.NONE);
        SectorOracle oracle = new SectorOracle(model);
        assertThat(report.complete()).isTrue();
        assertThat(asOracle(report.sectors().causes())).isEqualTo(oracle.crossSector(order, tokens));
        assertThat(asOracle(report.organisations().causes())).isEqualTo(oracle.crossOrganisation(order, tokens));
        Map<String, Map.Entry<List<String>, Long>> sectors = new TreeMap<>();
        report.sectors().groups().forEach(g -> sectors.put(g.group(), Map.entry(g.services(), g.users())));
        assertThat(sectors).isEqualTo(oracle.sectors());
        assertThat(List.copyOf(sectors.keySet())).isEqualTo(report.sectors().groups().stream()
                .map(GroupSummary::group).toList());
        matrixAgrees(report.sectors(), oracle.crossSector(order, tokens));
    }

    /** Every pair's count and worst cause recounted from the oracle's list, pairs sharing nothing absent. */
    private static void matrixAgrees(GroupView view, List<SectorOracle.Cause> causes) {
        List<String> groups = view.matrix().groups();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                String a = groups.get(i);
                String b = groups.get(j);
                List<SectorOracle.Cause> both = causes.stream()
                        .filter(c -> c.groups().contains(a) && c.groups().contains(b)).toList();
                GroupPair cell = view.matrix().cell(b, a);
                assertThat(cell.causes()).as("%s x %s", a, b).isEqualTo(both.size());
                if (!both.isEmpty()) {
                    assertThat(cell.worst().cutSet()).as("worst %s x %s", a, b).isEqualTo(both.get(0).cutSet());
                }
            }
            String a = groups.get(i);
            assertThat(view.matrix().reach().get(a))
                    .isEqualTo((int) causes.stream().filter(c -> c.groups().contains(a)).count());
        }
    }

    @Test
    void theSeedsExerciseManySectorsSizesAndKinds() {
        int wide = 0;
        int pairs = 0;
        Set<String> kindWords = new java.util.TreeSet<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 6; seed++) {
                SectorReport report = SectorAnalysis.run(model(graph, seed),
                        new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 2, 0, null), ProgressListener.NONE);
                for (SharedCause c : report.sectors().causes()) {
                    wide += c.groups().size() >= 3 ? 1 : 0;
                    pairs += c.cutSet().size() == 2 ? 1 : 0;
                    kindWords.add(c.kind());
                }
            }
        }
        assertThat(wide).as("causes reaching three or more sectors").isPositive();
        assertThat(pairs).as("causes of two events").isPositive();
        assertThat(kindWords).as("kinds of cause").contains("a shared service", "a supplier", "a node");
    }
}
