package org.neverout.remediate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.NeverOutFindings;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.testkit.DiffOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * Plans on seeded random models over real Topology Zoo graphs, checked against the brute-force oracle:
 * every step's claimed before/after (profiles, violations, verdicts changed) equals an independent
 * re-analysis, no step regresses a service (DiffOracle), applying never removes an element, and the
 * greedy choice equals brute force over every candidate.
 */
class RemediationOracleTest {
    private static final int ORDER = 2;

    private static RemediationQuestion question(int steps, int threads) {
        return new RemediationQuestion(new AnalysisQuestion(ORDER, EnumSet.allOf(EventKind.class), threads, 0, null),
                steps, null, null);
    }

    private static Model model(String graph, long seed) {
        return RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
    }

    @Test
    void everyStepsClaimsEqualTheOracleAndNoStepRegressesAService() {
        int steps = 0;
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 3; seed++) {
                Model m = model(graph, seed);
                RemediationPlan plan = RemediationPlanner.plan(m, question(3, 2));
                String what = graph + " seed " + seed;
                assertThat(plan.partial()).as(what).isFalse();
                OracleProfiles before = new OracleProfiles(m, ORDER);
                assertThat(plan.profile()).as(what).isEqualTo(before.summed());
                assertThat(plan.violations()).as(what).isEqualTo(before.violations());
                Model current = m;
                for (int i = 0; i < plan.steps().size(); i++) {
                    PlanStep step = plan.steps().get(i);
                    Model next = plan.applyTo(m, i + 1);
                    OracleProfiles after = new OracleProfiles(next, ORDER);
                    String at = what + " step " + (i + 1) + " " + step.action().id();
                    assertThat(step.profileBefore()).as(at).isEqualTo(before.summed());
                    assertThat(step.profileAfter()).as(at).isEqualTo(after.summed());
                    assertThat(step.violationsBefore()).as(at).isEqualTo(before.violations());
                    assertThat(step.violationsAfter()).as(at).isEqualTo(after.violations());
                    assertThat(OracleProfiles.compare(after.summed(), before.summed())).as(at).isNegative();
                    assertThat(DiffOracle.changes(current, next, ORDER, OracleProfiles.ALL_KINDS))
                            .as(at).noneMatch(DiffOracle.Change::regressed);
                    assertThat(verdictChanges(step)).as(at).isEqualTo(oracleVerdictChanges(before, after));
                    assertThat(step.impactRemoved()).as(at).isCloseTo(before.impactRemovedBy(after),
                            org.assertj.core.data.Offset.offset(1e-6));
                    assertKeepsEveryElement(m, next, plan.steps().subList(0, i + 1));
                    before = after;
                    current = next;
                    steps++;
                }
                assertThat(plan.remaining()).as(what).isEqualTo(before.violations());
            }
        }
        assertThat(steps).as("the random models give the planner something to do").isGreaterThan(10);
    }

    @Test
    void theGreedyChoiceEqualsBruteForceOverEveryCandidate() {
        int compared = 0;
        for (String graph : List.of("Abilene", "Nsfnet", "Arpanet19706")) {
            for (long seed = 1; seed <= 3; seed++) {
                Model m = model(graph, seed);
                String what = graph + " seed " + seed;
                OracleProfiles before = new OracleProfiles(m, ORDER);
                if (before.violations() == 0) {
                    continue;
                }
                List<Action> candidates = CandidateGenerator.generate(m, NeverOutFindings.of(m,
                        CutSetEngine.analyze(CompiledModel.compile(m), question(1, 1).analysis(),
                                org.neverout.engine.ProgressListener.NONE)));
                record Scored(Action action, List<Long> profile, double impact) {
                }
                List<Scored> eligible = new ArrayList<>();
                for (Action a : candidates) {
                    Model after = a.patch().applyTo(m);
                    try {
                        CompiledModel.compile(after);
                    } catch (InvalidModelException e) {
                        continue;
                    }
                    OracleProfiles p = new OracleProfiles(after, ORDER);
                    if (OracleProfiles.compare(p.summed(), before.summed()) < 0 && DiffOracle.changes(m, after, ORDER,
                            OracleProfiles.ALL_KINDS).stream().noneMatch(DiffOracle.Change::regressed)) {
                        eligible.add(new Scored(a, p.summed(), before.impactRemovedBy(p)));
                    }
                }
                eligible.sort(Comparator.<Scored, List<Long>>comparing(Scored::profile, OracleProfiles::compare)
                        .thenComparing(Comparator.comparingDouble(Scored::impact).reversed())
                        .thenComparing(s -> s.action().cost(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.action().id()));
                for (int threads : new int[] {1, 3}) {
                    RemediationPlan plan = RemediationPlanner.plan(m, question(1, threads));
                    if (eligible.isEmpty()) {
                        assertThat(plan.steps()).as(what).isEmpty();
                    } else {
                        assertThat(plan.steps()).as(what).hasSize(1);
                        assertThat(plan.steps().get(0).action().id()).as(what + ", " + threads + " threads")
                                .isEqualTo(eligible.get(0).action().id());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("some models had a step to compare").isGreaterThan(4);
    }

    private static List<String> verdictChanges(PlanStep step) {
        return step.verdictsChanged().stream()
                .map(v -> v.service() + ":" + v.before().token() + ">" + v.after().token()).sorted().toList();
    }

    private static List<String> oracleVerdictChanges(OracleProfiles before, OracleProfiles after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, org.neverout.testkit.BruteForceOracle.Verdict> e : before.verdicts.entrySet()) {
            var now = after.verdicts.get(e.getKey());
            if (now != null && !now.verdict().equals(e.getValue().verdict())) {
                out.add(e.getKey() + ":" + e.getValue().verdict() + ">" + now.verdict());
            }
        }
        return out.stream().sorted().toList();
    }

    /** Every original element is still there, unchanged unless a step says it changes it. */
    private static void assertKeepsEveryElement(Model original, Model applied, List<PlanStep> steps) {
        Set<String> changed = new TreeSet<>();
        steps.forEach(s -> changed.addAll(s.changed()));
        Map<String, Node> nodes = new HashMap<>();
        applied.nodes().forEach(n -> nodes.put(n.id(), n));
        for (Node n : original.nodes()) {
            assertThat(nodes).containsKey(n.id());
            if (!changed.contains(n.id())) {
                assertThat(nodes.get(n.id())).isEqualTo(n);
            }
        }
        Map<String, Service> services = new HashMap<>();
        applied.services().forEach(s -> services.put(s.id(), s));
        for (Service s : original.services()) {
            assertThat(services).containsKey(s.id());
            assertThat(services.get(s.id()).neverOut()).isEqualTo(s.neverOut());
            if (!changed.contains(s.id())) {
                assertThat(services.get(s.id())).isEqualTo(s);
            }
        }
        assertThat(applied.links()).containsAll(original.links().stream()
                .filter(l -> !changed.contains(l.id())).toList());
        assertThat(applied.links().stream().map(l -> l.id()).toList())
                .containsAll(original.links().stream().map(l -> l.id()).toList());
        assertThat(applied.sites().stream().map(s -> s.id()).toList())
                .containsAll(original.sites().stream().map(s -> s.id()).toList());
        assertThat(applied.powerFeeds()).containsAll(original.powerFeeds());
        assertThat(applied.groups()).containsAll(original.groups());
        assertThat(applied.externalParties().stream().map(p -> p.id()).toList())
                .containsAll(original.externalParties().stream().map(p -> p.id()).toList());
    }
}
