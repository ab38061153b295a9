package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.compliance.Fixture.AS_OF;
import static org.neverout.compliance.Fixture.auth;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.Authorisation;
import org.neverout.model.Severity;

class SupplyChainTest {

    private static Fixture withSub(List<Authorisation> auths, List<String> knows) {
        return Fixture.compliant().supplier("sub1", "telco-a", auths, knows);
    }

    @Test
    void sc01FlagsExpiredAuthorisationOfTheSubcontractorItself() {
        ComplianceResult r = withSub(List.of(auth("network-rooms", AS_OF.minusDays(1))), List.of()).check();
        RuleFinding f = Findings.only(r, "SC-01", "sub1");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.subjectKind()).isEqualTo(SubjectKind.SUPPLIER);
        assertThat(f.message()).isEqualTo("authorisation expired: network-rooms (valid until 2026-05-31)");
    }

    @Test
    void sc01AuthorisationValidOnItsLastDay() {
        ComplianceResult r = withSub(List.of(auth("network-rooms", AS_OF)), List.of()).check();
        Findings.noneOf(r, "SC-01");
    }

    @Test
    void sc02WarnsWithinNinetyDays() {
        RuleFinding f = Findings.only(withSub(List.of(auth("rooms", AS_OF.plusDays(90))), List.of()).check(), "SC-02",
                "sub1");
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.message()).contains("within 90 days").contains("rooms (valid until 2026-08-30)");
        Findings.only(withSub(List.of(auth("rooms", AS_OF)), List.of()).check(), "SC-02", "sub1");
        Findings.none(withSub(List.of(auth("rooms", AS_OF.plusDays(91))), List.of()).check());
        // an expired authorisation is SC-01's, not also a warning
        Findings.noneOf(withSub(List.of(auth("rooms", AS_OF.minusDays(1))), List.of()).check(), "SC-02");
        Findings.only(withSub(List.of(auth("rooms", AS_OF.plusDays(100))), List.of())
                .thresholds(Map.of("authorisation_warning_days", 120)).check(), "SC-02", "sub1");
    }

    @Test
    void sc03SensitiveKnowledgeNeedsValidAuthorisation() {
        ComplianceResult expired = withSub(List.of(auth("rooms", AS_OF.minusYears(2))), List.of("routes", "rooms"))
                .check();
        assertThat(Findings.of(expired, "SC-03")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("sub1");
            assertThat(f.message()).isEqualTo("knows routes, rooms but holds no valid authorisation");
        });
        Findings.only(withSub(List.of(), List.of("routes")).check(), "SC-03", "sub1");
        Findings.none(withSub(List.of(auth("rooms", AS_OF.plusYears(1))), List.of("routes")).check());
        Findings.none(withSub(List.of(), List.of()).check());
    }

    @Test
    void sc04SubcontractorDepth() {
        Fixture f = Fixture.compliant()
                .supplier("sub1", "telco-a", List.of(), List.of())
                .supplier("sub2", "sub1", List.of(), List.of());
        RuleFinding finding = Findings.only(f.check(), "SC-04", "sub2");
        assertThat(finding.message()).isEqualTo("subcontractor at depth 3 (via sub1 <- telco-a), at most 2 allowed");
        assertThat(finding.evidence()).containsEntry("depth", 3L);
        Findings.none(f.thresholds(Map.of("subcontractor_depth_max", 3)).check());
        Findings.none(Fixture.compliant().supplier("sub1", "telco-a", List.of(), List.of()).check());
    }

    @Test
    void sc05CoreNodeNotMilitaryOwned() {
        Fixture f = Fixture.compliant().node("hag-core-1", "DHD", "core", "telco-a", "defence");
        RuleFinding finding = Findings.only(f.check(), "SC-05", "hag-core-1");
        assertThat(finding.subjectKind()).isEqualTo(SubjectKind.NODE);
        assertThat(finding.message()).contains("owner: telco-a");
        Findings.none(Fixture.compliant().node("hag-acc-1", "DHD", "access", "telco-a", "defence").check());
        Findings.only(Fixture.compliant().node("hag-core-2", "DHD", "Core", "telco-a", "defence").check(), "SC-05",
                "hag-core-2");
    }

    @Test
    void sc06CoreLinkNotMilitaryOwned() {
        Fixture f = Fixture.compliant().link("l-core-leased", "dhd-core-1", "ede-core-1", "telco-a");
        RuleFinding finding = Findings.only(f.check(), "SC-06", "l-core-leased");
        assertThat(finding.subjectKind()).isEqualTo(SubjectKind.LINK);
        // a leased link from a core node to a gateway is not between core nodes
        Findings.none(Fixture.compliant().link("l-edge", "dhd-core-1", "dhd-gw-1", "telco-a").check());
    }

    @Test
    void sc07OperatingSupplierWithoutAuthorisation() {
        Fixture f = Fixture.compliant().supplier("telco-b", null, List.of(), List.of())
                .node("x-1", "DHD", "access", "defence", "telco-b");
        RuleFinding finding = Findings.only(f.check(), "SC-07", "telco-b");
        assertThat(finding.message()).isEqualTo("operates x-1 without any authorisation");
        Findings.none(Fixture.compliant().supplier("telco-b", null, List.of(), List.of()).check());
    }
}
