package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Severity;
import org.neverout.model.tree.Format;

/**
 * A service's depends_on in rules (MODEL.md 1.1): {@code depends_on} every service named (alternatives
 * included), {@code depends_on_entries} the entries as written; supplier figures as {@code mtbf_h}.
 */
class DependsOnFactsTest {
    private static final Model MODEL = ModelLoader.parse(String.join("\n", "name: m",
            "suppliers: [{id: telco, mtbf_h: 175200, mttr_h: 72}, {id: idle}]",
            "services:",
            "  - {id: gnss, endpoints: []}",
            "  - {id: ptp, endpoints: []}",
            "  - {id: single, endpoints: [], depends_on: [gnss]}",
            "  - {id: diverse, endpoints: [], depends_on: [[gnss, ptp]]}"), "m.yaml", Format.YAML);

    private static List<String> failing(SubjectKind kind, String require) {
        Rule rule = Rule.user("U-1", "t", null, kind, Severity.LOW, require, null, null);
        return ComplianceChecker.check(MODEL, List.of(rule), Fixture.AS_OF).findings().stream()
                .filter(f -> f.rule().equals("U-1")).map(RuleFinding::subject).toList();
    }

    @Test
    void rulesSeeEntriesAndTheServicesTheyName() {
        // "every shared time source must be diverse": an entry naming gnss must offer an alternative
        assertThat(failing(SubjectKind.SERVICE,
                "depends_on_entries.all(e, !('gnss' in e) || size(e) > 1)")).containsExactly("single");
        assertThat(failing(SubjectKind.SERVICE, "!('ptp' in depends_on)")).containsExactly("diverse");
        assertThat(failing(SubjectKind.SUPPLIER, "has(subject.mtbf_h) && mtbf_h >= 100000.0"))
                .containsExactly("idle");
    }
}
