package org.neverout.report.diff;

import org.neverout.engine.ProfileChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;
import org.neverout.report.ControlSection;
import org.neverout.report.RandomModelTrees;
import org.neverout.report.ReportInput;
import org.neverout.report.ServiceControlRow;
import org.neverout.report.TestModels;
import org.neverout.testkit.DiffOracle;

class ModelDiffTest {
    static Stream<Arguments> edits() {
        List<Arguments> out = new ArrayList<>();
        long seed = 100;
        for (RandomModelTrees.Edit edit : RandomModelTrees.Edit.values()) {
            for (int i = 0; i < 25; i++) {
                out.add(Arguments.of(seed++, edit, 1 + (int) (seed % 3)));
            }
        }
        return out.stream();
    }

    /**
     * Oracle: for every service, added = cut sets(new) \ cut sets(old) and removed = old \ new, computed
     * here by comparing the engine's lists element by element (no hashing), in the engine's order.
     */
    @ParameterizedTest(name = "seed {0}: {1} at order {2}")
    @MethodSource("edits")
    void addedAndRemovedAreTheSetDifferencesOfTheEnginesCutSets(long seed, RandomModelTrees.Edit edit, int order) {
        ObjectNode before = RandomModelTrees.generate(seed);
        ObjectNode after = RandomModelTrees.edit(before, edit, new Random(seed * 31));
        Model oldModel = RandomModelTrees.load(before, "old.json");
        Model newModel = RandomModelTrees.load(after, "new.json");
        ReportInput older = TestModels.input(oldModel, order);
        ReportInput newer = TestModels.input(newModel, order);

        AnalysisDiff diff = ModelDiff.compare(older, newer);

        for (ServiceResult now : newer.analysis().services()) {
            ServiceResult was = older.analysis().service(now.id());
            ServiceDiff d = diff.service(now.id());
            assertThat(d).isNotNull();
            if (was == null) { // an added service: all its cut sets are new
                assertThat(d.change()).isEqualTo(ServiceChange.ADDED);
                assertThat(d.added()).isEqualTo(now.cutSets());
                continue;
            }
            assertThat(d.added()).isEqualTo(difference(now.cutSets(), was.cutSets()));
            assertThat(d.removed()).isEqualTo(difference(was.cutSets(), now.cutSets()));
            assertThat(d.upBefore()).isEqualTo(was.up());
            assertThat(d.upAfter()).isEqualTo(now.up());
            boolean sameSets = d.added().isEmpty() && d.removed().isEmpty();
            if (!sameSets) {
                assertThat(d.change()).isEqualTo(ServiceChange.CHANGED);
            }
            if (d.change() == ServiceChange.UNCHANGED) {
                assertThat(now.cutSets()).isEqualTo(was.cutSets());
            }
        }
        for (ServiceResult was : older.analysis().services()) {
            if (newer.analysis().service(was.id()) == null) {
                assertThat(diff.service(was.id()).change()).isEqualTo(ServiceChange.REMOVED);
                assertThat(diff.servicesRemoved()).contains(was.id());
            }
        }
        // new violations: never-out findings of the new model whose (service, cut set) the old one lacks
        long expectedNew = newer.findings().stream().filter(f -> older.findings().stream()
                .noneMatch(o -> o.services().get(0).equals(f.services().get(0)) && o.cutSet().equals(f.cutSet())))
                .count();
        assertThat(diff.newViolations()).hasSize((int) expectedNew);
        // the JSON carries the same sets
        JsonNode json = new DiffJsonWriter().toJson(diff);
        for (JsonNode s : json.get("services")) {
            ServiceDiff d = diff.service(s.get("id").asText());
            assertThat(s.get("added").size()).isEqualTo(d.added().size());
            assertThat(s.get("removed").size()).isEqualTo(d.removed().size());
        }
        assertThat(new DiffTextWriter().render(diff)).startsWith("diff random-" + seed);

        // regressions and improvements: MODEL.md 1.1 profiles from the brute-force oracle's cut sets
        List<DiffOracle.Change> expected = DiffOracle.changes(oldModel, newModel, order, ALL_KINDS);
        assertThat(asOracle(diff.regressions())).isEqualTo(expected.stream().filter(DiffOracle.Change::regressed).toList());
        assertThat(asOracle(diff.improvements()))
                .isEqualTo(expected.stream().filter(c -> !c.regressed()).toList());
        assertThat(json.get("regressions").size()).isEqualTo(diff.regressions().size());
        for (int i = 0; i < diff.regressions().size(); i++) {
            JsonNode r = json.get("regressions").get(i);
            assertThat(r.get("service").asText()).isEqualTo(diff.regressions().get(i).service());
            assertThat(r.get("after").toString()).isEqualTo(diff.regressions().get(i).after().counts().toString()
                    .replace(" ", ""));
        }
    }

    /** Every event kind, as the oracle names them. */
    static final Set<String> ALL_KINDS = Set.of("node", "link", "site", "power", "group", "software", "supplier",
            "service");

