package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neverout.compliance.Fixture.AS_OF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.Evidence;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;
import org.neverout.model.Severity;

class RuleFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static List<Problem> problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidModelException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidModelException");
    }

    private static String rule(String id, String appliesTo, String require) {
        return "  - {id: " + id + ", title: t, applies_to: " + appliesTo + ", severity: medium, require: \""
                + require + "\"}";
    }

    @Test
    void modelMdExampleWorksVerbatim() throws IOException {
        Path file = write("rules.yaml",
                "rules:",
                "  - id: USR-01",
                "    title: Security patches within 30 days",
                "    applies_to: external_party            # external_party | supplier | site | node | link | service",
                "    require: \"evidence.patch_days <= 30\"  # a CEL expression over the subject's fields",
                "    severity: medium                      # low | medium | high | critical");
        List<Rule> rules = RuleFile.load(file);
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("USR-01");
            assertThat(r.pack()).isEqualTo(Rule.USER_PACK);
            assertThat(r.appliesTo()).isEqualTo(SubjectKind.EXTERNAL_PARTY);
            assertThat(r.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(r.location().file()).isEqualTo(file.toString());
            assertThat(r.location().line()).isEqualTo(2);
        });
        Fixture bad = Fixture.compliant().evidence("police",
                e -> new Evidence(e.firewall(), e.encryption(), e.lastAudit(), 31, e.contact24x7()));
        // both the built-in CC-05 and the user's rule fire
        ComplianceResult r = bad.check(rules);
        assertThat(r.findings()).extracting(RuleFinding::rule).containsExactly("CC-05", "USR-01");
        RuleFinding user = Findings.of(r, "USR-01").get(0);
        assertThat(user.pack()).isEqualTo("user");
        assertThat(user.subject()).isEqualTo("police");
        assertThat(user.message()).isEqualTo("not met: evidence.patch_days <= 30");
        assertThat(user.evidence()).containsEntry("evidence.patch_days", 31L);
        Findings.none(Fixture.compliant().check(rules));
    }

    @Test
    void userRuleWithBuiltinIdReplacesIt() throws IOException {
        Path file = write("r.yaml", "rules:", rule("CC-05", "external_party", "evidence.patch_days <= 7"));
        ComplianceResult r = Fixture.compliant().check(RuleFile.load(file));
        RuleFinding f = Findings.only(r, "CC-05", "police");
        assertThat(f.pack()).isEqualTo("user");
        assertThat(f.title()).isEqualTo("t");
        assertThat(r.rules()).filteredOn(s -> s.rule().equals("CC-05")).singleElement()
                .satisfies(s -> assertThat(s.pack()).isEqualTo("user"));
    }

    @Test
    void unknownFieldIsAnErrorWithLineAndColumn() throws IOException {
        Path file = write("r.yaml",
                "rules:",
                "  - id: USR-01",
                "    title: t",
                "    applies_to: site",
                "    require: \"security.alarm\"",
                "    severty: high");
        List<Problem> p = problems(() -> RuleFile.load(file));
        assertThat(p).anySatisfy(x -> {
            assertThat(x.location().line()).isEqualTo(6);
            assertThat(x.location().column()).isEqualTo(5);
            assertThat(x.message()).contains("unknown field 'severty'").contains("did you mean 'severity'");
        });
        assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("missing required field 'severity'"));
    }

    @Test
    void badTokens() throws IOException {
        Path file = write("r.yaml", "rules:",
                "  - {id: A, title: t, applies_to: router, severity: medium, require: 'true'}",
                "  - {id: B, title: t, applies_to: site, severity: urgent, require: 'true'}",
                "  - {id: 'bad id', title: t, applies_to: site, severity: low, require: 'true'}",
                "  - {id: D, title: t, applies_to: site, severity: low, require: true}");
        List<Problem> p = problems(() -> RuleFile.load(file));
        assertThat(p).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("'applies_to'").contains("router").contains("external_party | supplier"),
                m -> assertThat(m).contains("'severity'").contains("urgent").contains("low | medium | high | critical"),
                m -> assertThat(m).contains("'id'").contains("letters, digits"),
                m -> assertThat(m).contains("'require'").contains("must be a string"));
        assertThat(p).extracting(x -> x.location().line()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void celErrorsNameFileRuleLineAndPositionInTheExpression() throws IOException {
        Path file = write("r.yaml", "rules:",
                rule("OK-1", "site", "security.alarm"),
                rule("TYPO-1", "external_party", "evidence.patch_dayz <= 30"),
                rule("SYNTAX-1", "site", "security.alarm &&"),
                rule("TYPE-1", "external_party", "evidence.patch_days"),
                rule("KIND-1", "site", "evidence.firewall"),
                rule("CMP-1", "external_party", "evidence.patch_days <= 'x'"));
        List<Problem> p = problems(() -> RuleFile.load(file));
        assertThat(p).extracting(Problem::toString).satisfiesExactly(
                m -> assertThat(m).startsWith(file + ":3:5: rule TYPO-1: require at 1:9: undefined field 'patch_dayz'"),
                m -> assertThat(m).startsWith(file + ":4:5: rule SYNTAX-1: require at 1:"),
                m -> assertThat(m).startsWith(file + ":5:5: rule TYPE-1: require must be of type bool, not int"),
                m -> assertThat(m).startsWith(file + ":6:5: rule KIND-1: require at 1:1: undeclared reference to 'evidence'"),
                m -> assertThat(m).startsWith(file + ":7:5: rule CMP-1: require at 1:21: found no matching overload"));
    }

    @Test
    void multiLineExpressionReportsLineInsideIt() throws IOException {
        Path file = write("r.yaml", "rules:",
                "  - id: ML-1",
                "    title: t",
                "    applies_to: supplier",
                "    severity: low",
                "    require: |",
                "      size(knows) == 0 ||",
                "        authorisation_vaild");
        assertThat(problems(() -> RuleFile.load(file))).singleElement().satisfies(x -> {
            assertThat(x.location().line()).isEqualTo(2);
            assertThat(x.message()).contains("rule ML-1: require at 2:3: undeclared reference to 'authorisation_vaild'");
        });
    }

    @Test
    void duplicateIdsAndEmptyFiles() throws IOException {
        Path dup = write("d.yaml", "rules:", rule("X-1", "site", "true"), rule("X-1", "node", "true"));
        assertThat(problems(() -> RuleFile.load(dup))).singleElement().satisfies(x -> {
            assertThat(x.location().line()).isEqualTo(3);
            assertThat(x.message()).contains("repeats rule id 'X-1' (first at " + dup + ":2:");
        });
        Path empty = write("e.yaml", "rules: []");
        Path other = write("m.yaml", "other: 1");
        Path list = write("l.yaml", "- a");
        assertThat(problems(() -> RuleFile.load(empty))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("declares no rules"));
        assertThat(problems(() -> RuleFile.load(other))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown field 'other'"))
                .anySatisfy(m -> assertThat(m).contains("missing required field 'rules'"));
        assertThat(problems(() -> RuleFile.load(list))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("must be a mapping"));
        assertThat(problems(() -> RuleFile.load(dir.resolve("absent.yaml")))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("no such file"));
    }

    @Test
    void jsonRuleFile() throws IOException {
        Path file = write("r.json", "{\"rules\": [{\"id\": \"J-1\", \"title\": \"t\", \"applies_to\": \"node\",",
                "  \"severity\": \"critical\", \"require\": \"has(subject.vendor)\"}]}");
        List<Rule> rules = RuleFile.load(file);
        ComplianceResult r = Fixture.compliant().check(rules);
        assertThat(Findings.of(r, "J-1")).extracting(RuleFinding::subject)
                .containsExactly("dhd-core-1", "dhd-gw-1", "ede-core-1", "ede-gw-1");
        assertThat(Findings.of(r, "J-1")).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).isEqualTo("not declared: vendor");
        });
    }

    @Test
    void hostileExpressionIsRefused() {
        String huge = "true" + " && true".repeat(2_000);
        assertThat(problems(() -> RuleFile.parse("rules:\n" + rule("H-1", "site", huge) + "\n", "h.yaml")))
                .singleElement().satisfies(x -> assertThat(x.message()).contains("longer than 10000"));
    }

    @Test
    void runawayComprehensionIsARuleErrorNotAHang() {
        // 3 nested loops over 50 nodes: 125,000 iterations, over the limit of 100,000
        List<Rule> rules = RuleFile.parse("rules:\n" + rule("LOOP-1", "site",
                "nodes.all(a, nodes.all(b, nodes.all(c, a != 'x')))") + "\n", "l.yaml");
        Fixture f = Fixture.compliant();
        for (int i = 0; i < 48; i++) {
            f.node("extra-" + i, "DHD", "access", "defence", "defence");
        }
        ComplianceResult r = f.check(rules);
        assertThat(Findings.of(r, "LOOP-1")).extracting(RuleFinding::subject, RuleFinding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DHD", RuleFinding.Kind.RULE_ERROR));
    }

    @Test
    void hasWhenAndMessageInUserRules() {
        List<Rule> rules = RuleFile.parse(String.join("\n",
                "rules:",
                "  - id: U-HAS",
                "    title: patch days declared or exempt",
                "    applies_to: external_party",
                "    severity: low",
                "    require: \"!has(evidence.patch_days) || evidence.patch_days <= 20\"",
                "  - id: U-WHEN",
                "    title: core nodes have a vendor",
                "    applies_to: node",
                "    severity: low",
                "    when: role == 'core'",
                "    require: has(subject.vendor)",
                "    message: \"'core node ' + id + ' without vendor'\"",
                "  - id: U-ASOF",
                "    title: audited in the last 180 days",
                "    applies_to: external_party",
                "    severity: high",
                "    rationale: stricter than CC-04",
                "    require: as_of - evidence.last_audit <= duration('4320h')",
                ""), "u.yaml");
        Fixture f = Fixture.compliant().node("siteless", null, null, "defence", "defence")
                .party("kmar", List.of("dhd-gw-1", "ede-gw-1"),
                        new Evidence(true, "ipsec", AS_OF.minusDays(181), null, true));
        ComplianceResult r = f.check(rules);
        // U-HAS: police has 14 days (passes), kmar declares none (passes through has())
        Findings.noneOf(r, "U-HAS");
        // U-WHEN: only the two core nodes are selected; the node without a role is not
        assertThat(r.rules()).filteredOn(s -> s.rule().equals("U-WHEN")).singleElement()
                .satisfies(s -> assertThat(s.subjects()).isEqualTo(2));
        assertThat(Findings.of(r, "U-WHEN")).extracting(RuleFinding::message)
                .containsExactly("core node dhd-core-1 without vendor", "core node ede-core-1 without vendor");
        assertThat(Findings.of(r, "U-ASOF")).extracting(RuleFinding::subject).containsExactly("kmar");
        assertThat(rules.get(2).rationale()).isEqualTo("stricter than CC-04");
    }

    @Test
    void ruleThatFailsToEvaluateIsAFindingNotACrash() {
        List<Rule> rules = RuleFile.parse("rules:\n" + rule("DIV-1", "external_party",
                "100 / evidence.patch_days > 1") + "\n", "d.yaml");
        Fixture f = Fixture.compliant().party("zero", List.of("dhd-gw-1", "ede-gw-1"),
                new Evidence(true, "ipsec", AS_OF, 0, true));
        ComplianceResult r = f.check(rules);
        List<RuleFinding> div = Findings.of(r, "DIV-1");
        assertThat(div).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(RuleFinding.Kind.RULE_ERROR);
            assertThat(x.subject()).isEqualTo("zero");
            assertThat(x.message()).startsWith("rule error: require cannot be evaluated on external_party 'zero'")
                    .endsWith("'zero': at character 4: / by zero");
        });
        assertThat(r.rules()).filteredOn(s -> s.rule().equals("DIV-1")).singleElement()
                .satisfies(s -> assertThat(s.errors()).isEqualTo(1));
    }
}
