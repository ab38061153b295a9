package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.MarginOracle;
import org.neverout.testkit.Models;

/**
 * Live margins on models checked by hand: a ring a-b-c-d-a with "ring" between a and c, "dual" on a or c
 * (one entry of alternatives) and "user" depending on dual; and the limits (order, time limit).
 */
class ServiceMarginsTest {
    private static final Set<EventKind> LINKS = EnumSet.of(EventKind.LINK);
    private static final Set<EventKind> NODES_SERVICES = EnumSet.of(EventKind.NODE, EventKind.SERVICE);

    private static Model ring() {
        return Models.model("ring", List.of(), List.of(),
                List.of(Models.node("a"), Models.node("b"), Models.node("c"), Models.node("d")),
                List.of(Models.link("ab", "a", "b"), Models.link("bc", "b", "c"), Models.link("cd", "c", "d"),
                        Models.link("da", "d", "a")), List.of(),
                List.of(Models.service("ring", ServiceKind.OTHER, List.of(List.of("a"), List.of("c")), List.of(), 0,
                                null),
                        Models.service("dual", ServiceKind.OTHER, List.of(List.of("a", "c")), List.of(), 0, null),
                        Models.service("user", ServiceKind.OTHER, List.of(), List.of(List.of("dual")), 0, null)));
    }

    private static MarginResult margins(Set<String> down, int order, Set<EventKind> kinds) {
        return ServiceMargins.compute(CompiledModel.compile(ring()), down,
                new AnalysisQuestion(order, kinds, 1, 0, null));
    }

