package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.tree.Format;

/** One test per kind of model error: the exact location and message of each problem. */
class ModelErrorsTest {

    /** The problems of a YAML model given as lines, each as {@code file:line:col: message}. */
    static List<String> problems(String... lines) {
        return problemsOf(String.join("\n", lines) + "\n", "m.yaml", Format.YAML);
    }

    static List<String> problemsOf(String text, String file, Format format) {
        try {
            ModelLoader.parse(text, file, format);
        } catch (InvalidModelException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the model to be refused");
    }

    @Test
    void unknownFieldNamesTheAllowedOnesAndSuggests() {
        assertThat(problems("name: m", "nodes:", "  - id: n1", "    sitee: x")).containsExactly(
                "m.yaml:4:5: unknown field 'sitee' in node 'n1' (allowed: id, name, site, role, vendor, software, "
                        + "operator, owner, groups, power, lat, lon, x, y, status, mtbf_h, mttr_h, attack_cost); did you mean 'site'?");
        assertThat(problems("name: m", "servics: []")).singleElement().asString()
                .startsWith("m.yaml:2:1: unknown field 'servics' in the model (allowed: $schema, version, name,")
                .endsWith("; did you mean 'services'?");
        assertThat(problems("name: m", "services:", "  - {id: c, endpoints: [], groups: [g]}")).containsExactly(
                "m.yaml:3:28: unknown field 'groups' in service 'c' (allowed: id, name, kind, endpoints, depends_on, "
                        + "never_out, users, category, demand, availability_target, description, mtbf_h, mttr_h, attack_cost, "
                        + "sector, organisation, public_name)");
    }

    /** MODEL.md 1.1 "Capacity under failure": cost a positive integer, demand and capacity not negative. */
    @Test
    void routingFiguresOutOfRange() {
        List<String> p = problems("name: m", "nodes: [{id: a}, {id: b}]", "links:",
                "  - {id: l1, a: a, b: b, cost: 0}",
                "  - {id: l2, a: a, b: b, cost: -3}",
                "  - {id: l3, a: a, b: b, cost: 1.5}",
                "  - {id: l4, a: a, b: b, cost: 2, capacity_gbps: -10}",
                "services:", "  - {id: d, endpoints: [a, b], demand: -1}");
        assertThat(p).containsExactly(
                "m.yaml:4:32: 'cost' in link 'l1' must be a positive integer (an IGP metric), not 0",
                "m.yaml:5:32: 'cost' in link 'l2' must be a positive integer (an IGP metric), not -3",
                "m.yaml:6:32: 'cost' in link 'l3' must be a positive integer (an IGP metric), not 1.5",
                "m.yaml:7:50: 'capacity_gbps' in link 'l4' must be >= 0, not -10",
                "m.yaml:9:40: 'demand' in service 'd' must be >= 0, not -1");
    }

    @Test
    void missingRequiredFields() {
        assertThat(problems("nodes:", "  - {name: x}", "links:", "  - {id: l2, a: n2}",
                "services:", "  - {id: s3}"))
                .containsExactly(
                        "m.yaml:1:1: missing required field 'name' in the model",
                        "m.yaml:2:5: missing required field 'id' in node #1",
                        "m.yaml:4:5: missing required field 'b' in link 'l2'",
                        "m.yaml:4:17: unknown node 'n2' in 'a' of link 'l2'",
                        "m.yaml:6:5: missing required field 'endpoints' in service 's3'");
    }

    @Test
    void wrongTypes() {
        assertThat(problems("name: m", "nodes:", "  - {id: n1, software: 17.2, lat: north, lon: 4}",
                "services:", "  - {id: s1, endpoints: n1, never_out: 1.5}",
                "external_parties:", "  - {id: p, evidence: {firewall: maybe, last_audit: 2026-13-01}}"))
                .containsExactly(
                        "m.yaml:3:24: 'software' in node 'n1' must be a string, not the number 17.2 (quote it: \"17.2\")",
                        "m.yaml:3:35: 'lat' in node 'n1' must be a number, not the string \"north\"",
                        "m.yaml:5:25: 'endpoints' in service 's1' must be a list, not the string \"n1\"",
                        "m.yaml:5:40: 'never_out' in service 's1' must be an integer, not the number 1.5",
                        "m.yaml:7:34: 'firewall' in 'evidence' of external party 'p' must be true or false, "
                                + "not the string \"maybe\"",
                        "m.yaml:7:53: 'last_audit' in 'evidence' of external party 'p' must be a date like "
                                + "2026-03-01, not the string \"2026-13-01\"");
        assertThat(problems("name: m", "sites: {id: x}")).containsExactly(
                "m.yaml:2:8: 'sites' in the model must be a list, not a mapping");
        assertThat(problems("- name: m")).containsExactly("m.yaml:1:1: the model must be a mapping, not a list");
    }

    @Test
    void duplicateIdsAcrossAllKindsSayWhereTheFirstIs() {
        assertThat(problems("name: m", "sites: [{id: x}]", "power_feeds: [{id: x}]", "nodes: [{id: n}, {id: n}]",
                "groups: [{id: x}]", "suppliers: [{id: n}]", "services: [{id: x, endpoints: []}]",
                "external_parties: [{id: n}]", "links: [{id: x, a: n, b: n}]"))
                .containsExactly(
                        "m.yaml:3:20: duplicate id 'x': already the id of the site at m.yaml:2:14",
                        "m.yaml:4:23: duplicate id 'n': already the id of the node at m.yaml:4:14",
                        "m.yaml:5:15: duplicate id 'x': already the id of the site at m.yaml:2:14",
                        "m.yaml:6:18: duplicate id 'n': already the id of the node at m.yaml:4:14",
                        "m.yaml:7:17: duplicate id 'x': already the id of the site at m.yaml:2:14",
                        "m.yaml:8:25: duplicate id 'n': already the id of the node at m.yaml:4:14",
                        "m.yaml:9:14: duplicate id 'x': already the id of the site at m.yaml:2:14",
                        "m.yaml:9:26: link 'x' connects node 'n' to itself (a and b must differ)");
    }

    @Test
    void defenceIsReservedForSuppliers() {
        assertThat(problems("name: m", "suppliers:", "  - {id: defence, name: Us}")).containsExactly(
                "m.yaml:3:10: 'defence' is reserved (it means defence itself) and cannot be a supplier id");
    }

    @Test
    void unresolvedReferencesNameTheIdAndSuggest() {
        assertThat(problems("name: m", "sites: [{id: DHD, power: [grid-x]}]", "power_feeds: [{id: grid-nh}]",
                "nodes:", "  - {id: n1, site: DHX, operator: telco-b, owner: telco, power: [grid-nh]}",
                "suppliers: [{id: telco}, {id: sub, parent: telcoo}]",
                "services: [{id: s, endpoints: [n1, [n2, n1]], depends_on: [t]}]",
                "external_parties: [{id: p, connects_at: [n11]}]"))
                .containsExactly(
                        "m.yaml:2:27: unknown power feed 'grid-x' in 'power' of site 'DHD'; did you mean 'grid-nh'? (declare it under power_feeds)",
                        "m.yaml:5:20: unknown site 'DHX' in 'site' of node 'n1'; did you mean 'DHD'?",
                        "m.yaml:5:35: unknown supplier 'telco-b' in 'operator' of node 'n1'; did you mean 'telco'?",
                        "m.yaml:6:44: unknown supplier 'telcoo' in 'parent' of supplier 'sub'; did you mean 'telco'?",
                        "m.yaml:7:37: unknown node 'n2' in 'endpoints' of service 's'",
                        "m.yaml:7:60: unknown service 't' in 'depends_on' of service 's'",
                        "m.yaml:8:42: unknown node 'n11' in 'connects_at' of external party 'p'; did you mean 'n1'?");
    }

    @Test
    void referenceToTheWrongKind() {
        assertThat(problems("name: m", "sites: [{id: S}]", "nodes: [{id: n1, site: n1}]",
                "services: [{id: s, endpoints: [S], depends_on: [n1]}]"))
                .containsExactly(
                        "m.yaml:3:24: 'site' of node 'n1' must name a site, but 'n1' is the node at m.yaml:3:14",
                        "m.yaml:4:32: 'endpoints' of service 's' must name a node, but 'S' is the site at m.yaml:2:14",
                        "m.yaml:4:49: 'depends_on' of service 's' must name a service, but 'n1' is the node at m.yaml:3:14");
    }

    @Test
    void groupIdsNeedNoDeclarationButMustNotCollide() {
        assertThat(problems("name: m", "nodes: [{id: n1, groups: [bldg]}, {id: n2, groups: [n1, 'a b']}]"))
                .containsExactly(
                        "m.yaml:2:53: group 'n1' in 'groups' of node 'n2' has the id of the node at m.yaml:2:14 "
                                + "(ids are shared by all kinds)",
                        "m.yaml:2:57: group id 'a b' must not contain whitespace or control characters");
    }

    @Test
    void dependsOnCyclesAreNamed() {
        assertThat(problems("name: m", "services:", "  - {id: a, endpoints: [], depends_on: [b]}",
                "  - {id: b, endpoints: [], depends_on: [c]}", "  - {id: c, endpoints: [], depends_on: [a]}",
                "  - {id: d, endpoints: [], depends_on: [d]}"))
                .containsExactly("m.yaml:3:10: depends_on cycle: a -> b -> c -> a",
                        "m.yaml:6:10: depends_on cycle: d -> d");
    }

    @Test
    void dependsOnCyclesThroughAlternativesAreNamed() {
        assertThat(problems("name: m", "services:", "  - {id: a, endpoints: [], depends_on: [[x, b]]}",
                "  - {id: b, endpoints: [], depends_on: [[a]]}", "  - {id: x, endpoints: []}"))
                .containsExactly("m.yaml:3:10: depends_on cycle: a -> b -> a");
    }

    @Test
    void badAlternativesInDependsOnAreLocated() {
        assertThat(problems("name: m", "services:",
                "  - {id: time1, endpoints: []}",
                "  - {id: s, endpoints: [], depends_on: [[], [time1, tim1], [time1, [time1]], 5]}"))
                .containsExactly(
                        "m.yaml:4:41: entry 1 of 'depends_on' of service 's' is an empty list of alternatives: "
                                + "give at least one service id",
                        "m.yaml:4:53: unknown service 'tim1' in 'depends_on' of service 's'; did you mean 'time1'?",
                        "m.yaml:4:68: alternative 2 of entry 3 of 'depends_on' of service 's' must be a service id, "
                                + "not a list (alternatives are one list of ids: they do not nest)",
                        "m.yaml:4:78: entry 4 of 'depends_on' of service 's' must be a service id or a list of "
                                + "alternative service ids, not the number 5");
    }

    @Test
    void neverOutAboveEightIsRefused() {
        assertThat(problems("name: m", "services:", "  - {id: s, endpoints: [], never_out: 9}",
                "  - {id: t, endpoints: [], never_out: 8}"))
                .containsExactly("m.yaml:3:39: 'never_out' in service 's' must be an integer from 0 to 8, not 9");
    }

    @Test
    void alternativesInDependsOnMustBeServices() {
        assertThat(problems("name: m", "nodes: [{id: n1}]", "services:", "  - {id: t, endpoints: []}",
                "  - {id: s, endpoints: [], depends_on: [[t, n1]]}"))
                .containsExactly("m.yaml:5:45: 'depends_on' of service 's' must name a service, "
                        + "but 'n1' is the node at m.yaml:2:14");
    }

    @Test
    void supplierParentCyclesAreNamed() {
        assertThat(problems("name: m", "suppliers: [{id: s1, parent: s2}, {id: s2, parent: s1}]"))
                .containsExactly("m.yaml:2:18: supplier parent cycle: s1 -> s2 -> s1 "
                        + "(a supplier cannot be its own subcontractor)");
    }

    @Test
    void selfLoopLinkIsAnError() {
        assertThat(problems("name: m", "nodes: [{id: n}]", "links: [{id: l, a: n, b: n}]"))
                .containsExactly("m.yaml:3:26: link 'l' connects node 'n' to itself (a and b must differ)");
    }

    @Test
    void valueChecks() {
        assertThat(problems("name: m",
                "sites: [{id: S, lat: 95, lon: -181, x: 1}]",
                "nodes: [{id: n, mtbf_h: 0, mttr_h: -1}, {id: o, mttr_h: 4}]",
                "links: [{id: l, a: n, b: o, capacity_gbps: -1, length_km: -2}]",
                "groups: [{id: g, kind: duct}]",
                "services:",
                "  - {id: s, kind: vitall, endpoints: [n, []], never_out: -1, users: -5, category: C}",
                "  - {id: t, endpoints: [], availability_target: 1}"))
                .containsExactly(
                        "m.yaml:2:22: 'lat' in site 'S' must be between -90 and 90, not 95",
                        "m.yaml:2:31: 'lon' in site 'S' must be between -180 and 180, not -181",
                        "m.yaml:2:40: 'x' in site 'S' needs 'y' too (give both or neither)",
                        "m.yaml:3:25: 'mtbf_h' in node 'n' must be > 0, not 0",
                        "m.yaml:3:36: 'mttr_h' in node 'n' must be > 0, not -1",
                        "m.yaml:3:57: 'mttr_h' in node 'o' needs 'mtbf_h' too (give both or neither)",
                        "m.yaml:4:44: 'capacity_gbps' in link 'l' must be >= 0, not -1",
                        "m.yaml:4:59: 'length_km' in link 'l' must be >= 0, not -2",
                        "m.yaml:5:24: 'kind' in group 'g' must be one of conduit, building, region, power, other, "
                                + "not 'duct'",
                        "m.yaml:7:19: 'kind' in service 's' must be one of infrastructure, vital, other, not 'vitall'; "
                                + "did you mean 'vital'?",
                        "m.yaml:7:42: endpoint 2 of service 's' is an empty list: give at least one node id",
                        "m.yaml:7:58: 'never_out' in service 's' must be an integer from 0 to 8, not -1",
                        "m.yaml:7:69: 'users' in service 's' must be >= 0, not -5",
                        "m.yaml:7:83: 'category' in service 's' must be one of A, B, not 'C'",
                        "m.yaml:8:49: 'availability_target' in service 't' must be between 0 and 1 (exclusive), not 1");
    }

    @Test
    void badIds() {
        assertThat(problems("name: m", "nodes: [{id: ''}, {id: 'a b'}, {id: 'software:x'}, {id: 'supplier:y'}]"))
                .containsExactly(
                        "m.yaml:2:14: node id '' must not be empty",
                        "m.yaml:2:24: node id 'a b' must not contain whitespace or control characters",
                        "m.yaml:2:37: node id 'software:x' must not start with 'software:' (reserved for implicit event ids)",
                        "m.yaml:2:57: node id 'supplier:y' must not start with 'supplier:' (reserved for implicit event ids)");
    }

    @Test
    void defaultsKeysAreExactlyThoseOfVersionOnePointOne() {
        assertThat(problems("name: m", "defaults:", "  group: {mtbf_h: 1, mttr_h: 1}",
                "  software: {mtbf_h: 1, mttr_h: 1}", "  supplier: {mtbf_h: 1, mttr_h: 1}",
                "  softwares: {mtbf_h: 1, mttr_h: 1}"))
                .containsExactly("m.yaml:6:3: unknown field 'softwares' in 'defaults' (allowed: node, link, "
                        + "power_feed, site, service, group, software, supplier); did you mean 'software'?");
    }

    @Test
    void softwareVersionsAreUniqueAmongThemselvesAndMayShareOtherIds() {
        assertThat(problems("name: m", "nodes: [{id: os-1, software: os-1}]",
                "software_versions: [{id: os-1, vendor: v, mtbf_h: 10, mttr_h: 1}, {id: os-1}, {id: os-2, mtbf_h: 5},",
                "  {id: os-3, colour: red}]",
                "groups: [{id: g, mtbf_h: 1, mttr_h: 1}, {id: h, mttr_h: 1}]",
                "suppliers: [{id: s, mtbf_h: -1, mttr_h: 1}]"))
                .containsExactly(
                        "m.yaml:3:72: duplicate software version 'os-1': already declared at m.yaml:3:26",
                        "m.yaml:3:98: 'mtbf_h' in software version 'os-2' needs 'mttr_h' too (give both or neither)",
                        "m.yaml:4:14: unknown field 'colour' in software version 'os-3' (allowed: id, name, vendor, "
                                + "mtbf_h, mttr_h, attack_cost)",
                        "m.yaml:5:57: 'mttr_h' in group 'h' needs 'mtbf_h' too (give both or neither)",
                        "m.yaml:6:29: 'mtbf_h' in supplier 's' must be > 0, not -1");
    }

    @Test
    void aSoftwareVersionNoNodeRunsIsAWarning() {
        Model m = ModelLoader.parse(String.join("\n", "name: m", "nodes: [{id: n, software: os-1}]",
                "software_versions: [{id: os-1}, {id: os-9, mtbf_h: 10, mttr_h: 1}]"), "m.yaml", Format.YAML);
        assertThat(m.source().warnings()).containsExactly(
                "m.yaml:3:38: software version 'os-9' is declared but no node runs it");
        assertThat(m.softwareVersions()).extracting(SoftwareVersion::id).containsExactly("os-1", "os-9");
        assertThat(m.softwareVersions().get(1).reliability()).isEqualTo(new Reliability(10.0, 1.0));
        assertThat(m.source().locationOf("software:os-9")).hasToString("m.yaml:3:38");
    }

    @Test
    void versionOneOnly() {
        assertThat(problems("version: 2", "name: m")).containsExactly(
                "m.yaml:1:10: 'version' in the model is 2, but this NeverOut reads version 1 only");
    }

    @Test
    void defaultsMeasuresAndComplianceAreChecked() {
        assertThat(problems("name: m",
                "defaults: {node: {mtbf_h: 1}, site: {}, switch: {}}",
                "measures: [{measure: a, status: done}, {status: planned}]",
                "compliance: {thresholds: {x: [1]}, disabled: {CC-01: 5}, other: 1}"))
                .containsExactly(
                        "m.yaml:2:27: 'mtbf_h' in 'defaults.node' needs 'mttr_h' too (give both or neither)",
                        "m.yaml:2:37: 'defaults.site' needs mtbf_h and mttr_h",
                        "m.yaml:2:41: unknown field 'switch' in 'defaults' (allowed: node, link, power_feed, site, service, group, software, supplier)",
                        "m.yaml:3:33: 'status' in measure #1 must be one of implemented, partial, planned, absent, not 'done'",
                        "m.yaml:3:40: missing required field 'measure' in measure #2",
                        "m.yaml:4:30: threshold 'x' must be a number, string or boolean, not a list",
                        "m.yaml:4:54: the reason for disabling rule 'CC-01' must be a string, not the number 5 "
                                + "(quote it: \"5\")",
                        "m.yaml:4:58: unknown field 'other' in 'compliance' (allowed: thresholds, disabled)");
    }

    @Test
    void impactWeightsArePositiveAndNamedAbNone() {
        assertThat(problems("name: m",
                "impact: {category_weights: {A: 0, C: 2, none: x}, other: 1}"))
                .containsExactly(
                        "m.yaml:2:32: 'A' in 'impact.category_weights' must be > 0, not 0",
                        "m.yaml:2:35: unknown field 'C' in 'impact.category_weights' (allowed: A, B, none)",
                        "m.yaml:2:47: 'none' in 'impact.category_weights' must be a number, not the string \"x\"",
                        "m.yaml:2:51: unknown field 'other' in 'impact' (allowed: category_weights)");
    }

    @Test
    void duplicateKeyIsAnErrorAmongTheOthers() {
        assertThat(problems("name: m", "nodes:", "  - id: n1", "    role: core", "    role: edge", "    vendorr: v"))
                .containsExactly(
                        "m.yaml:5:5: duplicate key 'role' (first at line 4, column 5)",
                        "m.yaml:6:5: unknown field 'vendorr' in node 'n1' (allowed: id, name, site, role, vendor, "
                                + "software, operator, owner, groups, power, lat, lon, x, y, status, mtbf_h, mttr_h, attack_cost); "
                                + "did you mean 'vendor'?");
    }

    @Test
    void allErrorsAreReportedTogether() {
        List<String> p = problems("name: m",
                "nodes: [{id: n1, site: nowhere}, {id: n1}]",        // unknown site, duplicate id
                "links: [{id: l1, a: n1, b: n9, colour: red}]",     // unknown node, unknown field
                "services: [{id: s, endpoints: [], never_out: -2}]"); // value check
        assertThat(p).hasSize(5);
        assertThat(p).extracting(s -> s.substring(0, s.indexOf(": "))).containsExactly(
                "m.yaml:2:24", "m.yaml:2:39", "m.yaml:3:28", "m.yaml:3:32", "m.yaml:4:46");
    }

    @Test
    void jsonErrorsAreLocatedToo() {
        String json = "{\n  \"name\": \"m\",\n  \"nodes\": [{\"id\": \"n1\", \"sitee\": \"x\"}]\n}";
        assertThat(problemsOf(json, "m.json", Format.JSON)).singleElement().asString()
                .startsWith("m.json:3:26: unknown field 'sitee' in node 'n1'");
    }

    @Test
    void ioErrorsNameTheFile() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidModelException.class,
                () -> ModelLoader.load(java.nio.file.Path.of("missing/model.yaml"))).problems())
                .extracting(Problem::toString).containsExactly("missing/model.yaml: no such file");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidModelException.class,
                () -> ModelLoader.load(java.nio.file.Path.of("model.txt"))).getMessage())
                .isEqualTo("model.txt: unsupported model file extension: expected .yaml, .yml or .json");
    }

    /**
     * Thousands of broken references (a renamed node list) are all reported, in file order; did-you-mean
     * suggestions are given while their bounded budget lasts (the first few hundred here), then the
     * messages go on without one instead of spending minutes on suggestions.
     */
    @Test
    void manyUnresolvedReferencesAreAllReportedWithSuggestionsWhileTheBudgetLasts() {
        int n = 4000;
        StringBuilder yaml = new StringBuilder("name: m\nnodes:\n");
        for (int i = 0; i < n; i++) {
            yaml.append(String.format("  - id: node-%04d%n", i));
        }
        yaml.append("services:\n");
        for (int i = 0; i < n; i++) {
            yaml.append(String.format("  - {id: s%d, endpoints: [nodf-%04d]}%n", i, i));
        }
        List<String> problems = problemsOf(yaml.toString(), "m.yaml", Format.YAML);

        assertThat(problems).hasSize(n);
        assertThat(problems.get(0)).isEqualTo(
                "m.yaml:" + (n + 4) + ":26: unknown node 'nodf-0000' in 'endpoints' of service 's0'; did you mean 'node-0000'?");
        long suggested = problems.stream().filter(p -> p.contains("did you mean")).count();
        assertThat(suggested).isBetween(100L, n - 1L);
        for (int i = 0; i < n; i++) {
            String expected = String.format("unknown node 'nodf-%04d' in 'endpoints' of service 's%d'", i, i)
                    + (i < suggested ? String.format("; did you mean 'node-%04d'?", i) : "");
            assertThat(problems.get(i)).endsWith(expected);
        }
    }
}
