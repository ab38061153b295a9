package org.neverout.adversary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.AttackOracle;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.Models;

/**
 * The max-flow cheapest cut of any size against every subset of nodes and links, on small seeded random
 * graphs with random costs and parallel links, for node and link events, nodes only and links only.
 */
class MinimumCostCutAgainstBruteForceTest {
    private static final List<Set<EventKind>> KINDS = List.of(EnumSet.of(EventKind.NODE, EventKind.LINK),
            EnumSet.of(EventKind.NODE), EnumSet.of(EventKind.LINK));

    static Model randomGraph(long seed) {
        Random r = new Random(seed);
        int n = 4 + r.nextInt(4);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Models.node("n" + i));
        }
        List<Link> links = new ArrayList<>();
        int m = n - 1 + r.nextInt(n + 2);
        for (int i = 0; i < m && links.size() + n < 16; i++) {
            int a = i < n - 1 ? i + 1 : r.nextInt(n); // a spanning path first, then random (parallel) links
            int b = i < n - 1 ? r.nextInt(i + 1) : r.nextInt(n);
            if (a != b) {
                links.add(Models.link("l" + i, "n" + a, "n" + b));
            }
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String s = "n" + r.nextInt(n);
            String t = "n" + r.nextInt(n);
            services.add(Models.service("svc" + i, ServiceKind.VITAL, List.of(List.of(s), List.of(t)), List.of(), 0,
                    null));
        }
        Model model = Models.model("g" + seed, List.of(), List.of(), nodes, links, List.of(), services);
        return AttackOracle.withRandomCosts(model, seed * 7 + 1);
    }

    @Test
    void theExactCutOfAnySizeMatchesEverySubset() {
        int compared = 0;
        int cheaperThanOrder2 = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Model model = randomGraph(seed);
            AttackOracle oracle = new AttackOracle(model);
            BruteForceOracle states = new BruteForceOracle(model);
            AttackCosts costs = AttackCosts.of(model, CompiledModel.compile(model));
            for (Set<EventKind> kinds : KINDS) {
                Set<String> tokens = kinds.stream().map(EventKind::token).collect(Collectors.toSet());
                AttackReport report = AttackAnalysis.run(model, new AnalysisQuestion(2, kinds, 1, 0, null),
                        ProgressListener.NONE);
                for (int i = 0; i < model.services().size(); i++) {
                    Service service = model.services().get(i);
                    ServiceAttack attack = report.services().get(i);
                    Double want = oracle.cheapestSeparation(service.endpoints().get(0).get(0),
                            service.endpoints().get(1).get(0), tokens);
                    String what = model.name() + " " + service.id() + " " + tokens;
                    if (want == null) {
                        assertThat(attack.anySize()).as(what).isNull();
                        continue;
                    }
                    assertThat(attack.anySize()).as(what).isNotNull();
                    assertThat(attack.anySize().cost()).as(what).isCloseTo(want, within(1e-9));
                    double sum = attack.anySize().cutSet().stream().mapToDouble(oracle::cost).sum();
                    assertThat(sum).as(what).isCloseTo(want, within(1e-9));
                    assertThat(states.evaluate(new HashSet<>(attack.anySize().cutSet())).get(service.id()))
                            .as("%s: the cut separates the endpoints", what).isFalse();
                    // the maximum flow itself, also where a proven attack makes it unnecessary
                    MinimumCut direct = new MinimumCostCut(model, costs, kinds).between(
                            service.endpoints().get(0).get(0), service.endpoints().get(1).get(0), costs);
                    assertThat(direct.cost()).as(what).isCloseTo(want, within(1e-9));
                    assertThat(states.evaluate(new HashSet<>(direct.cutSet())).get(service.id()))
                            .as("%s: the max-flow cut separates the endpoints", what).isFalse();
                    if (attack.cheapest() != null) {
                        // the order-2 cheapest attack is one separating set: never cheaper than the exact one
                        assertThat(attack.cheapest().cost()).as(what).isGreaterThanOrEqualTo(want - 1e-9);
                        cheaperThanOrder2 += attack.cheapest().cost() > want + 1e-9 ? 1 : 0;
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(cheaperThanOrder2).as("cases where a larger cut is cheaper than any of size <= 2").isPositive();
    }

    @Test
    void appliesOnlyToTwoSingleNodeEndpointsWithoutDependenciesOverNodesAndLinks() {
        Service two = Models.service("a", ServiceKind.VITAL, List.of(List.of("x"), List.of("y")), List.of(), 0, null);
        Service alt = Models.service("b", ServiceKind.VITAL, List.of(List.of("x", "z"), List.of("y")), List.of(), 0,
                null);
        Service three = Models.service("c", ServiceKind.VITAL, List.of(List.of("x"), List.of("y"), List.of("z")),
                List.of(), 0, null);
        Service dep = Models.service("d", ServiceKind.VITAL, List.of(List.of("x"), List.of("y")),
                List.of(List.of("a")), 0, null);
        Set<EventKind> nodeLink = EnumSet.of(EventKind.NODE, EventKind.LINK);
        assertThat(MinimumCostCut.applies(two, nodeLink)).isTrue();
        assertThat(MinimumCostCut.applies(two, EnumSet.of(EventKind.LINK))).isTrue();
        assertThat(MinimumCostCut.applies(two, EnumSet.of(EventKind.NODE, EventKind.SITE))).isFalse();
        assertThat(MinimumCostCut.applies(alt, nodeLink)).isFalse();
        assertThat(MinimumCostCut.applies(three, nodeLink)).isFalse();
        assertThat(MinimumCostCut.applies(dep, nodeLink)).isFalse();
    }
}
