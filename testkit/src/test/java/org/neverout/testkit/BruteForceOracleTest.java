package org.neverout.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.model.GroupKind;
import org.neverout.model.Model;
import org.neverout.model.ServiceKind;

/**
 * The oracle on a hand-built model where each rule of MODEL.md decides one answer, so that a mistake in the
 * oracle (which every module's tests trust) shows here first.
 */
class BruteForceOracleTest {
    private static final Set<String> ALL_KINDS = Set.of("node", "link", "site", "power", "group", "software",
            "supplier", "service");

    /**
     * hq (site HQ: grid or gen, in bldg) -l1- relay (operated by sub, a subcontractor of telco; software
     * os-1) -l2- dc (own feed ups only) and hq -l3 (in duct)- dc; a lone node with own power [] (never loses
     * power). Services: net (hq to dc), core (relay; depends on net), alt ([relay, lone]), none (no endpoints,
     * depends on core), broken (hq to lone: down with no failure).
     */
    private static Model model() {
        return Models.model("rules",
                List.of(Models.site("HQ", List.of("grid", "gen"))),
                List.of(Models.feed("grid", List.of("region")), Models.feed("gen", List.of()), Models.feed("ups", List.of())),
                List.of(Models.node("hq", "HQ", null, null, List.of("bldg"), null),
                        Models.node("relay", null, "os-1", "sub", List.of(), null),
                        Models.node("dc", null, "os-2", null, List.of(), List.of("ups")),
                        Models.node("lone", "HQ", null, null, List.of(), List.of())),
                List.of(Models.link("l1", "hq", "relay"), Models.link("l2", "relay", "dc"),
                        Models.link("l3", "hq", "dc", null, List.of("duct"))),
                List.of(Models.group("unused", GroupKind.OTHER)),
                List.of(Models.supplier("telco", null), Models.supplier("sub", "telco"), Models.supplier("idle", null)),
                List.of(Models.service("net", ServiceKind.INFRASTRUCTURE, List.of(List.of("hq"), List.of("dc")), List.of(), 0, null),
                        Models.service("core", ServiceKind.VITAL, List.of(List.of("relay")), List.of(List.of("net")), 0, "A"),
                        Models.service("alt", ServiceKind.OTHER, List.of(List.of("relay", "lone")), List.of(), 0, null),
                        Models.service("none", ServiceKind.OTHER, List.of(), List.of(List.of("core")), 0, null),
                        Models.service("broken", ServiceKind.OTHER, List.of(List.of("hq"), List.of("lone")), List.of(), 0, null)));
    }

    @ParameterizedTest(name = "fail {0}")
    @CsvSource(delimiter = '|', value = {
            "''            | net core alt none",
            "hq            | alt",                    // a node
            "HQ            | alt",                    // a site takes its nodes; lone is at HQ too
            "grid          | net core alt none",      // the generator still powers HQ
            "grid gen      | alt",                    // every feed of the site down: hq loses power
            "region gen    | alt",                    // a feed is down when its group is
            "ups           | alt",                    // dc's own feed; the site's feeds do not count for it
            "bldg          | alt",                    // a group takes its nodes
            "duct l2       | alt",                    // both paths between hq and dc cut
            "l3            | net core alt none",      // one path is enough
            "software:os-1 | net alt",                // relay's software; alt's single entry needs only a live lone
            "supplier:telco | net alt",               // telco's subcontractor operates relay
            "supplier:idle | net core alt none",      // an event that takes nothing down
            "core          | net alt",                // a service's own event, and what depends on it
            "net           | alt",                    // the dependency chain
            "unused        | net core alt none"})
    void eachRuleOfModelMdDecidesTheStates(String failed, String up) {
        Set<String> failures = failed.isBlank() ? Set.of() : Set.of(failed.trim().split(" +"));
        Map<String, Boolean> states = new BruteForceOracle(model()).evaluate(failures);
        assertThat(states.keySet()).containsExactly("net", "core", "alt", "none", "broken");
        List<String> expectedUp = List.of(up.trim().split(" +"));
        states.forEach((id, isUp) -> assertThat(isUp).as(id + " after " + failures).isEqualTo(expectedUp.contains(id)));
    }

