package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.compliance.Fixture.AS_OF;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.Security;
import org.neverout.model.Severity;

class PhysicalSecurityTest {

    private static ComplianceResult withSecurity(Security s) {
        return Fixture.compliant().security("DHD", s).check();
    }

    @Test
    void ps01FlagsMissingAlarm() {
        RuleFinding f = Findings.only(withSecurity(new Security(false, false, "badge", AS_OF)), "PS-01", "DHD");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.subjectKind()).isEqualTo(SubjectKind.SITE);
        // no alarm: PS-02 (monitoring) is moot and not reported as well
        Findings.only(withSecurity(new Security(null, true, "badge", AS_OF)), "PS-01", "DHD");
    }

    @Test
    void ps02FlagsUnmonitoredAlarm() {
        RuleFinding f = Findings.only(withSecurity(new Security(true, false, "badge", AS_OF)), "PS-02", "DHD");
        assertThat(f.message()).contains("not monitored");
        assertThat(f.evidence()).containsEntry("security.alarm_monitored", false);
        assertThat(Findings.only(withSecurity(new Security(true, null, "badge", AS_OF)), "PS-02", "DHD").message())
                .isEqualTo("not declared: security.alarm_monitored");
    }

    @Test
    void ps03FlagsMissingAccessControl() {
        Findings.only(withSecurity(new Security(true, true, "none", AS_OF)), "PS-03", "DHD");
        Findings.only(withSecurity(new Security(true, true, null, AS_OF)), "PS-03", "DHD");
        Findings.none(withSecurity(new Security(true, true, "pin+badge", AS_OF)));
    }

    @Test
    void ps04InspectionDateEdges() {
        Findings.none(withSecurity(new Security(true, true, "badge", AS_OF.minusMonths(12))));
        RuleFinding f = Findings.only(withSecurity(new Security(true, true, "badge", AS_OF.minusMonths(12).minusDays(1))),
                "PS-04", "DHD");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(Findings.only(withSecurity(new Security(true, true, "badge", null)), "PS-04", "DHD").message())
                .isEqualTo("not declared: security.last_inspection");
        Findings.none(Fixture.compliant().security("DHD", new Security(true, true, "badge", AS_OF.minusMonths(14)))
                .thresholds(Map.of("inspection_max_months", 18)).check());
    }

    @Test
    void ps05SiteWithoutAnySecuritySectionGetsOneFinding() {
        RuleFinding f = Findings.only(withSecurity(null), "PS-05", "DHD");
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.message()).contains("no security: section");
        // a section with every fact missing is four "not declared" findings, one per fact
        ComplianceResult r = withSecurity(new Security(null, null, null, null));
        assertThat(r.findings()).extracting(RuleFinding::rule).containsExactly("PS-01", "PS-02", "PS-03", "PS-04");
        assertThat(r.findings()).extracting(RuleFinding::message).containsExactly(
                "not declared: security.alarm", "not declared: security.alarm_monitored",
                "not declared: security.access_control", "not declared: security.last_inspection");
    }

    @Test
    void onlySitesWithDefenceNodesAreChecked() {
        // a site holding only a node owned and operated by a supplier, and an empty site
        Fixture f = Fixture.compliant().site("TELCO-POP", null).site("EMPTY", null)
                .supplier("telco-b", null, java.util.List.of(Fixture.auth("x", AS_OF.plusYears(1))), java.util.List.of())
                .node("pop-1", "TELCO-POP", "access", "telco-b", "telco-b");
        Findings.none(f.check());
        f.node("pop-2", "TELCO-POP", "access", "defence", "telco-b");
        assertThat(f.check().findings()).extracting(RuleFinding::subject).containsOnly("TELCO-POP");
    }
}
