package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.neverout.model.ModelErrorsTest.problems;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.tree.Format;

/** {@code classification:} and a service's {@code public_name}: read as written, refused with their location. */
class ClassificationTest {

    private static Model parse(String... lines) {
        return ModelLoader.parse(String.join("\n", lines) + "\n", "m.yaml", Format.YAML);
    }

    @Test
    void theMarkingAndPublicNamesAreReadAsWritten() {
        Model m = parse("classification: '  DEPARTEMENTAAL VERTROUWELIJK '", "name: m",
                "nodes: [{id: a}, {id: b}]", "links: [{id: l, a: a, b: b}]",
                "services:", "  - {id: s1, endpoints: [a, b], public_name: Emergency number}", "  - {id: s2, endpoints: [a]}");
        assertThat(m.classification().isPresent()).isTrue();
        assertThat(m.classification().marking()).isEqualTo("DEPARTEMENTAAL VERTROUWELIJK");
        assertThat(m.services().get(0).publicName()).isEqualTo("Emergency number");
        assertThat(m.services().get(1).publicName()).isNull();
        assertThat(parse("name: m").classification()).isEqualTo(Classification.NONE);
        assertThat(parse("name: m").classification().isPresent()).isFalse();
        // kept through the model's other copies
        assertThat(m.withImpact(m.impact()).withServices(m.services()).withSource(m.source()).classification())
                .isEqualTo(m.classification());
        assertThat(m.services().get(0).withSector("energy", null).publicName()).isEqualTo("Emergency number");
    }

    @Test
    void anEmptyMultiLineOrNonTextMarkingIsRefusedWhereItIsWritten() {
        assertThat(problems("classification: ' '", "name: m")).containsExactly(
                "m.yaml:1:17: 'classification' in the model must be a non-empty string");
        assertThat(problems("classification: |", "  GEHEIM", "  second line", "name: m")).singleElement().asString()
                .startsWith("m.yaml:1:").contains("must be one line");
        assertThat(problems("classification: [a]", "name: m")).singleElement().asString().startsWith("m.yaml:1:17:");
        assertThat(problems("name: m", "services: [{id: s, endpoints: [], public_name: ''}]")).singleElement().asString()
                .startsWith("m.yaml:2:").contains("'public_name'").contains("non-empty");
        assertThat(problems("name: m", "classificaton: X")).singleElement().asString()
                .contains("did you mean 'classification'?");
    }

    @Test
    void combinedMarkingsOfSeveralModels() {
        Classification a = Classification.of("STG GEHEIM");
        Classification b = Classification.of("DEPARTEMENTAAL VERTROUWELIJK");
        assertThat(Classification.combined(List.of(a, Classification.NONE, b, a)).marking())
                .isEqualTo("STG GEHEIM / DEPARTEMENTAAL VERTROUWELIJK");
        assertThat(Classification.combined(List.of(Classification.NONE))).isEqualTo(Classification.NONE);
        assertThat(a.markText("x\n")).isEqualTo("STG GEHEIM\nx\n");
        assertThat(Classification.NONE.markText("x\n")).isEqualTo("x\n");
        assertThat(catchThrowable(() -> Classification.of("a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProblemQuotesItsFieldNeverTheWholeElement() {
        List<String> p = problems("name: m", "sites:",
                "  - {id: SECRET-SITE, name: Hidden bunker, lat: 95.5, lon: 4.5, power: []}");
        assertThat(p).singleElement().asString().contains("SECRET-SITE").contains("'lat'")
                .doesNotContain("Hidden bunker").doesNotContain("4.5");
    }
}
