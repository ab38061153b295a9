package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Severity;
import org.neverout.model.tree.Format;

/** A service's sector (default unassigned) and organisation (MODEL.md 1.1) in rules. */
class SectorFactsTest {
    private static final Model MODEL = ModelLoader.parse(String.join("\n", "name: m",
            "services:",
            "  - {id: atc, endpoints: [], sector: aviation, organisation: lvnl}",
            "  - {id: c2, endpoints: [], sector: defence}",
            "  - {id: mail, endpoints: []}"), "m.yaml", Format.YAML);

    @Test
    void rulesSeeTheSectorAndTheOrganisation() {
        // "every service names its sector"
        Rule sector = Rule.user("U-1", "t", null, SubjectKind.SERVICE, Severity.LOW, "sector != 'unassigned'",
                null, null);
        Rule organisation = Rule.user("U-2", "t", null, SubjectKind.SERVICE, Severity.LOW,
                "sector != 'aviation' || (has(subject.organisation) && organisation == 'lvnl')", null, null);
        List<RuleFinding> findings = ComplianceChecker.check(MODEL, List.of(sector, organisation), Fixture.AS_OF)
                .findings();
        assertThat(findings.stream().filter(f -> f.rule().equals("U-1")).map(RuleFinding::subject).toList())
                .containsExactly("mail");
        assertThat(findings.stream().filter(f -> f.rule().equals("U-2"))).isEmpty();
    }
}
