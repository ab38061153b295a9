package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on check results shared by the rule tests. */
final class Findings {
    private Findings() {
    }

    static List<RuleFinding> of(ComplianceResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Exactly one finding of {@code rule}, about {@code subject}, and no finding of any other rule. */
    static RuleFinding only(ComplianceResult result, String rule, String subject) {
        assertThat(result.findings()).as("findings").extracting(RuleFinding::rule, RuleFinding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, subject));
        RuleFinding f = result.findings().get(0);
        assertThat(f.kind()).isEqualTo(RuleFinding.Kind.VIOLATION);
        return f;
    }

    static void none(ComplianceResult result) {
        assertThat(result.findings()).as("findings").isEmpty();
    }

    static void noneOf(ComplianceResult result, String rule) {
        assertThat(of(result, rule)).as("findings of " + rule).isEmpty();
    }
}
