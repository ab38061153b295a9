package org.neverout.report.diff;

import org.neverout.engine.CutSetProfile;
import org.neverout.engine.ProfileChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.tree.Format;
import org.neverout.report.ReportInput;
import org.neverout.report.TestModels;
import org.neverout.testkit.DiffOracle;
import org.neverout.testkit.Golden;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** Never-out profiles, regressions and improvements (MODEL.md 1.1 "Diff: what got worse"). */
class ProfileChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The edits made to models over real graphs (records, not JSON trees). */
    enum GraphEdit { REMOVE_LINK, ADD_LINK, DIVERSE_SOFTWARE, CHANGE_OPERATOR, RAISE_NEVER_OUT }

    /**
     * Oracle: on random models over the small Topology Zoo graphs, every edit kind, order 1 and 2, the
     * regressions and improvements equal those computed from the brute-force oracle's cut sets; and
     * the runs do meet both outcomes (a test that never sees a regression proves nothing).
     */
    @Test
    void regressionsAndImprovementsMatchTheOracleOnRealGraphs() {
        int regressions = 0;
        int improvements = 0;
        long seed = 500;
        for (String graph : TopologyZoo.SMALL) {
            TopologyZoo.Graph g = TopologyZoo.load(graph);
            for (GraphEdit edit : GraphEdit.values()) {
                for (int i = 0; i < 3; i++, seed++) {
                    Model older = RandomModels.generate(g, RandomModels.Spec.everyEventKind().withServices(2, 4), seed);
                    Model newer = edit(older, edit, new Random(seed));
                    int order = 1 + (int) (seed % 2);
                    AnalysisDiff diff = ModelDiff.compare(TestModels.input(older, order),
                            TestModels.input(newer, order));
                    List<DiffOracle.Change> expected = DiffOracle.changes(older, newer, order, ModelDiffTest.ALL_KINDS);
                    String what = graph + " seed " + seed + " " + edit + " order " + order;
                    assertThat(ModelDiffTest.asOracle(diff.regressions())).as(what)
                            .isEqualTo(expected.stream().filter(DiffOracle.Change::regressed).toList());
                    assertThat(ModelDiffTest.asOracle(diff.improvements())).as(what)
                            .isEqualTo(expected.stream().filter(c -> !c.regressed()).toList());
                    regressions += diff.regressions().size();
                    improvements += diff.improvements().size();
                }
            }
        }
        assertThat(regressions).isPositive();
        assertThat(improvements).isPositive();
    }

    private static Model edit(Model m, GraphEdit edit, Random random) {
        List<Node> nodes = new ArrayList<>(m.nodes());
        List<Link> links = new ArrayList<>(m.links());
        List<Service> services = new ArrayList<>(m.services());
        switch (edit) {
            case REMOVE_LINK -> links.remove(random.nextInt(links.size()));
            case ADD_LINK -> {
                String a = nodes.get(random.nextInt(nodes.size())).id();
                String b = nodes.get(random.nextInt(nodes.size())).id();
                if (!a.equals(b)) {
                    links.add(new Link("added", null, a, b, Model.DEFENCE, Model.DEFENCE, List.of(), null, null, null,
                            null, null, null, Reliability.NONE));
                }
            }
            case DIVERSE_SOFTWARE -> {
                int i = random.nextInt(nodes.size());
                Node n = nodes.get(i);
                nodes.set(i, new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), "diverse-os", n.operator(),
                        n.owner(), n.groups(), n.power(), n.lat(), n.lon(), n.x(), n.y(), n.reliability()));
            }
            case CHANGE_OPERATOR -> {
                int i = random.nextInt(links.size());
                Link l = links.get(i);
                String operator = Model.DEFENCE.equals(l.operator()) ? "telco" : Model.DEFENCE;
                links.set(i, new Link(l.id(), l.name(), l.a(), l.b(), operator, l.owner(), l.groups(),
                        l.capacityGbps(), l.lengthKm(), l.latencyMs(), l.medium(), l.status(), l.cost(), l.reliability()));
            }
            default -> {
                int i = random.nextInt(services.size());
                Service s = services.get(i);
                services.set(i, new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), s.neverOut() + 1,
                        s.users(), s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability()));
            }
        }
        return new Model(m.name(), m.sites(), m.powerFeeds(), nodes, links, m.groups(), m.suppliers(), services,
                m.externalParties(), m.defaults(), m.measures(), m.compliance(), m.source());
    }

    @Test
    void profilesCompareAtTheSmallestSizeThatDiffers() {
        CutSetProfile spof = new CutSetProfile(List.of(0L, 1L, 0L));
        CutSetProfile pairs = new CutSetProfile(List.of(0L, 0L, 50L));
        assertThat(pairs.compareTo(spof)).isNegative(); // a single point traded for 50 pairs: better
        assertThat(spof.compareTo(pairs)).isPositive();
        assertThat(spof.firstDifference(pairs)).isEqualTo(1);
        assertThat(spof.compareTo(new CutSetProfile(List.of(0L, 1L, 0L)))).isZero();
        assertThat(new CutSetProfile(List.of(1L, 0L)).compareTo(new CutSetProfile(List.of(0L, 9L)))).isPositive();
        // the own event [S] is left out, and so is what lies beyond never_out or the order
        List<List<String>> sets = List.of(List.of("S"), List.of("a"), List.of("a", "b"), List.of("b", "c", "d"));
        assertThat(CutSetProfile.of("S", sets, 3, 3).counts()).containsExactly(0L, 1L, 1L, 1L);
        assertThat(CutSetProfile.of("S", sets, 3, 2).counts()).containsExactly(0L, 1L, 1L, 0L);
        assertThat(CutSetProfile.of("S", sets, 1, 3).counts()).containsExactly(0L, 1L);
        assertThat(CutSetProfile.of("T", sets, 1, 3).counts()).containsExactly(0L, 2L);
        assertThatThrownBy(() -> new ProfileChange("S", ServiceKind.VITAL, spof, spof, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesSayWhatChangedInPlainWords() {
        assertThat(DiffWords.profileLine(change("air-traffic", List.of(0L, 5L, 9L), List.of(0L, 7L, 1L))))
                .isEqualTo("air-traffic: 5 single points -> 7");
        assertThat(DiffWords.profileLine(change("c2", List.of(0L, 0L, 12L), List.of(0L, 0L, 15L))))
                .isEqualTo("c2: 12 pairs -> 15 (single points unchanged: 0)");
        assertThat(DiffWords.profileLine(change("c3", List.of(0L, 1L, 4L, 1L), List.of(0L, 1L, 4L, 0L))))
                .isEqualTo("c3: 1 triple -> 0 (single points unchanged: 1; pairs unchanged: 4)");
        assertThat(DiffWords.profileLine(change("t", List.of(0L, 0L), List.of(1L, 0L))))
                .isEqualTo("t: up with no failure -> down with no failure");
        assertThat(DiffWords.profileLine(change("x", List.of(0L, 0L, 0L, 0L, 2L), List.of(0L, 0L, 0L, 0L, 3L))))
                .startsWith("x: 2 cut sets of 4 -> 3 (");
    }

    private static ProfileChange change(String id, List<Long> before, List<Long> after) {
        return new ProfileChange(id, ServiceKind.VITAL, new CutSetProfile(before), new CutSetProfile(after), true);
    }

    /**
     * The golden answers of an independent implementation: {@code diff v11.json v11.edit-K.json --order 2}
     * regressions (profiles before and after) for four edits. v11.json also declares
     * {@code software_versions} and {@code defaults.group|software|supplier}: the wt-model branch reads them.
     */
    @Test
    void goldenRegressionsOfV11() throws IOException {
        JsonNode expected = JSON.readTree(Golden.read("v11.diff.expected.json"));
        Model older = load("v11.json");
        for (JsonNode edit : expected) {
            Model newer = load(edit.get("new").asText());
            int order = edit.get("order").asInt();
            assertThat(edit.get("events").asText()).isEqualTo("all");
            ReportInput before = TestModels.input(older, order);
            ReportInput after = TestModels.input(newer, order);
            AnalysisDiff diff = ModelDiff.compare(before, after);
            JsonNode actual = new DiffJsonWriter().toJson(diff).get("regressions");
            List<JsonNode> contract = new ArrayList<>();
            for (JsonNode r : actual) {
                contract.add(JSON.createObjectNode().put("service", r.get("service").asText())
                        .<ObjectNode>set("before", r.get("before"))
                        .set("after", r.get("after")));
            }
            // through text, so that numbers compare by value (a long and an int node are never equal)
            JsonNode regressions = JSON.readTree(JSON.writeValueAsString(contract));
            assertThat(regressions).as(edit.get("change").asText()).isEqualTo(edit.get("regressions"));
        }
    }

    private static Model load(String goldenFile) {
        return ModelLoader.parse(Golden.read(goldenFile), goldenFile, Format.JSON);
    }
}