    @Test
    void minimalCutSetsAreEnumeratedAndSortedAsModelMdSays() {
        BruteForceOracle oracle = new BruteForceOracle(model());
        Map<String, List<List<String>>> cuts = oracle.minimalCutSets(2, ALL_KINDS);
        assertThat(cuts.get("broken")).containsExactly(List.of());
        assertThat(cuts.get("net")).containsExactly(List.of("HQ"), List.of("bldg"), List.of("dc"), List.of("hq"),
                List.of("net"), List.of("software:os-2"), List.of("ups"), List.of("duct", "l1"),
                List.of("duct", "l2"), List.of("duct", "relay"), List.of("duct", "software:os-1"),
                List.of("duct", "supplier:sub"), List.of("duct", "supplier:telco"),
                List.of("gen", "grid"), List.of("gen", "region"), List.of("l1", "l3"), List.of("l2", "l3"), List.of("l3", "relay"), List.of("l3", "software:os-1"),
                List.of("l3", "supplier:sub"), List.of("l3", "supplier:telco"));
        assertThat(oracle.minimalCutSets(1, Set.of("node")).get("alt")).isEmpty();
        assertThat(oracle.minimalCutSets(2, Set.of("node")).get("alt")).containsExactly(List.of("lone", "relay"));
        assertThat(oracle.eventIds()).containsExactly("hq", "relay", "dc", "lone", "l1", "l2", "l3", "HQ", "grid",
                "gen", "ups", "unused", "bldg", "duct", "region", "software:os-1", "software:os-2",
                "supplier:telco", "supplier:sub", "supplier:idle", "net", "core", "alt", "none", "broken");
        assertThat(oracle.kindOf("region")).isEqualTo("group");
        assertThat(oracle.kindOf("supplier:idle")).isEqualTo("supplier");
    }

    @Test
    void supplierQuestions() {
        BruteForceOracle oracle = new BruteForceOracle(model());
        assertThat(oracle.allSupplierEvents()).containsExactly("supplier:telco", "supplier:sub", "supplier:idle");
        assertThat(oracle.supplierOperated()).containsExactly("relay");
        assertThat(oracle.controlled()).containsEntry("net", true).containsEntry("core", false)
                .containsEntry("alt", true).containsEntry("none", false);
        assertThat(oracle.servicesLost("telco")).containsExactly("core", "none");
        assertThat(oracle.servicesLost("sub")).containsExactly("core", "none");
        assertThat(oracle.servicesLost("idle")).isEmpty();
        // sparing relay keeps it running through its supplier's loss, not through its own failure
        assertThat(oracle.evaluate(oracle.allSupplierEvents(), Set.of("relay")).get("core")).isTrue();
        assertThat(oracle.evaluate(Set.of("supplier:sub", "relay"), Set.of("relay")).get("core")).isFalse();
    }

    @Test
    void anEntryOfAlternativesIsDownOnlyWhenAllOfThemAre() {
        Model m = Models.model("alternatives", List.of(), List.of(),
                List.of(Models.node("hq", null, null, null, List.of(), null),
                        Models.node("dc", null, null, null, List.of(), null)),
                List.of(), List.of(),
                List.of(Models.service("a", ServiceKind.OTHER, List.of(List.of("hq")), List.of(), 0, null),
                        Models.service("b", ServiceKind.OTHER, List.of(List.of("dc")), List.of(), 0, null),
                        Models.service("either", ServiceKind.OTHER, List.of(), List.of(List.of("a", "b")), 0, null),
                        Models.service("both", ServiceKind.OTHER, List.of(), List.of(List.of("a"), List.of("b")), 0,
                                null)));
        BruteForceOracle oracle = new BruteForceOracle(m);
        assertThat(oracle.evaluate(Set.of("hq"))).containsEntry("either", true).containsEntry("both", false);
        assertThat(oracle.evaluate(Set.of("hq", "b"))).containsEntry("either", false);
        Map<String, List<List<String>>> cuts = oracle.minimalCutSets(2, Set.of("node", "service"));
        assertThat(cuts.get("either")).containsExactly(List.of("either"), List.of("a", "b"), List.of("a", "dc"),
                List.of("b", "hq"), List.of("dc", "hq"));
        assertThat(cuts.get("both")).containsExactly(List.of("a"), List.of("b"), List.of("both"), List.of("dc"),
                List.of("hq"));
        assertThat(oracle.minimalCutSets(1, Set.of("node", "service")).get("either")).containsExactly(
                List.of("either"));
    }
}
