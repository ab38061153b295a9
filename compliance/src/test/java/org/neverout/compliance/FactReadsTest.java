package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.model.Severity;

class FactReadsTest {
    private static List<String> reads(SubjectKind kind, String require) {
        Rule rule = Rule.user("R", "t", null, kind, Severity.LOW, require, null, null);
        CompiledRule compiled = RuleCompiler.forParameters(BuiltinRules.load().parameters()).compile(rule);
        return compiled.requireReads().stream().map(FactPath::name).toList();
    }

    @Test
    void selectionsVariablesAndParameters() {
        assertThat(reads(SubjectKind.SUPPLIER,
                "authorisations.all(a, a.valid) && depth <= params.subcontractor_depth_max && has(subject.parent)"))
                .containsExactly("authorisations", "depth", "params.subcontractor_depth_max", "parent");
        assertThat(reads(SubjectKind.EXTERNAL_PARTY, "evidence.patch_days <= 30 && evidence.patch_days > 0"))
                .containsExactly("evidence.patch_days");
        assertThat(reads(SubjectKind.SITE, "as_of > security.last_inspection")).containsExactly("security.last_inspection");
    }

    @Test
    void comprehensionVariablesShadowDeclaredOnes() {
        // the inner 'depth' is the loop variable, the outer one the supplier's depth
        assertThat(reads(SubjectKind.SUPPLIER, "knows.exists(depth, depth == 'x') || depth > 1"))
                .containsExactly("knows", "depth");
        assertThat(reads(SubjectKind.SUPPLIER, "knows.exists(k, k == 'x')")).containsExactly("knows");
    }

    @Test
    void undeclaredFactsLookUpEmpty() {
        Subject s = new Subject("x", SubjectKind.EXTERNAL_PARTY,
                java.util.Map.of("evidence", java.util.Map.of("firewall", true)));
        assertThat(new FactPath(List.of("evidence", "firewall")).lookup(s.facts(), java.util.Map.of())).contains(true);
        assertThat(new FactPath(List.of("evidence", "patch_days")).lookup(s.facts(), java.util.Map.of())).isEmpty();
        assertThat(new FactPath(List.of("subject", "name")).name()).isEqualTo("name");
    }
}
