package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Link;
import org.neverout.model.Model;

/**
 * The facts of the decision page, limitations and trend, on a hand-made model with one event of every kind
 * as a single point of failure: root causes in the findings' order, who operates and owns what they take
 * down, a recommended action per kind of event, the limitations, and the trend against a previous period.
 */
class DecisionPageFactsTest {
    private static final String MODEL = "name: decision\n"
            + "sites:\n  - {id: S1, power: [grid1, gen1]}\n  - {id: S2, power: [grid2]}\n"
            + "power_feeds:\n  - {id: grid1}\n  - {id: gen1}\n  - {id: grid2, mtbf_h: 1000, mttr_h: 2}\n"
            + "suppliers:\n  - {id: telco, name: Telco NL}\n  - {id: sub, name: Sub BV, parent: telco}\n"
            + "groups:\n  - {id: duct-a, kind: conduit}\n"
            + "nodes:\n  - {id: a, site: S1, software: os-1}\n  - {id: b, site: S1, software: os-1, owner: telco}\n"
            + "  - {id: c, site: S2, operator: sub, owner: sub}\n  - {id: d, site: S2}\n"
            + "links:\n  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c, groups: [duct-a], operator: telco}\n"
            + "  - {id: ac, a: a, b: c, groups: [duct-a]}\n  - {id: cd, a: c, b: d}\n"
            + "services:\n  - {id: shared, kind: infrastructure, endpoints: [a]}\n"
            + "  - {id: vital1, kind: vital, never_out: 1, users: 100, endpoints: [a, c], depends_on: [shared]}\n"
            + "  - {id: other, kind: other, never_out: 2, endpoints: [c, d]}\n";

    private static Model model() {
        return TestModels.parse(MODEL, "decision.yaml");
    }

    private static RootCause cause(List<RootCause> causes, String... cut) {
        return causes.stream().filter(c -> c.finding().cutSet().equals(List.of(cut))).findFirst().orElseThrow(
                () -> new AssertionError("no root cause " + List.of(cut)));
    }

    @Test
    void rootCausesAreTheFindingsInOrderWithOperatorsOwnersAndAnActionPerKindOfEvent() {
        ReportInput input = TestModels.input(model(), 2);
        List<RootCause> all = RootCauses.of(input, 1000);
        assertThat(all).extracting(RootCause::finding).containsExactlyElementsOf(input.findings());
        assertThat(RootCauses.of(input, RootCauses.TOP)).extracting(RootCause::finding)
                .containsExactlyElementsOf(input.findings().subList(0, RootCauses.TOP));

        assertThat(cause(all, "shared").action()).startsWith("Add a diverse alternative to shared in depends_on")
                .contains("so that vital1 no longer stands on it alone");
        assertThat(cause(all, "software:os-1").action())
                .isEqualTo("Run diverse software on one node of each redundant pair: both nodes running os-1 fail "
                        + "with one defect of it.");
        assertThat(cause(all, "duct-a").action()).isEqualTo(
                "Re-route one of the links out of duct-a (bc, ac) so that they no longer share its risk.");
        assertThat(cause(all, "S1").action()).startsWith("Serve vital1 from a second site as well");
        assertThat(cause(all, "grid2").action()).contains("power feed grid2 a second, independent feed");
        assertThat(cause(all, "a").action()).contains("avoids node a");
        assertThat(cause(all, "cd").action()).contains("avoids link cd (c \u2013 d)");
        assertThat(cause(all, "supplier:telco").action()).contains("second, independent supplier")
                .contains("Telco NL");

        // telco's loss: c (operated by its subcontractor) and bc (its own); owners as the model says
        RootCause telco = cause(all, "supplier:telco");
        assertThat(telco.concerned().nodes()).containsExactly("c");
        assertThat(telco.concerned().links()).containsExactly("bc");
        assertThat(telco.operators()).containsExactly(new Party("sub", "Sub BV", 1, 0),
                new Party("telco", "Telco NL", 0, 1));
        Link bc = model().links().stream().filter(l -> l.id().equals("bc")).findFirst().orElseThrow();
        assertThat(telco.owners()).contains(new Party("sub", "Sub BV", 1, 0));
        assertThat(telco.owners()).extracting(Party::id).contains(bc.owner());
        // S1 takes down a and b: b is owned by telco, both are operated by defence
        RootCause s1 = cause(all, "S1");
        assertThat(s1.operators()).containsExactly(new Party("defence", "Defence", 2, 0));
        assertThat(s1.owners()).containsExactlyInAnyOrder(new Party("defence", "Defence", 1, 0),
                new Party("telco", "Telco NL", 1, 0));
        assertThat(new Party("telco", "Telco NL", 1, 2).describe()).isEqualTo("Telco NL (telco): 1 node, 2 links");
        // a shared service's own failure is held against the nodes it runs on
        assertThat(cause(all, "shared").concerned().services()).containsExactly("shared");
        assertThat(cause(all, "shared").operators()).containsExactly(new Party("defence", "Defence", 1, 0));
    }

