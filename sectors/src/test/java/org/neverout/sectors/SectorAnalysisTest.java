package org.neverout.sectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/** Hand-made cases: own events, alternatives, the kind in words, the matrix, no sectors, a cut-short run. */
class SectorAnalysisTest {
    /** Two time sources as alternatives, a shared AAA service, services in three sectors and two organisations. */
    static final String MODEL = String.join("\n", "name: m",
            "nodes:",
            "  - {id: t1, software: ntp-4}",
            "  - {id: t2, software: ntp-4}",
            "  - {id: aaa, operator: telco}",
            "  - {id: x}",
            "  - {id: y}",
            "links:",
            "  - {id: l1, a: x, b: y, groups: [duct-1]}",
            "  - {id: l2, a: x, b: aaa}",
            "groups: [{id: duct-1, kind: conduit}]",
            "suppliers: [{id: telco}]",
            "services:",
            "  - {id: gnss, endpoints: [t1], sector: defence, organisation: mod}",
            "  - {id: ptp, endpoints: [t2], sector: defence, organisation: mod}",
            "  - {id: access, endpoints: [aaa], depends_on: [[gnss, ptp]], sector: defence, organisation: mod}",
            "  - {id: atc, endpoints: [x, y], depends_on: [access], sector: aviation, organisation: lvnl}",
            "  - {id: radio, endpoints: [x, y], sector: emergency, users: 10}",
            "");

