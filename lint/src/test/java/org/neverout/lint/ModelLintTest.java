package org.neverout.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/** Every lint warning on a planted case, silent on its corrected twin, and on the bundled examples. */
class ModelLintTest {
    private static final String BASE = """
            name: planted
            power_feeds: [{id: grid-a}, {id: gen-a}, {id: grid-b}, {id: gen-b}]
            sites: [{id: A, power: [grid-a, gen-a]}, {id: B, power: [grid-b, gen-b]}]
            suppliers: [{id: telco}, {id: sub, parent: telco}]
            groups: [{id: duct-1, kind: conduit}]
            nodes:
              - {id: ntp-1, site: A, role: server, operator: sub}
              - {id: ntp-2, site: B, role: server}
              - {id: r-a, site: A, role: core}
              - {id: r-b, site: B, role: edge}
              - {id: island, site: B, role: edge}
              - {id: island-2, site: B, role: edge, power: []}
            links:
              - {id: l1, a: ntp-1, b: r-a, groups: [duct-1]}
              - {id: l2, a: r-a, b: r-b}
              - {id: l3, a: r-b, b: ntp-2}
              - {id: l4, a: island, b: island-2}
            services:
              - {id: timesync, endpoints: [[ntp-1, ntp-2]]}
              - {id: core, endpoints: [r-a, r-b], depends_on: [timesync]}
            """;

    private static List<LintWarning> lint(String yaml) {
        return ModelLint.check(ModelLoader.parse(yaml, "planted.yaml", Format.YAML));
    }

    @Test
    void theCorrectModelIsSilent() {
        assertThat(lint(BASE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unpowered-node|- {id: island, site: B, role: edge}|- {id: island, role: edge}|island",
        "single-feed-site|{id: B, power: [grid-b, gen-b]}|{id: B, power: [grid-b]}|B",
        "both-or-either|endpoints: [[ntp-1, ntp-2]]|endpoints: [ntp-1, ntp-2]|timesync",
        "unreachable-dependency|endpoints: [r-a, r-b], depends_on|endpoints: [island, island-2], depends_on|core",
        "empty-group|groups: [duct-1]}|}|duct-1",
        "idle-supplier|role: server, operator: sub}|role: server}|telco",
        "unmatched-assign|name: planted|name: planted\\nassign: [{nodes: 'x-*', role: core}]|assign rule 1",
        "all-core-roles|role: edge}|role: core}|planted",
    })
    void eachWarningOnItsPlantedCase(String code, String correct, String planted, String element) {
        String yaml = BASE.replace(correct, planted.replace("\\n", "\n"));
        if (code.equals("all-core-roles")) {
            yaml = yaml.replace("role: server", "role: core").replace("role: edge", "role: core");
        }
        assertThat(yaml).isNotEqualTo(BASE);
        List<LintWarning> warnings = lint(yaml);
        assertThat(warnings).extracting(LintWarning::code).contains(code);
        LintWarning w = warnings.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        assertThat(w.element()).isEqualTo(element);
        assertThat(w.location().file()).isEqualTo("planted.yaml");
        assertThat(w.location().line()).isPositive();
        assertThat(w.message()).isNotBlank();
        assertThat(w.fix()).isNotBlank();
        if (code.equals("both-or-either")) {
            assertThat(w.fix()).contains("[[ntp-1, ntp-2]]");
        }
        if (code.equals("unreachable-dependency")) {
            assertThat(w.fix()).contains("endpoint entry", "[ntp-1, ntp-2]");
        }
    }

    @Test
    void numberedNodesOfDifferentRolesOrShapesAreNotAlternatives() {
        assertThat(BothWhereEitherMeant.differOnlyInANumber("ntp-1", "ntp-2")).isTrue();
        assertThat(BothWhereEitherMeant.differOnlyInANumber("dc1-r10", "dc2-r7")).isTrue();
        assertThat(BothWhereEitherMeant.differOnlyInANumber("ntp-a", "ntp-b")).isFalse();
        assertThat(BothWhereEitherMeant.differOnlyInANumber("ntp-1", "dns-1")).isFalse();
        String yaml = BASE.replace("endpoints: [[ntp-1, ntp-2]]", "endpoints: [ntp-1, ntp-2]")
                .replace("{id: ntp-2, site: B, role: server}", "{id: ntp-2, site: B, role: edge}");
        assertThat(lint(yaml)).extracting(LintWarning::code).doesNotContain("both-or-either");
    }

    @Test
    void aSupplierWhoseSubcontractorOperatesOrThatKnowsSomethingIsNotIdle() {
        assertThat(lint(BASE)).extracting(LintWarning::code).doesNotContain("idle-supplier");
        String knows = BASE.replace("role: server, operator: sub}", "role: server}")
                .replace("{id: telco}", "{id: telco, knows: [routes]}");
        assertThat(lint(knows)).extracting(LintWarning::element).containsExactly("sub");
    }

    @Test
    void theBundledExampleHasOnlyTheWarningsThatApply() {
        Model example = ModelLoader.load(Path.of("..", "examples", "nafin-example.yaml"));
        // its regional sites really have one grid feed; nothing else applies
        assertThat(ModelLint.check(example)).extracting(LintWarning::code).containsOnly("single-feed-site");
        Model remediated = ModelLoader.load(Path.of("..", "examples", "nafin-remediated.yaml"));
        assertThat(ModelLint.check(remediated)).extracting(LintWarning::code).containsOnly("single-feed-site");
        Model split = ModelLoader.load(Path.of("..", "examples", "split", "nafin.yaml"));
        assertThat(ModelLint.check(split)).isEqualTo(ModelLint.check(example).stream().map(w -> new LintWarning(
                w.code(), w.element(), split.source().locationOf(w.element()), w.message(), w.fix())).toList());
    }
}
