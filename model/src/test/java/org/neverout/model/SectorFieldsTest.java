package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neverout.model.tree.Format;

/** MODEL.md 1.1 "Sectors": {@code sector} (default unassigned) and {@code organisation} on services, bad input. */
class SectorFieldsTest {
    @Test
    void sectorAndOrganisationAreReadAndTheSectorDefaultsToUnassigned() {
        Model m = ModelLoader.parse(String.join("\n", "name: m",
                "nodes: [{id: a}, {id: b}]",
                "services:",
                "  - {id: atc, endpoints: [a, b], sector: aviation, organisation: lvnl}",
                "  - {id: other, endpoints: [a]}", ""), "m.yaml", Format.YAML);
        assertThat(m.services().get(0).sector()).isEqualTo("aviation");
        assertThat(m.services().get(0).organisation()).isEqualTo("lvnl");
        assertThat(m.services().get(1).sector()).isEqualTo(Service.UNASSIGNED).isEqualTo("unassigned");
        assertThat(m.services().get(1).organisation()).isNull();
    }

    @Test
    void anEmptySectorIsAnErrorWithItsLine() {
        assertThat(ModelErrorsTest.problems("name: m",
                "services:",
                "  - id: s",
                "    endpoints: []",
                "    sector: \"\"",
                "  - {id: t, endpoints: [], sector: '  ', organisation: ''}")).containsExactly(
                "m.yaml:5:13: 'sector' in service 's' must be a non-empty string",
                "m.yaml:6:36: 'sector' in service 't' must be a non-empty string",
                "m.yaml:6:56: 'organisation' in service 't' must be a non-empty string");
    }

    @Test
    void aSectorOnSomethingThatIsNotAServiceIsAnErrorWithItsLine() {
        assertThat(ModelErrorsTest.problems("name: m",
                "sites: [{id: S}]",
                "nodes:",
                "  - id: n1",
                "    sector: defence",
                "links: [{id: l, a: n1, b: n1, organisation: telco}]"))
                .anySatisfy(p -> assertThat(p).startsWith("m.yaml:5:5: unknown field 'sector' in node 'n1'"))
                .anySatisfy(p -> assertThat(p).startsWith("m.yaml:6:31: unknown field 'organisation' in link 'l'"));
        assertThat(ModelErrorsTest.problems("name: m", "sites: [{id: S, sector: x}]"))
                .singleElement().asString().startsWith("m.yaml:2:17: unknown field 'sector' in site 'S'");
    }

    @Test
    void aSectorThatIsNotAStringIsAnError() {
        assertThat(ModelErrorsTest.problems("name: m", "services: [{id: s, endpoints: [], sector: [a, b]}]"))
                .containsExactly("m.yaml:2:43: 'sector' in service 's' must be a string, not a list");
    }
}