    @Test
    void actionsForCombinationsLetTheCommonModeEventLead() {
        RecommendedAction actions = new RecommendedAction(model());
        assertThat(actions.of(List.of("a", "cd"), List.of("other")))
                .startsWith("Add one more independent path to other that avoids a, cd");
        assertThat(actions.of(List.of("gen1", "grid1"), List.of("vital1", "other")))
                .contains("further, independent power source");
        assertThat(actions.of(List.of("c", "software:os-1"), List.of("vital1")))
                .startsWith("Run diverse software").endsWith("(it fails together with c).");
        assertThat(actions.of(List.of(), List.of("vital1"))).startsWith("Connect vital1");
    }

    @Test
    void limitationsNameTheOrderKindsLeftOutPartsCutShortAndElementsWithoutFigures() {
        Model model = model();
        var question = new AnalysisQuestion(1, EnumSet.of(EventKind.NODE, EventKind.LINK), 1, 1, null);
        var analysis = CutSetEngine.analyze(CompiledModel.compile(model), question, ProgressListener.NONE);
        Limitations l = Limitations.of(ReportInput.of(model, analysis));
        assertThat(l.orderCoversRequirements()).isFalse();
        assertThat(l.kindsLeftOut()).containsExactly(EventKind.SITE, EventKind.POWER, EventKind.GROUP,
                EventKind.SOFTWARE, EventKind.SUPPLIER, EventKind.SERVICE);
        assertThat(analysis.complete()).isFalse();
        assertThat(l.cutShort()).isNotEmpty().allMatch(line -> line.startsWith("the cut-set analysis: ")
                || line.startsWith("service "));
        assertThat(l.withoutFigures()).containsExactly(Map.entry("sites", 2), Map.entry("nodes", 4),
                Map.entry("links", 4), Map.entry("power feeds", 2), Map.entry("services", 3),
                Map.entry("shared-risk groups", 1), Map.entry("software versions", 1), Map.entry("suppliers", 2));
        assertThat(l.statements()).extracting(Limitations.Statement::title).containsExactly("Order analysed",
                "Event kinds left out", "Parts cut short", "Elements without reliability figures");
        assertThat(l.statements().get(0).text()).contains("Requirements above 1 (the largest is 2) are unverified");

        Model withDefaults = TestModels.parse(MODEL.replace("name: decision\n",
                "name: decision\ndefaults:\n  node: {mtbf_h: 1000, mttr_h: 1}\n"), "d.yaml");
        Limitations complete = Limitations.of(TestModels.input(withDefaults, 2));
        assertThat(complete.withoutFigures()).doesNotContainKey("nodes").containsEntry("links", 4);
        assertThat(complete.kindsLeftOut()).isEmpty();
        assertThat(complete.cutShort()).isEmpty();
        assertThat(complete.orderCoversRequirements()).isTrue();
    }