    private static ServiceMargin service(MarginResult result, String id) {
        return result.services().stream().filter(s -> s.serviceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void twoLinksCutTheRingAndOneMoreWhenOneIsDown() {
        MarginResult none = margins(Set.of(), 2, LINKS);
        assertThat(service(none, "ring")).isEqualTo(new ServiceMargin("ring", true, 2, List.of()));
        MarginResult oneDown = margins(Set.of("ab"), 2, LINKS);
        assertThat(service(oneDown, "ring")).isEqualTo(new ServiceMargin("ring", true, 1, List.of("cd", "da")));
        assertThat(oneDown.complete()).isTrue();
        assertThat(oneDown.order()).isEqualTo(2);
        assertThat(oneDown.services()).extracting(ServiceMargin::serviceId).containsExactly("ring", "dual", "user");
    }

    @Test
    void aMarginBeyondTheOrderIsNull() {
        MarginResult order1 = margins(Set.of(), 1, LINKS);
        assertThat(service(order1, "ring")).isEqualTo(new ServiceMargin("ring", true, null, List.of()));
        assertThat(order1.complete()).as("null beyond the order is an answer, not a cut-short search").isTrue();
        assertThat(service(margins(Set.of(), 1, LINKS), "dual").margin()).as("links never take a node down")
                .isNull();
    }

    @Test
    void aServiceDownNowHasMarginZeroAndNoSinglePoints() {
        MarginResult cut = margins(Set.of("ab", "cd"), 2, LINKS);
        assertThat(service(cut, "ring")).isEqualTo(new ServiceMargin("ring", false, 0, List.of()));
        assertThat(service(cut, "dual")).as("a single alternative is always connected").isEqualTo(
                new ServiceMargin("dual", true, null, List.of()));

        MarginResult failed = margins(Set.of("dual"), 2, NODES_SERVICES);
        assertThat(service(failed, "dual")).isEqualTo(new ServiceMargin("dual", false, 0, List.of()));
        assertThat(service(failed, "user")).as("down through its dependency")
                .isEqualTo(new ServiceMargin("user", false, 0, List.of()));
    }

    @Test
    void theServicesOwnEventIsExcluded() {
        MarginResult result = margins(Set.of(), 2, NODES_SERVICES);
        assertThat(service(result, "dual")).as("a and c together, not its own defect")
                .isEqualTo(new ServiceMargin("dual", true, 2, List.of()));
        assertThat(service(result, "user")).as("its dependency's own event counts for it")
                .isEqualTo(new ServiceMargin("user", true, 1, List.of("dual")));
        assertThat(service(result, "ring")).isEqualTo(new ServiceMargin("ring", true, 1, List.of("a", "c")));
        assertThat(service(margins(Set.of("a"), 2, NODES_SERVICES), "dual"))
                .isEqualTo(new ServiceMargin("dual", true, 1, List.of("c")));
    }

    @Test
    void downEventsOfKindsNotEnabledStillCount() {
        MarginResult result = margins(Set.of("a"), 2, LINKS);
        assertThat(service(result, "ring").up()).isFalse();
        assertThat(service(result, "dual")).isEqualTo(new ServiceMargin("dual", true, null, List.of()));
        assertThat(service(result, "user")).isEqualTo(new ServiceMargin("user", true, null, List.of()));
    }

    @Test
    void anUnknownDownIdIsRefusedByName() {
        assertThatThrownBy(() -> margins(Set.of("ab", "nope"), 2, LINKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'")
                .hasMessageContaining("ring");
    }

    /**
     * Two parts: K6 with "far" between {n0, n1, n2} and {n3, n4, n5} (margin 3: one side's nodes), and a ring
     * p-q-r-s-p with chord p-r (p-q and r-s in one duct) and "near" between {q, p} and {s, r}; "both" needs
     * either.
     */
    private static Model twoParts(boolean withDependent) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(Models.node("n" + i));
            for (int j = 0; j < i; j++) {
                links.add(Models.link("l" + j + "-" + i, "n" + j, "n" + i));
            }
        }
        for (String p : List.of("p", "q", "r", "s")) {
            nodes.add(Models.node(p));
        }
        // a duct (group) under p-q and r-s: a class of two links, so no shortcut by maximum flow decides "far"
        links.addAll(List.of(Models.link("pq", "p", "q", null, List.of("duct")), Models.link("qr", "q", "r"),
                Models.link("rs", "r", "s", null, List.of("duct")),
                Models.link("sp", "s", "p"), Models.link("pr", "p", "r")));
        List<Service> services = List.of(
                Models.service("far", ServiceKind.VITAL, List.of(List.of("n0", "n1", "n2"), List.of("n3", "n4", "n5")), List.of(),
                        0, null),
                Models.service("near", ServiceKind.VITAL, List.of(List.of("q", "p"), List.of("s", "r")), List.of(), 0,
                        null),
                Models.service("both", ServiceKind.OTHER, List.of(), List.of(List.of("far", "near")), 0, null));
        if (!withDependent) {
            services = services.subList(0, 2); // far and near are then searched alone at level 3
        }
        return Models.model("two-parts", List.of(), List.of(), nodes, links, List.of(), services);
    }

    @Test
    void aTimeLimitedRunSaysSoAndClaimsOnlyProvenMargins() {
        timeLimited(twoParts(true));
    }

    @Test
    void aTimeLimitedSearchAloneSaysSoAndClaimsOnlyProvenMargins() {
        timeLimited(twoParts(false));
    }

    private static void timeLimited(Model model) {
        CompiledModel compiled = CompiledModel.compile(model);
        Set<EventKind> kinds = EnumSet.of(EventKind.NODE, EventKind.LINK, EventKind.GROUP);
        AnalysisQuestion question = new AnalysisQuestion(3, kinds, 1, 0, Duration.ofSeconds(30));
        Map<String, MarginOracle.Margin> truth = new MarginOracle(model).margins(Set.of("l0-2"), 3,
                Set.of("node", "link", "group"));
        MarginResult unlimited = ServiceMargins.compute(compiled, Set.of("l0-2"), question);
        assertThat(ServiceMarginsVsOracleTest.actual(unlimited)).isEqualTo(truth);
        assertThat(unlimited.complete()).isTrue();
        assertThat(truth.get("far").margin()).as("the test needs a margin found at the last level").isEqualTo(3);

        boolean sawCutShort = false;
        for (long checks = 0; checks < 300; checks++) {
            MarginResult limited = ServiceMargins.compute(compiled, Set.of("l0-2"), question,
                    Deadline.afterChecks(checks));
            for (ServiceMargin s : limited.services()) {
                MarginOracle.Margin expected = truth.get(s.serviceId());
                assertThat(s.up()).isEqualTo(expected.up());
                assertThat(s.singlePoints()).isEqualTo(expected.singlePoints());
                if (s.margin() != null) {
                    assertThat(s.margin()).as("%s after %d checks", s.serviceId(), checks).isEqualTo(expected.margin());
                }
                if (limited.complete()) {
                    assertThat(s.margin()).isEqualTo(expected.margin());
                }
            }
            if (!limited.complete()) {
                sawCutShort = true;
                assertThat(limited.services()).anyMatch(s -> s.margin() == null);
            }
        }
        assertThat(sawCutShort).isTrue();
        MarginResult none = ServiceMargins.compute(compiled, Set.of("l0-2"), question, Deadline.afterChecks(0));
        assertThat(none.complete()).isFalse();
        assertThat(service(none, "far").margin()).isNull();
    }
}
