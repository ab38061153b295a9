package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Severity;
import org.neverout.model.Model;

class GateTest {
    private static final String RING = "name: ring\nnodes: [{id: a}, {id: b}, {id: c}]\n"
            + "links:\n  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c}\n%s"
            + "services:\n  - {id: svc, kind: vital, never_out: %d, endpoints: [a, c]}\n";

    private static ReportInput ring(boolean closed, int neverOut) {
        Model model = TestModels.parse(String.format(RING, closed ? "  - {id: ca, a: c, b: a}\n" : "", neverOut),
                "ring.yaml");
        return TestModels.input(model, 2);
    }

    @Test
    void parsesCategoriesAndExpandsAny() {
        assertThat(GateCategory.parse("never-out")).containsExactly(GateCategory.NEVER_OUT);
        assertThat(GateCategory.parse("any")).containsExactlyInAnyOrder(GateCategory.NEVER_OUT, GateCategory.CONTROL,
                GateCategory.COMPLIANCE);
        assertThat(GateCategory.parse(" Control , compliance")).containsExactlyInAnyOrder(GateCategory.CONTROL,
                GateCategory.COMPLIANCE);
        assertThatThrownBy(() -> GateCategory.parse("never_out")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'never_out'").hasMessageContaining("never-out, control, compliance or any");
    }

    @Test
    void analysisFailsOnAnyViolationAndPassesWithoutOne() {
        // [a] and [c] are single points; [svc], its own event, is never held against it (MODEL.md 1.1)
        ReportInput violated = ring(true, 1);
        GateDecision failed = Gate.parse("never-out").onAnalysis(violated);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.violations()).hasSize(violated.findings().size()).isNotEmpty();
        assertThat(failed.summary()).isEqualTo("gate failed: 2 never-out violations");
        assertThat(failed.violations()).extracting(Violation::cutSet).containsExactly(List.of("a"), List.of("c"));

        ReportInput none = ring(true, 0);
        GateDecision passed = Gate.parse("never-out").onAnalysis(none);
        assertThat(passed.failed()).isFalse();
        assertThat(passed.exitCode()).isZero();
    }

    @Test
    void anUnverifiedRequirementFailsTheGateUnlessAllowedAndIsNeverMet() {
        // never_out 3 analysed at order 2 on the closed ring: no violation of size <= 2 other than [svc]
        // exists, but size 3 was never looked at
        Model model = TestModels.parse(String.format(RING, "  - {id: ca, a: c, b: a}\n", 3)
                .replace("endpoints: [a, c]", "endpoints: [[a, b, c]]"), "ring.yaml");
        ReportInput input = TestModels.input(model, 2);
        ReportFacts facts = ReportFacts.of(input);
        assertThat(facts.verdict("svc").verdict().status()).isEqualTo(NeverOutVerdict.Status.UNVERIFIED);
        assertThat(facts.passes()).isFalse();
        assertThat(facts.headline()).isEqualTo("never-out unverified");
        GateDecision strict = Gate.parse("never-out").onAnalysis(input);
        assertThat(strict.failed()).isTrue();
        assertThat(strict.violations()).extracting(Violation::rule).containsExactly(RuleIds.NEVER_OUT_UNVERIFIED);
        assertThat(strict.summary()).contains("1 service with an unverified never-out requirement");
        GateDecision allowed = Gate.parse("never-out", true).onAnalysis(input);
        assertThat(allowed.failed()).isFalse();
    }

    @Test
    void diffFailsOnlyOnNewViolations() {
        Gate gate = Gate.parse("never-out");
        // already violated before, same violations after: passes
        assertThat(gate.onDiff(ring(true, 1), ring(true, 1)).failed()).isFalse();
        // fixing things never fails
        assertThat(gate.onDiff(ring(false, 1), ring(true, 1)).failed()).isFalse();
        // opening the ring adds single points ab, b, bc: fails on exactly those
        GateDecision opened = gate.onDiff(ring(true, 1), ring(false, 1));
        assertThat(opened.failed()).isTrue();
        assertThat(opened.violations()).extracting(Violation::cutSet)
                .containsExactlyInAnyOrder(List.of("ab"), List.of("b"), List.of("bc"));
        assertThat(opened.summary()).isEqualTo("gate failed: 3 new never-out violations");
        // raising never_out turns the ring's order-2 cut sets into new violations
        GateDecision raised = gate.onDiff(ring(true, 1), ring(true, 2));
        assertThat(raised.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("NO-ORDER2"));
        assertThat(raised.violations()).hasSize(3);
    }

    @Test
    void controlAndComplianceGatesNeedTheirData() {
        ReportInput plain = ring(true, 1);
        assertThatThrownBy(() -> Gate.parse("control").onAnalysis(plain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fail-on control needs");
        assertThatThrownBy(() -> Gate.parse("any").onAnalysis(plain))
                .isInstanceOf(IllegalArgumentException.class);
        ReportInput controlled = plain.withControl(new ControlSection(
                List.of(new ServiceControlRow("svc", false, true, List.of("telco"))), List.of()));
        GateDecision control = Gate.parse("control").onAnalysis(controlled);
        assertThat(control.failed()).isTrue();
        assertThat(control.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleIds.CONTROL_UNCONTROLLED);
            assertThat(v.message()).contains("telco");
        });
        ReportInput compliant = controlled.withCompliance(new ComplianceSection(List.of(), 10));
        assertThat(Gate.parse("compliance").onAnalysis(compliant).failed()).isFalse();
        ReportInput finding = controlled.withCompliance(new ComplianceSection(
                List.of(new RuleFindingRow("CC-01", "Firewall", Severity.LOW, "police", "no firewall")), 10));
        assertThat(Gate.parse("compliance").onAnalysis(finding).violations()).hasSize(1);
        assertThat(Gate.parse("compliance").onDiff(finding, finding).failed()).isFalse();
        assertThat(Gate.parse("compliance").onDiff(compliant, finding).failed()).isTrue();
        assertThat(Gate.parse("any").onAnalysis(finding).categories()).hasSize(3);
        assertThat(new Gate(Set.of(GateCategory.CONTROL)).onDiff(controlled, controlled).failed()).isFalse();
    }
}