    static SectorReport run(String yaml, int order) {
        Model m = ModelLoader.parse(yaml, "m.yaml", Format.YAML);
        return SectorAnalysis.run(m, new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), 1, 0, null),
                ProgressListener.NONE);
    }

    @Test
    void causesFollowTheContractAndNeverListAServicesOwnEvent() {
        SectorReport r = run(MODEL, 2);
        List<List<String>> cuts = r.sectors().causes().stream().map(SharedCause::cutSet).toList();
        // every cause reaches two sectors here: single events by id, then pairs
        assertThat(cuts.subList(0, 7)).containsExactly(List.of("aaa"), List.of("duct-1"), List.of("l1"),
                List.of("software:ntp-4"), List.of("supplier:telco"), List.of("x"), List.of("y"));
        // both time sources (alternatives) take down access (defence) and atc (aviation); one is not enough
        assertThat(cuts.subList(7, cuts.size())).containsExactly(List.of("gnss", "ptp"), List.of("gnss", "t2"),
                List.of("ptp", "t1"), List.of("t1", "t2"));
        // [access] is access's own event, so it reaches atc (aviation) alone: no cause
        assertThat(cuts).doesNotContain(List.of("access"), List.of("gnss"), List.of("t1"));
        SharedCause software = r.sectors().causes().get(3);
        assertThat(software.groups()).containsExactly("aviation", "defence");
        assertThat(software.services()).containsExactly("access", "atc", "gnss", "ptp");
        assertThat(software.kind()).isEqualTo("a shared software version");
        SharedCause x = r.sectors().causes().get(5);
        assertThat(x.groups()).containsExactly("aviation", "emergency");
        assertThat(x.users()).isEqualTo(10);
        assertThat(r.widest()).isEqualTo(r.sectors().causes().get(0));
    }

    @Test
    void theCauseReachingMoreSectorsComesFirstWhateverItsSize() {
        // radio now also needs access: the pair of time sources reaches three sectors, a single x only two
        SectorReport r = run(MODEL.replace("sector: emergency, users: 10}", "depends_on: [access], sector: emergency}"),
                2);
        SharedCause first = r.sectors().causes().get(0);
        assertThat(first.cutSet()).containsExactly("aaa");
        assertThat(first.groups()).containsExactly("aviation", "defence", "emergency");
        List<SharedCause> three = r.sectors().causes().stream().filter(c -> c.groups().size() == 3).toList();
        assertThat(three.get(three.size() - 1).cutSet()).containsExactly("t1", "t2");
        assertThat(r.sectors().causes().get(three.size()).groups()).hasSize(2);
    }

    @Test
    void kindsInPlainWords() {
        Model m = ModelLoader.parse(MODEL, "m.yaml", Format.YAML);
        CauseWords w = new CauseWords(m, CompiledModel.compile(m));
        assertThat(w.of(List.of("duct-1"))).isEqualTo("a cable duct");
        assertThat(w.of(List.of("supplier:telco"))).isEqualTo("a supplier");
        assertThat(w.of(List.of("access"))).isEqualTo("a shared service");
        assertThat(w.of(List.of("software:ntp-4"))).isEqualTo("a shared software version");
        assertThat(w.of(List.of("t1", "t2"))).isEqualTo("two nodes");
        assertThat(w.of(List.of("gnss", "t2"))).isEqualTo("a shared service and a node");
        assertThat(w.of(List.of("l1", "l2", "x"))).isEqualTo("two links and a node");
    }

    @Test
    void theMatrixCountsEachPairAndKeepsItsWorstCause() {
        SectorReport r = run(MODEL, 2);
        GroupMatrix m = r.sectors().matrix();
        assertThat(m.groups()).containsExactly("aviation", "defence", "emergency");
        assertThat(m.cell("defence", "aviation").causes()).isEqualTo(7);
        assertThat(m.cell("aviation", "defence").worst().cutSet()).containsExactly("aaa");
        assertThat(m.cell("aviation", "emergency").causes()).isEqualTo(4);
        assertThat(m.cell("defence", "emergency").causes()).isZero();
        assertThat(m.cell("defence", "emergency").worst()).isNull();
        assertThat(m.reach()).containsEntry("aviation", 11).containsEntry("defence", 7);
        assertThat(r.sectors().sharingWith("aviation")).containsExactly("defence", "emergency");
        // organisations: radio has none (unassigned); mod and lvnl share what defence and aviation share
        assertThat(r.organisations().groups().stream().map(GroupSummary::group).toList())
                .containsExactly("lvnl", "mod", "unassigned");
        assertThat(r.organisations().sharingWith("mod")).containsExactly("lvnl");
    }

    @Test
    void withoutSectorsEveryServiceIsUnassignedAndNothingIsShared() {
        SectorReport r = run(MODEL.replaceAll(", sector: [a-z]+", ""), 2);
        assertThat(r.sectorsNamed()).isFalse();
        assertThat(r.sectors().groups()).singleElement()
                .satisfies(g -> assertThat(g.group()).isEqualTo("unassigned"));
        assertThat(r.sectors().causes()).isEmpty();
        assertThat(r.widest()).isNull();
        assertThat(SectorText.headline(r)).contains("No service names its sector");
    }

    @Test
    void aCutShortRunSaysSo() {
        Model m = ModelLoader.parse(MODEL, "m.yaml", Format.YAML);
        SectorReport r = SectorAnalysis.run(m, new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 1, 2, null),
                ProgressListener.NONE);
        assertThat(r.complete()).isFalse();
        assertThat(r.incompleteReason()).isNotBlank();
        assertThat(SectorText.toText(r)).contains("INCOMPLETE");
        assertThat(SectorJson.toJson(r)).containsEntry("complete", false).containsKey("incomplete_reason");
    }

    @Test
    void theHeadlineNamesTheWidestCauseInWords() {
        SharedCause pair = new SharedCause(List.of("t1", "t2"), List.of("a", "b"), List.of("s1", "s2"), 1234,
                "two nodes");
        GroupView v = new GroupView(List.of(), List.of(pair), GroupMatrix.of(List.of("a", "b"), List.of(pair)));
        SectorReport r = new SectorReport("m", 2, EnumSet.of(EventKind.NODE), true, v, v, true, null);
        assertThat(SectorText.headline(r))
                .isEqualTo("Together, two nodes (t1 + t2) reach 2 sectors at once: a, b (2 services, 1,234 users).");
        SectorReport example = run(MODEL, 2);
        assertThat(SectorText.headline(example)).isEqualTo(
                "One node (aaa) reaches 2 sectors at once: aviation, defence (2 services, 0 users).");
        GroupView empty = new GroupView(List.of(), List.of(), GroupMatrix.of(List.of("a", "b"), List.of()));
        assertThat(SectorText.headline(new SectorReport("m", 2, EnumSet.of(EventKind.NODE), true, empty, empty, true,
                null))).isEqualTo("No single cause of up to 2 events reaches two sectors.");
    }
}