    /** The diff's profile changes in the oracle's terms. */
    static List<DiffOracle.Change> asOracle(List<ProfileChange> changes) {
        return changes.stream().map(c -> new DiffOracle.Change(c.service(), c.before().counts(), c.after().counts(),
                c.regressed())).toList();
    }

    /** Quadratic list difference, independent of the implementation's hash sets. */
    private static List<List<String>> difference(List<List<String>> a, List<List<String>> b) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> x : a) {
            boolean found = false;
            for (List<String> y : b) {
                found |= x.equals(y);
            }
            if (!found) {
                out.add(x);
            }
        }
        return out;
    }

    @Test
    void removingTheRedundantLinkAddsSinglePointsOfFailureAndSaysSo() {
        String base = "name: ring\nnodes: [{id: a}, {id: b}, {id: c}]\n"
                + "links:\n  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c}\n%s"
                + "services:\n  - {id: c2-north, kind: vital, never_out: 1, endpoints: [a, c]}\n";
        Model ring = TestModels.parse(String.format(base, "  - {id: ca, a: c, b: a}\n"), "old.yaml");
        Model chain = TestModels.parse(String.format(base, ""), "new.yaml");
        AnalysisDiff diff = ModelDiff.compare(TestModels.input(ring, 2), TestModels.input(chain, 2));

        ServiceDiff d = diff.service("c2-north");
        assertThat(d.added()).containsExactly(List.of("ab"), List.of("b"), List.of("bc"));
        assertThat(d.removed()).containsExactly(List.of("ab", "ca"), List.of("b", "ca"), List.of("bc", "ca"));
        assertThat(d.summary()).startsWith("this change adds 3 single points of failure to c2-north");
        assertThat(diff.verdict()).startsWith("this change makes never-out worse for c2-north; "
                + "adds 3 single points of failure to c2-north");
        assertThat(diff.newViolations()).hasSize(3);
        assertThat(diff.resolvedViolations()).isEmpty();
        assertThat(d.verdictBefore().status().token()).isEqualTo("violated"); // [a] and [c] already
        // [c2-north] is the service's own event: not in its profile
        assertThat(diff.regressions()).singleElement().satisfies(r -> {
            assertThat(r.before().counts()).containsExactly(0L, 2L);
            assertThat(r.after().counts()).containsExactly(0L, 5L);
        });
        assertThat(new DiffTextWriter().render(diff)).contains("  c2-north: 2 single points -> 5\n");
    }

    @Test
    void servicesAddedAndRemovedAreListedWithAllTheirCutSets() {
        Model old = TestModels.parse("name: m\nnodes: [{id: a}]\nservices:\n  - {id: gone, endpoints: [a]}\n", "o.yaml");
        Model now = TestModels.parse("name: m\nnodes: [{id: a}]\nservices:\n  - {id: fresh, endpoints: [a]}\n", "n.yaml");
        AnalysisDiff diff = ModelDiff.compare(TestModels.input(old, 1), TestModels.input(now, 1));
        assertThat(diff.servicesAdded()).containsExactly("fresh");
        assertThat(diff.servicesRemoved()).containsExactly("gone");
        assertThat(diff.service("fresh").added()).containsExactly(List.of("a"), List.of("fresh"));
        assertThat(diff.service("gone").removed()).containsExactly(List.of("a"), List.of("gone"));
        assertThat(diff.service("gone").change()).isEqualTo(ServiceChange.REMOVED);
    }

    @Test
    void identicalModelsHaveNoChanges() {
        Model model = RandomModelTrees.load(RandomModelTrees.generate(7), "m.json");
        AnalysisDiff diff = ModelDiff.compare(TestModels.input(model, 2), TestModels.input(model, 2));
        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.verdict()).startsWith("this change alters no minimal cut set up to order 2 and no verdict");
        assertThat(diff.regressions()).isEmpty();
        assertThat(diff.improvements()).isEmpty();
    }

    @Test
    void analysesOfDifferentOrdersAreRefused() {
        Model model = RandomModelTrees.load(RandomModelTrees.generate(8), "m.json");
        assertThatThrownBy(() -> ModelDiff.compare(TestModels.input(model, 1), TestModels.input(model, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different orders");
    }

    @Test
    void controlAndDowntimeChangesAreReported() {
        Model model = RandomModelTrees.load(RandomModelTrees.generate(9), "m.json");
        ReportInput older = TestModels.withSampleSections(TestModels.input(model, 1));
        Map<String, Boolean> flip = new HashMap<>();
        List<ServiceControlRow> controls = new ArrayList<>();
        for (ServiceControlRow c : older.control().services()) {
            flip.put(c.id(), !c.controlled());
            controls.add(new ServiceControlRow(c.id(), !c.controlled(), c.owned(), List.of("telco")));
        }
        ReportInput newer = older.withControl(new ControlSection(controls, List.of()));
        AnalysisDiff diff = ModelDiff.compare(older, newer);
        for (ServiceDiff d : diff.services()) {
            assertThat(d.controlledAfter()).isEqualTo(flip.get(d.id()));
            assertThat(d.change()).isEqualTo(ServiceChange.CHANGED);
        }
    }
}
