package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neverout.compliance.Fixture.AS_OF;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.Evidence;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Security;
import org.neverout.model.Severity;

class ComplianceCheckerTest {

    private static Fixture weak() {
        return Fixture.compliant()
                .party("kmar", List.of("dhd-gw-1"), new Evidence(true, "ipsec", AS_OF, 45, true))
                .security("EDE", new Security(true, false, "badge", AS_OF))
                .supplier("sub1", "telco-a", List.of(Fixture.auth("rooms", AS_OF.plusDays(10))), List.of())
                .measure("c", "planned", null, null)
                .withoutMeasure("j");
    }

    @Test
    void findingsSortedWorstFirstThenRuleThenSubject() {
        ComplianceResult r = weak().party("aaa", List.of("dhd-gw-1"), Fixture.goodEvidence()).check();
        assertThat(r.findings()).extracting(RuleFinding::severity, RuleFinding::rule, RuleFinding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "CC-01", "aaa"),
                org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "CC-01", "kmar"),
                org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "DC-01", "j"),
                org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "PS-02", "EDE"),
                org.assertj.core.groups.Tuple.tuple(Severity.MEDIUM, "CC-05", "kmar"),
                org.assertj.core.groups.Tuple.tuple(Severity.MEDIUM, "DC-02", "c"),
                org.assertj.core.groups.Tuple.tuple(Severity.LOW, "SC-02", "sub1"));
        List<RuleFinding> shuffled = new ArrayList<>(r.findings());
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(RuleFinding.ORDER);
        assertThat(shuffled).isEqualTo(r.findings());
        assertThat(r.worst()).contains(Severity.HIGH);
        assertThat(r.fails(Severity.LOW)).isTrue();
        assertThat(r.fails(Severity.HIGH)).isTrue();
        assertThat(r.fails(Severity.CRITICAL)).isFalse();
        assertThat(r.asOf()).isEqualTo(AS_OF);
        assertThat(r.model()).isEqualTo("fixture");
    }

    @Test
    void ruleStatisticsCountSubjectsPassesAndFailures() {
        ComplianceResult r = weak().check();
        assertThat(r.rules()).extracting(RuleStats::rule).isSorted().hasSize(24); // 23 + DC-06 (no measures declared)
        RuleStats cc01 = r.rules().stream().filter(s -> s.rule().equals("CC-01")).findFirst().orElseThrow();
        assertThat(cc01).extracting(RuleStats::subjects, RuleStats::passed, RuleStats::failed, RuleStats::errors)
                .containsExactly(2, 1, 1, 0);
        RuleStats ps02 = r.rules().stream().filter(s -> s.rule().equals("PS-02")).findFirst().orElseThrow();
        assertThat(ps02.subjects()).isEqualTo(2);
        for (RuleStats s : r.rules()) {
            assertThat(s.passed() + s.failed() + s.errors()).as(s.rule()).isEqualTo(s.subjects());
        }
    }

    @Test
    void disabledRulesAreReportedNotEvaluated() {
        ComplianceResult r = weak().disable("CC-01", "second line under construction, ticket 4711")
                .disable("DC-02", "").check();
        Findings.noneOf(r, "CC-01");
        Findings.noneOf(r, "DC-02");
        assertThat(r.disabled()).extracting(DisabledRule::rule, DisabledRule::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CC-01", "second line under construction, ticket 4711"),
                org.assertj.core.groups.Tuple.tuple("DC-02", ""));
        assertThat(r.disabled().get(0).title()).isEqualTo("Connected at two or more distinct sites");
        assertThat(r.rules()).extracting(RuleStats::rule).doesNotContain("CC-01", "DC-02");
        assertThat(ComplianceReport.toText(r)).contains("disabled rules").contains("ticket 4711")
                .contains("(no reason given)");
    }

    @Test
    void disablingAnUnknownRuleIsAnError() {
        assertThatThrownBy(() -> Fixture.compliant().disable("CC-99", "typo").check())
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("cannot disable 'CC-99'");
    }

    @Test
    void userRulesCanBeDisabledToo() {
        Rule user = Rule.user("U-1", "t", null, SubjectKind.SITE, Severity.LOW, "false", null, null);
        ComplianceResult r = Fixture.compliant().disable("U-1", "later").check(List.of(user));
        Findings.none(r);
        assertThat(r.disabled()).extracting(DisabledRule::pack).containsExactly("user");
    }

    @Test
    void thresholdErrors() {
        assertThatThrownBy(() -> Fixture.compliant().thresholds(Map.of("patch_days", 7)).check())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("unknown threshold 'patch_days'").hasMessageContaining("patch_days_max");
        assertThatThrownBy(() -> Fixture.compliant().thresholds(Map.of("patch_days_max", "soon")).check())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("threshold 'patch_days_max' must be an integer, not soon");
        assertThatThrownBy(() -> Fixture.compliant().thresholds(Map.of("patch_days_max", 7.5)).check())
                .isInstanceOf(InvalidModelException.class);
        // an integral real is accepted for an integer threshold
        Findings.only(Fixture.compliant().thresholds(Map.of("patch_days_max", 7.0)).check(), "CC-05", "police");
    }

    @Test
    void duplicateUserRuleIdsAreAnError() {
        Rule a = Rule.user("U-1", "a", null, SubjectKind.SITE, Severity.LOW, "true", null, new Location("a.yaml", 2, 5));
        Rule b = Rule.user("U-1", "b", null, SubjectKind.NODE, Severity.LOW, "true", null, new Location("b.yaml", 3, 5));
        assertThatThrownBy(() -> Fixture.compliant().check(List.of(a, b)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("b.yaml:3:5: rule id 'U-1' is used again (first at a.yaml:2:5)");
    }

    @Test
    void rulesBuiltInCodeAreTypeCheckedToo() {
        Rule bad = Rule.user("U-2", "t", null, SubjectKind.SITE, Severity.LOW, "alarm", null,
                new Location("code", 1, 1));
        assertThatThrownBy(() -> Fixture.compliant().check(List.of(bad)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("rule U-2: require at 1:1: undeclared reference to 'alarm'");
    }

    @Test
    void aModelAndEveryKindCanBeTheSubjectOfUserRules() {
        List<Rule> rules = List.of(
                Rule.user("M-1", "model has services", null, SubjectKind.MODEL, Severity.LOW, "service_count > 0",
                        null, null),
                Rule.user("M-2", "measures listed", null, SubjectKind.MODEL, Severity.LOW,
                        "measures.exists(m, m.measure == 'a' && m.status == 'implemented')", null, null),
                Rule.user("S-1", "vital services need never_out", null, SubjectKind.SERVICE, Severity.LOW,
                        "kind != 'vital' || never_out >= 1", null, null));
        ComplianceResult r = Fixture.compliant().check(rules);
        assertThat(r.findings()).extracting(RuleFinding::rule, RuleFinding::subject, RuleFinding::subjectKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M-1", "fixture", SubjectKind.MODEL));
    }

    @Test
    void checkIsDeterministic() {
        assertThat(weak().check()).isEqualTo(weak().check());
    }
}
