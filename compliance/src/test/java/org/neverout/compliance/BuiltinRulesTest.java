package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neverout.model.InvalidModelException;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LocatedParser;

class BuiltinRulesTest {
    private final BuiltinRules builtins = BuiltinRules.load();

    @Test
    void packsAndIds() {
        assertThat(builtins.packs()).extracting(RulePack::prefix).containsExactly("CC", "PS", "SC", "DC");
        assertThat(builtins.packs()).extracting(RulePack::name)
                .containsExactly("connection-conditions", "physical-security", "supply-chain", "duty-of-care");
        assertThat(builtins.rules()).extracting(Rule::id).containsExactly(
                "CC-01", "CC-02", "CC-03", "CC-04", "CC-05", "CC-06",
                "PS-01", "PS-02", "PS-03", "PS-04", "PS-05",
                "SC-01", "SC-02", "SC-03", "SC-04", "SC-05", "SC-06", "SC-07",
                "DC-01", "DC-02", "DC-03", "DC-04", "DC-05", "DC-06");
        for (Rule r : builtins.rules()) {
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.rationale()).as(r.id()).isNotBlank();
            assertThat(r.message()).as(r.id()).isNotBlank();
            assertThat(r.location().line()).as(r.id()).isPositive();
        }
    }

    @Test
    void thresholdDefaults() {
        assertThat(builtins.parameters()).containsExactly(
                Map.entry("connection_sites_min", 2L),
                Map.entry("audit_max_months", 12L),
                Map.entry("patch_days_max", 30L),
                Map.entry("inspection_max_months", 12L),
                Map.entry("authorisation_warning_days", 90L),
                Map.entry("subcontractor_depth_max", 2L),
                Map.entry("measure_review_max_months", 12L));
    }

    @Test
    void measureCatalogueIsNis2Article21() {
        assertThat(builtins.measures().keySet()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(builtins.measures().get("b")).isEqualTo("Incident handling");
    }

    @Test
    void aDefectiveBuiltinFileIsReportedWithItsPosition() {
        String yaml = String.join("\n",
                "packs:",
                "  - prefix: CC",
                "    name: connection-conditions",
                "    title: t",
                "    rules:",
                "      - {id: XX-01, title: t, applies_to: site, severity: low, require: 'true'}",
                "      - {id: CC-02, title: t, applies_to: site, severity: low, require: 'nodes > 1'}",
                "      - {id: CC-03, title: t, applies_to: site, severity: low, require: 'true', params: {a: 1}}",
                "      - {id: CC-04, title: t, applies_to: site, severity: low, require: 'true', params: {a: 2}}",
                "measures: []", "");
        assertThatThrownBy(() -> BuiltinRules.parse(LocatedParser.parse(yaml.getBytes(StandardCharsets.UTF_8),
                "b.yaml", Format.YAML)))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems())
                        .extracting(p -> p.location().line()).containsExactly(6, 9));
        String typeError = yaml.replace("XX-01", "CC-01").replace("params: {a: 2}", "params: {a: 1}");
        assertThatThrownBy(() -> BuiltinRules.parse(LocatedParser.parse(typeError.getBytes(StandardCharsets.UTF_8),
                "b.yaml", Format.YAML)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("b.yaml:7:9: rule CC-02: require at 1:7: found no matching overload");
    }

    @Test
    void schemaDocumentsEveryKind() {
        for (SubjectKind kind : SubjectKind.values()) {
            assertThat(CelSchema.fields(kind)).as(kind.token()).isNotEmpty();
            assertThat(CelSchema.variables(kind)).contains("as_of", "params", "subject");
        }
        assertThat(CelSchema.variables(SubjectKind.EXTERNAL_PARTY))
                .contains("connects_at", "evidence", "distinct_sites", "months_since_audit");
        assertThat(List.of(SubjectKind.fromToken("external_party").orElseThrow())).containsExactly(
                SubjectKind.EXTERNAL_PARTY);
    }
}
