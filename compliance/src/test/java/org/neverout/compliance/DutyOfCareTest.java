package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.compliance.Fixture.AS_OF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.model.Severity;

class DutyOfCareTest {

    @Test
    void missingMeasureIsHighGap() {
        ComplianceResult r = Fixture.compliant().withoutMeasure("d").check();
        RuleFinding f = Findings.only(r, "DC-01", "d");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.subjectKind()).isEqualTo(SubjectKind.MEASURE);
        assertThat(f.message()).isEqualTo("measure (d) not declared in measures:");
        MeasureCoverage d = r.coverage().get(3);
        assertThat(d.measure()).isEqualTo("d");
        assertThat(d.status()).isEqualTo(MeasureCoverage.MISSING);
        assertThat(d.gap()).isEqualTo(Severity.HIGH);
        assertThat(d.rules()).containsExactly("DC-01");
        assertThat(d.title()).isEqualTo("Supply chain security");
    }

    @Test
    void absentMeasureIsHighGap() {
        ComplianceResult r = Fixture.compliant().measure("b", "absent", null, null).check();
        assertThat(Findings.only(r, "DC-01", "b").message()).isEqualTo("measure (b) declared absent");
        assertThat(r.coverage().get(1).status()).isEqualTo("absent");
    }

    @Test
    void plannedIsMediumPartialIsLow() {
        RuleFinding planned = Findings.only(Fixture.compliant().measure("c", "planned", null, null).check(), "DC-02", "c");
        assertThat(planned.severity()).isEqualTo(Severity.MEDIUM);
        RuleFinding partial = Findings.only(Fixture.compliant().measure("c", "partial", "plan.pdf", AS_OF).check(), "DC-03",
                "c");
        assertThat(partial.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void reviewDateEdges() {
        Findings.none(Fixture.compliant().measure("e", "implemented", "x", AS_OF.minusMonths(12)).check());
        RuleFinding old = Findings.only(Fixture.compliant().measure("e", "implemented", "x",
                AS_OF.minusMonths(12).minusDays(1)).check(), "DC-04", "e");
        assertThat(old.severity()).isEqualTo(Severity.LOW);
        Findings.only(Fixture.compliant().measure("e", "implemented", "x", null).check(), "DC-04", "e");
        // a partial measure is reviewed too; a planned one is not yet
        RuleFinding partial = Findings.of(Fixture.compliant().measure("e", "partial", "x", null).check(), "DC-04").get(0);
        assertThat(partial.subject()).isEqualTo("e");
        Findings.noneOf(Fixture.compliant().measure("e", "planned", null, null).check(), "DC-04");
    }

    @Test
    void implementedWithoutEvidenceIsLow() {
        RuleFinding f = Findings.only(Fixture.compliant().measure("h", "implemented", null, AS_OF).check(), "DC-05", "h");
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        Findings.only(Fixture.compliant().measure("h", "implemented", "  ", AS_OF).check(), "DC-05", "h");
    }

    @Test
    void coverageMatrixHasTheTenMeasuresThenOtherDeclaredOnes() {
        ComplianceResult r = Fixture.compliant().measure("iso27001", "implemented", "cert.pdf", AS_OF).check();
        assertThat(r.coverage()).extracting(MeasureCoverage::measure)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "iso27001");
        assertThat(r.coverage()).allSatisfy(c -> assertThat(c.gap()).isNull());
        assertThat(r.coverage().get(10).title()).isNull();
        Findings.none(r);
    }

    /** MODEL.md 1.1 / issue 11 item 8: one duty-of-care finding for a missing measures section, not ten. */
    @Test
    void modelWithoutMeasuresHasOneFindingAndTenHighGaps() {
        Fixture f = Fixture.compliant();
        f.measures.clear();
        ComplianceResult r = f.check();
        assertThat(r.findings()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("DC-06");
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.subjectKind()).isEqualTo(SubjectKind.MODEL);
            assertThat(x.message()).startsWith("no measures declared");
        });
        assertThat(r.coverage()).extracting(MeasureCoverage::status).containsOnly(MeasureCoverage.MISSING);
        assertThat(r.coverage()).extracting(MeasureCoverage::gap).containsOnly(Severity.HIGH);
        assertThat(r.coverage()).allSatisfy(c -> assertThat(c.rules()).containsExactly("DC-06"));
        assertThat(List.of(r.worst().orElseThrow())).containsExactly(Severity.HIGH);
        // once one measure is declared, each missing one is its own gap again
        ComplianceResult one = Fixture.compliant().measure("iso27001", "implemented", "cert.pdf", AS_OF).check();
        Findings.noneOf(one, "DC-06");
    }
}
