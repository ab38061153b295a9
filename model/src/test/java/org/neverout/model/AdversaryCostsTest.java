package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.tree.Format;

/** MODEL.md 1.1 "Adversary view": attack_cost on every kind that takes one, adversary.costs, and bad input. */
class AdversaryCostsTest {
    @Test
    void costsAreReadByEventIdAndDefaultsKeepTheBuiltInOnes() {
        Model m = ModelLoader.parse(String.join("\n", "name: m",
                "sites: [{id: S, attack_cost: 2}]",
                "power_feeds: [{id: grid, attack_cost: 1.5}]",
                "nodes: [{id: a, site: S, software: os-1, operator: tel, attack_cost: 7}, {id: b}]",
                "links: [{id: l, a: a, b: b, attack_cost: 1}]",
                "groups: [{id: duct, attack_cost: 4}]",
                "suppliers: [{id: tel, attack_cost: 20}]",
                "software_versions: [{id: os-1, attack_cost: 30}]",
                "services: [{id: svc, endpoints: [a, b], attack_cost: 40}]",
                "adversary: {costs: {node: 6, group: 9}}", ""), "m.yaml", Format.YAML);
        assertThat(m.adversary().explicitCosts()).containsExactly(Map.entry("S", 2.0), Map.entry("grid", 1.5),
                Map.entry("a", 7.0), Map.entry("l", 1.0), Map.entry("duct", 4.0), Map.entry("supplier:tel", 20.0),
                Map.entry("software:os-1", 30.0), Map.entry("svc", 40.0));
        assertThat(m.adversary().defaults()).isEqualTo(Map.of("node", 6.0, "link", 3.0, "site", 8.0,
                "power_feed", 4.0, "group", 9.0));
        assertThat(ModelLoader.parse("name: m\n", "m.yaml", Format.YAML).adversary())
                .isEqualTo(AdversarySettings.BUILT_IN);
    }

    @Test
    void zeroOrNegativeCostsAndOtherKeysAreErrorsWithTheirLine() {
        assertThat(ModelErrorsTest.problems("name: m",
                "nodes: [{id: a, attack_cost: 0}]",
                "links: [{id: l, a: a, b: a2, attack_cost: -3}]",
                "software_versions: [{id: os, attack_cost: 0}]",
                "adversary: {costs: {node: 0, software: 3, power: 2}}",
                "nodes2: 1")).contains(
                "m.yaml:2:30: 'attack_cost' in node 'a' must be > 0, not 0",
                "m.yaml:3:43: 'attack_cost' in link 'l' must be > 0, not -3",
                "m.yaml:4:43: 'attack_cost' in software version 'os' must be > 0, not 0",
                "m.yaml:5:27: 'node' in 'adversary.costs' must be > 0, not 0",
                "m.yaml:5:30: unknown field 'software' in 'adversary.costs' (allowed: node, link, site, power_feed, "
                        + "group)",
                "m.yaml:5:43: unknown field 'power' in 'adversary.costs' (allowed: node, link, site, power_feed, "
                        + "group)");
        assertThat(ModelErrorsTest.problems("name: m", "adversary: {cost: {node: 1}}")).containsExactly(
                "m.yaml:2:13: unknown field 'cost' in 'adversary' (allowed: costs); did you mean 'costs'?");
    }
}
