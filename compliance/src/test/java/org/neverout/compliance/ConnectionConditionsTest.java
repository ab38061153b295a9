package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.compliance.Fixture.AS_OF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.model.Evidence;
import org.neverout.model.Severity;

class ConnectionConditionsTest {

    private static Fixture withEvidence(Evidence e) {
        return Fixture.compliant().evidence("police", old -> e);
    }

    private static Evidence evidence(Boolean firewall, String encryption, java.time.LocalDate audit, Integer patchDays,
                                     Boolean contact) {
        return new Evidence(firewall, encryption, audit, patchDays, contact);
    }

    @Test
    void compliantModelHasNoFindings() {
        Findings.none(Fixture.compliant().check());
    }

    @Test
    void cc01FlagsPartyConnectedAtOneSite() {
        Fixture f = Fixture.compliant().node("dhd-gw-2", "DHD", "gateway", "defence", "defence")
                .party("kmar", List.of("dhd-gw-1", "dhd-gw-2"), Fixture.goodEvidence());
        RuleFinding finding = Findings.only(f.check(), "CC-01", "kmar");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.subjectKind()).isEqualTo(SubjectKind.EXTERNAL_PARTY);
        assertThat(finding.message()).contains("1 distinct location").contains("DHD");
        assertThat(finding.evidence()).containsEntry("distinct_sites", 1L)
                .containsEntry("params.connection_sites_min", 2L)
                .containsEntry("connection_locations", List.of("DHD"));
    }

    @Test
    void cc01CountsANodeWithoutSiteAsItsOwnLocation() {
        Fixture f = Fixture.compliant().node("mobile-1", null, "gateway", "defence", "defence")
                .node("mobile-2", null, "gateway", "defence", "defence")
                .party("kmar", List.of("mobile-1", "mobile-2"), Fixture.goodEvidence())
                .party("single", List.of("mobile-1"), Fixture.goodEvidence());
        Findings.only(f.check(), "CC-01", "single");
    }

    @Test
    void cc01FlagsPartyWithoutConnections() {
        Fixture f = Fixture.compliant().party("nowhere", List.of(), Fixture.goodEvidence());
        assertThat(Findings.only(f.check(), "CC-01", "nowhere").message()).contains("0 distinct");
    }

    @Test
    void cc01PassesTwoSites() {
        Findings.noneOf(Fixture.compliant().check(), "CC-01");
    }

    @Test
    void cc02FlagsNoFirewallAndUndeclaredFirewall() {
        Evidence good = Fixture.goodEvidence();
        RuleFinding off = Findings.only(withEvidence(evidence(false, "ipsec", good.lastAudit(), 14, true)).check(),
                "CC-02", "police");
        assertThat(off.message()).contains("no firewall");
        RuleFinding missing = Findings.only(withEvidence(evidence(null, "ipsec", good.lastAudit(), 14, true)).check(),
                "CC-02", "police");
        assertThat(missing.message()).isEqualTo("not declared: evidence.firewall");
        assertThat(missing.evidence()).containsEntry("evidence.firewall", null);
    }

    @Test
    void cc03FlagsNoneBlankOrMissingEncryption() {
        Evidence g = Fixture.goodEvidence();
        for (String none : new String[] {"none", "NONE", " None ", ""}) {
            Findings.only(withEvidence(evidence(true, none, g.lastAudit(), 14, true)).check(), "CC-03", "police");
        }
        assertThat(Findings.only(withEvidence(evidence(true, null, g.lastAudit(), 14, true)).check(), "CC-03", "police")
                .message()).isEqualTo("not declared: evidence.encryption");
        Findings.none(withEvidence(evidence(true, "tls1.3", g.lastAudit(), 14, true)).check());
    }

    @Test
    void cc04AuditDateEdges() {
        // exactly 12 months before as-of: within; one day earlier: not
        Findings.none(withEvidence(evidence(true, "ipsec", AS_OF.minusMonths(12), 14, true)).check());
        RuleFinding late = Findings.only(withEvidence(evidence(true, "ipsec", AS_OF.minusMonths(12).minusDays(1), 14, true))
                .check(), "CC-04", "police");
        assertThat(late.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(late.message()).contains("2025-05-31").contains("12 months").contains("2026-06-01");
        assertThat(late.evidence()).containsEntry("months_since_audit", 13L);
        assertThat(Findings.only(withEvidence(evidence(true, "ipsec", null, 14, true)).check(), "CC-04", "police")
                .message()).contains("not declared");
    }

    @Test
    void cc04ThresholdConfigurable() {
        Fixture f = withEvidence(evidence(true, "ipsec", AS_OF.minusMonths(7), 14, true));
        Findings.none(f.check());
        f.thresholds(java.util.Map.of("audit_max_months", 6));
        Findings.only(f.check(), "CC-04", "police");
        f.thresholds(java.util.Map.of("audit_max_months", 7));
        Findings.none(f.check());
    }

    @Test
    void cc05PatchDaysEdges() {
        Evidence g = Fixture.goodEvidence();
        Findings.none(withEvidence(evidence(true, "ipsec", g.lastAudit(), 30, true)).check());
        RuleFinding f = Findings.only(withEvidence(evidence(true, "ipsec", g.lastAudit(), 31, true)).check(), "CC-05",
                "police");
        assertThat(f.message()).isEqualTo("patches within 31 days, at most 30 allowed");
        assertThat(f.evidence()).containsEntry("evidence.patch_days", 31L).containsEntry("params.patch_days_max", 30L);
        Findings.only(withEvidence(evidence(true, "ipsec", g.lastAudit(), null, true)).check(), "CC-05", "police");
        Findings.only(withEvidence(evidence(true, "ipsec", g.lastAudit(), 14, true))
                .thresholds(java.util.Map.of("patch_days_max", 7)).check(), "CC-05", "police");
    }

    @Test
    void cc06Contact24x7() {
        Evidence g = Fixture.goodEvidence();
        Findings.only(withEvidence(evidence(true, "ipsec", g.lastAudit(), 14, false)).check(), "CC-06", "police");
        Findings.only(withEvidence(evidence(true, "ipsec", g.lastAudit(), 14, null)).check(), "CC-06", "police");
    }

    @Test
    void partyWithoutAnyEvidenceGetsOneNotDeclaredFindingPerCondition() {
        ComplianceResult r = withEvidence(Evidence.NONE).check();
        assertThat(r.findings()).extracting(RuleFinding::rule)
                .containsExactly("CC-02", "CC-03", "CC-04", "CC-05", "CC-06");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).startsWith("not declared: "));
    }
}
