package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Severity;

/**
 * The bundled example's deliberate weaknesses are found. Reads the repository's own
 * {@code examples/nafin-example.yaml} (not a copy), so the example and this module cannot drift apart.
 */
class ExampleModelTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nafin-example.yaml");
    private static ComplianceResult result;

    @BeforeAll
    static void check() {
        assertThat(Files.isRegularFile(EXAMPLE)).as("bundled example " + EXAMPLE.toAbsolutePath()).isTrue();
        Model model = ModelLoader.load(EXAMPLE);
        result = ComplianceChecker.check(model, List.of(), LocalDate.of(2026, 11, 1));
    }

    @Test
    void singleHomedExternalPartiesAreFound() {
        assertThat(Findings.of(result, "CC-01")).extracting(RuleFinding::subject)
                .containsExactly("allied-de", "kustwacht", "meldkamer-112", "nato");
    }

    @Test
    void expiredSubcontractorAuthorisationIsFoundOnTheSubcontractorItself() {
        assertThat(Findings.of(result, "SC-01")).extracting(RuleFinding::subject, RuleFinding::severity)
                .containsExactly(tuple("vezelwerk", Severity.HIGH));
        assertThat(Findings.of(result, "SC-03")).extracting(RuleFinding::subject).contains("vezelwerk");
        assertThat(Findings.of(result, "SC-04")).extracting(RuleFinding::subject).containsExactly("noord-graaf");
    }

    @Test
    void unmonitoredAlarmIsFound() {
        assertThat(Findings.of(result, "PS-02")).extracting(RuleFinding::subject).containsExactly("NML");
        assertThat(Findings.of(result, "PS-04")).extracting(RuleFinding::subject).contains("GRN");
    }

    @Test
    void otherDeclaredWeaknesses() {
        assertThat(Findings.of(result, "CC-02")).extracting(RuleFinding::subject).containsExactly("municipalities");
        assertThat(Findings.of(result, "CC-04")).extracting(RuleFinding::subject)
                .containsExactly("allied-de", "municipalities");
        assertThat(result.coverage()).filteredOn(c -> c.measure().equals("f")).singleElement()
                .satisfies(c -> assertThat(c.gap()).isEqualTo(Severity.HIGH));
        assertThat(result.findings()).noneMatch(f -> f.kind() == RuleFinding.Kind.RULE_ERROR);
    }
}