    @Test
    void theTrendComparesResiliencePerServiceWithThePreviousPeriod() {
        ReportInput input = TestModels.input(model(), 2);
        List<ServiceVerdict> verdicts = ReportFacts.of(input).verdicts();
        Instant then = Instant.parse("2026-08-01T10:00:00Z");
        // vital1 and other both fail with 1 event now
        PreviousRun worse = new PreviousRun("2026-Q2", then, "ab12", List.of(
                new PreviousRun.ServiceStanding("vital1", "unverified", null),
                new PreviousRun.ServiceStanding("other", "violated", 1)));
        PeriodTrend t = PeriodTrend.of(worse, verdicts);
        assertThat(t.changes()).extracting(PeriodTrend.Change::service).containsExactly("vital1", "other");
        assertThat(t.changes()).extracting(PeriodTrend.Change::direction)
                .containsExactly(PeriodTrend.Direction.WORSE, PeriodTrend.Direction.SAME);
        assertThat(t.overall()).isEqualTo(PeriodTrend.Direction.WORSE);

        PreviousRun mixed = new PreviousRun("2026-Q2", then, null, List.of(
                new PreviousRun.ServiceStanding("vital1", "violated", 2),
                new PreviousRun.ServiceStanding("other", "violated", 0)));
        assertThat(PeriodTrend.of(mixed, verdicts).overall()).isEqualTo(PeriodTrend.Direction.MIXED);
        PreviousRun better = new PreviousRun("2026-Q2", then, null, List.of(
                new PreviousRun.ServiceStanding("other", "violated", 0)));
        PeriodTrend b = PeriodTrend.of(better, verdicts);
        assertThat(b.overall()).isEqualTo(PeriodTrend.Direction.BETTER);
        assertThat(b.changes().get(0).direction()).isEqualTo(PeriodTrend.Direction.NEW);
        assertThat(PeriodTrend.of(new PreviousRun("x", then, null, List.of(
                new PreviousRun.ServiceStanding("vital1", "violated", 1),
                new PreviousRun.ServiceStanding("other", "violated", 1))), verdicts).overall())
                .isEqualTo(PeriodTrend.Direction.SAME);
    }

    @Test
    void theFindingsOfTheHandModelAreWhatTheTestAssumes() {
        List<Finding> findings = TestModels.input(model(), 2).findings();
        assertThat(findings).extracting(Finding::cutSet).contains(List.of("shared"), List.of("software:os-1"),
                List.of("duct-a"), List.of("S1"), List.of("grid2"), List.of("a"), List.of("cd"),
                List.of("supplier:telco"));
    }

    @Test
    void limitationsSayHowEachAvailabilityTargetWasDecided() {
        ReportInput input = TestModels.withSampleSections(TestModels.input(
                TestModels.parse(RealisticModel.yaml(), "realistic.yaml"), 2));
        java.util.List<ServiceAvailabilityRow> rows = new java.util.ArrayList<>();
        java.util.List<String> targeted = new java.util.ArrayList<>();
        for (ServiceAvailabilityRow r : input.availability().services()) {
            if (r.target() != null) {
                targeted.add(r.id());
            }
        }
        assertThat(targeted).hasSizeGreaterThanOrEqualTo(2);
        for (ServiceAvailabilityRow r : input.availability().services()) {
            int i = targeted.indexOf(r.id());
            org.neverout.engine.TargetVerdict verdict = i == 1 ? org.neverout.engine.TargetVerdict.UNDECIDED : r.verdict();
            String by = i == 0 ? "monte-carlo at 95% confidence" : i == 1 ? null : r.decidedBy();
            rows.add(new ServiceAvailabilityRow(r.id(), r.unavailability(), r.lower(), r.upper(), r.downtimeMinPerYear(),
                    r.method(), r.target(), verdict, by));
        }
        input = input.withAvailability(new AvailabilitySection(rows, input.availability().crownJewels(),
                input.availability().weighting()));
        Limitations.Statement s = Limitations.of(input).statements().get(4);
        assertThat(s.title()).isEqualTo("Availability verdicts");
        assertThat(s.text()).isEqualTo((targeted.size() - 2) + " decided exactly or by rigorous bounds; 1 by "
                + "monte-carlo at 95% confidence (each holds at that confidence, not with certainty): " + targeted.get(0)
                + "; 1 undecided, never counted as met: " + targeted.get(1) + ".");
    }
}
