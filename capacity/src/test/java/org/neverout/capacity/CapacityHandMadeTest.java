package org.neverout.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.engine.Deadline;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/** Small networks whose loads are worked out by hand. */
class CapacityHandMadeTest {
    private static Model yaml(String text) {
        return ModelLoader.parse(text, "hand.yaml", Format.YAML);
    }

    private static LinkUtilisation link(CapacityResult r, String id) {
        return r.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * s reaches t over a (cost 1 + 1) and over b (cost 1 + 1, two parallel links b-t): s splits 12 in two
     * (6 via a, 6 via b), b splits its 6 over the parallel links (3 each).
     */
    @Test
    void diamondWithParallelLinksSplitsPerHop() {
        Model m = yaml("""
                name: diamond
                nodes: [{id: s}, {id: a}, {id: b}, {id: t}]
                links:
                  - {id: sa, a: s, b: a, capacity_gbps: 10}
                  - {id: sb, a: s, b: b, capacity_gbps: 10}
                  - {id: at, a: a, b: t, capacity_gbps: 10}
                  - {id: bt1, a: b, b: t, capacity_gbps: 10}
                  - {id: bt2, a: t, b: b, capacity_gbps: 10}
                services:
                  - {id: d, endpoints: [s, t], demand: 12, never_out: 1, users: 40}
                """);
        CapacityResult r = CapacityAnalysis.analyze(m, CapacityQuestion.defaults());
        assertThat(link(r, "sa").baseLoadAb()).isCloseTo(6, within(1e-12));
        assertThat(link(r, "sb").baseLoadAb()).isCloseTo(6, within(1e-12));
        assertThat(link(r, "at").baseLoadAb()).isCloseTo(6, within(1e-12));
        assertThat(link(r, "bt1").baseLoadAb()).isCloseTo(3, within(1e-12));
        // bt2 is written t -> b: the traffic runs from its end b to its end a
        assertThat(link(r, "bt2").baseLoadBa()).isCloseTo(3, within(1e-12));
        assertThat(link(r, "bt2").baseLoadAb()).isZero();
        // losing sb sends all 12 over sa and at: 120%, the first scenario doing so is node b (nodes first)
        assertThat(link(r, "sa").worstUtilisation()).isCloseTo(1.2, within(1e-12));
        assertThat(link(r, "sa").worstScenario()).containsExactly("b");
        // a, b, at, sa or sb down puts all 12 on one 10 Gbit/s path; bt1 or bt2 alone does not (60%)
        assertThat(r.congested()).extracting(ScenarioServices::scenario).containsExactly(List.of("a"), List.of("b"),
                List.of("at"), List.of("sa"), List.of("sb"));
        assertThat(r.congested().get(0).users()).isEqualTo(40);
        // a fails: all over b; s and t fail: unroutable
        assertThat(link(r, "sb").worstUtilisation()).isCloseTo(1.2, within(1e-12));
        assertThat(link(r, "sb").worstScenario()).containsExactly("a");
        assertThat(link(r, "bt1").worstUtilisation()).isCloseTo(0.6, within(1e-12));
        assertThat(r.unroutable()).extracting(ScenarioServices::scenario).containsExactly(List.of("s"), List.of("t"));
        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(NeverOutVerdict.Status.VIOLATED);
            assertThat(v.scenario()).containsExactly("a");
            assertThat(v.reason()).isEqualTo("congested");
        });
    }

    /** The cheaper path takes everything; an equal-cost tie splits; costs are per link, not per hop. */
    @Test
    void unequalCostsPickTheCheaperPath() {
        Model m = yaml("""
                name: costs
                nodes: [{id: s}, {id: a}, {id: b}, {id: t}]
                links:
                  - {id: sa, a: s, b: a, cost: 1, capacity_gbps: 10}
                  - {id: at, a: a, b: t, cost: 3, capacity_gbps: 10}
                  - {id: sb, a: s, b: b, cost: 2, capacity_gbps: 10}
                  - {id: bt, a: b, b: t, cost: 1, capacity_gbps: 10}
                  - {id: st, a: s, b: t, cost: 4}
                services:
                  - {id: d, endpoints: [s, t], demand: 5}
                """);
        CapacityResult r = CapacityAnalysis.analyze(m, CapacityQuestion.defaults());
        // s-b-t costs 3, s-a-t 4, s-t 4: all on s-b-t
        assertThat(link(r, "sb").baseUtilisation()).isCloseTo(0.5, within(1e-12));
        assertThat(link(r, "sa").baseUtilisation()).isZero();
        assertThat(link(r, "st").baseUtilisation()).isNull();
        assertThat(link(r, "st").worstScenario()).isNull();
        // without bt, s-a-t and s-t tie at 4: 2.5 each
        assertThat(link(r, "sa").worstUtilisation()).isCloseTo(0.25, within(1e-12));
        assertThat(link(r, "sa").worstScenario()).containsExactly("b");
        assertThat(link(r, "st").worstLoad()).isCloseTo(2.5, within(1e-12));
    }

    /** Alternatives: the cheapest live pair, ties to the earlier source then destination; none live: unroutable. */
    @Test
    void alternativesAndUnroutableDemands() {
        Model m = yaml("""
                name: alternatives
                nodes: [{id: x}, {id: y}, {id: p}, {id: q}, {id: island}]
                links:
                  - {id: xp, a: x, b: p, capacity_gbps: 1}
                  - {id: yq, a: y, b: q, capacity_gbps: 1}
                  - {id: pq, a: p, b: q, cost: 5, capacity_gbps: 1}
                services:
                  - {id: alt, endpoints: [[x, y], [q, p]], demand: 0.5, users: 7}
                  - {id: lost, endpoints: [x, island], demand: 0.1, users: 3}
                  - {id: not-a-demand, endpoints: [x, y, p], demand: 1}
                """);
        CapacityResult r = CapacityAnalysis.analyze(m, CapacityQuestion.defaults());
        // x-p and y-q both cost 1: the earlier source x wins, then its cheapest destination p
        assertThat(link(r, "xp").baseLoadAb()).isCloseTo(0.5, within(1e-12));
        assertThat(link(r, "yq").baseUtilisation()).isZero();
        assertThat(r.ignoredDemands()).containsExactly("not-a-demand");
        assertThat(r.demands()).isEqualTo(2);
        assertThat(r.unroutable().get(0).scenario()).isEmpty();
        assertThat(r.unroutable().get(0).services()).containsExactly("lost");
        assertThat(r.unroutable().get(0).users()).isEqualTo(3);
        // x down: y-q carries it (cost 1, beats y-p at 6)
        assertThat(link(r, "yq").worstUtilisation()).isCloseTo(0.5, within(1e-12));
        assertThat(link(r, "yq").worstScenario()).containsExactly("p");
    }

    @Test
    void aDeadlineKeepsAPrefixAndSaysSo() {
        Model m = yaml("""
                name: line
                nodes: [{id: a}, {id: b}, {id: c}]
                links:
                  - {id: ab, a: a, b: b, capacity_gbps: 1}
                  - {id: bc, a: b, b: c, capacity_gbps: 1}
                services:
                  - {id: d, endpoints: [a, c], demand: 0.5, never_out: 1}
                """);
        CapacityResult r = CapacityAnalysis.analyze(m, CapacityQuestion.defaults().withMaxFailures(2)
                .withDeadline(Deadline.afterChecks(0)));
        assertThat(r.complete()).isFalse();
        assertThat(r.evaluated()).isZero();
        assertThat(r.stopReason()).contains("time limit");
        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(NeverOutVerdict.Status.UNVERIFIED);
            assertThat(v.reason()).contains("cut short");
        });
    }

    @Test
    void neverOutAboveTheScenariosIsUnverified() {
        Model m = yaml("""
                name: ring
                nodes: [{id: a}, {id: b}, {id: c}]
                links:
                  - {id: ab, a: a, b: b, capacity_gbps: 10}
                  - {id: bc, a: b, b: c, capacity_gbps: 10}
                  - {id: ca, a: c, b: a, capacity_gbps: 10}
                services:
                  - {id: d, endpoints: [[a, c], [b, c]], demand: 1, never_out: 3}
                  - {id: e, endpoints: [a, b], demand: 1, never_out: 1}
                """);
        CapacityResult n1 = CapacityAnalysis.analyze(m, CapacityQuestion.defaults());
        assertThat(n1.verdicts()).extracting(CapacityVerdict::service, CapacityVerdict::status, CapacityVerdict::scenario)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d", NeverOutVerdict.Status.UNVERIFIED, null),
                        org.assertj.core.groups.Tuple.tuple("e", NeverOutVerdict.Status.VIOLATED, List.of("a")));
        assertThat(n1.verdicts().get(0).reason()).contains("only n-1 and n-2 are evaluated");
        CapacityResult n2 = CapacityAnalysis.analyze(m, CapacityQuestion.defaults().withMaxFailures(2));
        // both sources down first at the pair (a, c); with a and b down, c serves as both ends
        assertThat(n2.verdicts().get(0).status()).isEqualTo(NeverOutVerdict.Status.VIOLATED);
        assertThat(n2.verdicts().get(0).scenario()).containsExactly("a", "c");
        assertThat(n2.verdicts().get(0).reason()).isEqualTo("unroutable");
    }
}
