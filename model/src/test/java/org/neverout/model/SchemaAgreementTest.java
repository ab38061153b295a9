package org.neverout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.neverout.model.GoldenModelsTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.model.tree.Format;

/**
 * The shipped JSON Schema (schema/neverout-model.schema.json, draft 2020-12) accepts the models the
 * loader accepts and refuses the per-element mistakes the loader refuses. (The loader checks more:
 * references, unique ids, cycles; those are out of a schema's reach.)
 */
class SchemaAgreementTest {
    static final Path SCHEMA = Path.of("..", "schema", "neverout-model.schema.json");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (var in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static JsonNode tree(String text, Format format) throws IOException {
        return (format == Format.YAML ? new YAMLMapper() : new ObjectMapper()).readTree(text);
    }

    @Test
    void schemaIsStrictEverywhere() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<JsonNode> objects = root.findParents("type").stream()
                .filter(n -> "object".equals(n.get("type").asText())).toList();
        assertThat(objects).hasSizeGreaterThan(10);
        // every object schema closes its properties (maps of free keys constrain their values instead)
        assertThat(objects).allSatisfy(o -> assertThat(o.has("additionalProperties")).isTrue());
        assertThat(root.findValues("additionalProperties")).allSatisfy(v -> assertThat(v.isBoolean()
                ? !v.asBoolean() : v.isObject()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"golden/semantics.yaml", "golden/availability.yaml", "golden/abilene.json",
            "golden/v11.json", "golden/availability-v11.yaml", "models/full.yaml"})
    void validModelsPassBoth(String name) throws IOException {
        Path file = resource(name);
        ModelLoader.load(file);
        Format format = Format.of(file).orElseThrow();
        List<Error> errors = schema.validate(tree(Files.readString(file), format));
        assertThat(errors).isEmpty();
    }

    @Test
    void authoredModelsPassBoth() throws IOException {
        String yaml = """
                name: m
                defaults:
                  node: {operator: defence, role: core, mtbf_h: 100000, mttr_h: 4}
                  link: {medium: fiber}
                assign:
                  - {nodes: "dhd-*", site: DHD, groups: [building-a]}
                  - {links: "l-?", cost: 10, owner: defence}
                sites: [{id: DHD}]
                nodes: [{id: dhd-1}, {id: dhd-2}]
                links: [{id: l-1, a: dhd-1, b: dhd-2}]
                """;
        ModelLoader.parse(yaml, "authored.yaml", Format.YAML);
        assertThat(schema.validate(tree(yaml, Format.YAML))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nodes: []",                                                           // no name
        "name: m\ncolour: red",                                                 // unknown root field
        "name: m\nnodes: [{id: n, sitee: x}]",                                  // unknown field in an element
        "name: m\nnodes: [{name: x}]",                                          // missing id
        "name: m\nnodes: [{id: a}, {id: b}]\nlinks: [{id: l, a: a}]",           // link without b
        "name: m\nservices: [{id: s}]",                                         // service without endpoints
        "name: m\nnodes: [{id: n, lat: 91, lon: 0}]",                           // latitude range
        "name: m\nnodes: [{id: n, lat: 50}]",                                   // lat without lon
        "name: m\nnodes: [{id: n, mtbf_h: 100}]",                               // mtbf_h without mttr_h
        "name: m\nnodes: [{id: n, mtbf_h: 0, mttr_h: 1}]",                      // mtbf_h > 0
        "name: m\nnodes: [{id: n, software: 17.2}]",                            // a number where text is due
        "name: m\nnodes: [{id: 'a b'}]",                                        // whitespace in an id
        "name: m\nnodes: [{id: 'software:x'}]",                                 // reserved prefix
        "name: m\nsuppliers: [{id: defence}]",                                  // reserved supplier id
        "name: m\nservices: [{id: s, endpoints: [[]]}]",                        // empty alternatives
        "name: m\nservices: [{id: s, endpoints: [], never_out: -1}]",           // never_out >= 0
        "name: m\nservices: [{id: s, endpoints: [], never_out: 9}]",            // never_out <= 8 (1.1)
        "name: m\nservices: [{id: s, endpoints: [], depends_on: [[]]}]",        // empty alternatives (1.1)
        "name: m\nservices: [{id: t, endpoints: []}, {id: s, endpoints: [], depends_on: [[t, [t]]]}]", // nesting
        "name: m\nservices: [{id: s, endpoints: [], depends_on: [5]}]",         // not an id
        "name: m\ndefaults: {software_version: {mtbf_h: 1, mttr_h: 1}}",         // defaults keys (1.1)
        "name: m\nsoftware_versions: [{id: v, colour: red}]",                   // unknown field
        "name: m\nsoftware_versions: [{vendor: v}]",                            // missing id
        "name: m\nsoftware_versions: [{id: 'software:v'}]",                     // event prefix in the id
        "name: m\nsoftware_versions: [{id: v, mtbf_h: 5}]",                     // mtbf_h without mttr_h
        "name: m\ngroups: [{id: g, mttr_h: 5}]",                                // figures in pairs on groups
        "name: m\nsuppliers: [{id: s, mtbf_h: 0, mttr_h: 1}]",                  // mtbf_h > 0 on suppliers
        "name: m\nservices: [{id: s, endpoints: [], kind: vitall}]",            // service kind
        "name: m\nservices: [{id: s, endpoints: [], category: C}]",             // category
        "name: m\nservices: [{id: s, endpoints: [], availability_target: 1}]",  // target in (0, 1)
        "name: m\ngroups: [{id: g, kind: duct}]",                               // group kind
        "name: m\nlinks: [{id: l, a: x, b: y, capacity_gbps: -1}]",             // capacity >= 0
        "name: m\nversion: 2",                                                  // version 1 only
        "name: m\ndefaults: {node: {mtbf_h: 5}}",                               // defaults need both figures
        "name: m\nmeasures: [{measure: a, status: done}]",                      // measure status
        "name: m\nsites: [{id: s, security: {alarm: maybe}}]",                  // boolean
        "name: m\nexternal_parties: [{id: p, evidence: {patch_days: 1.5}}]",    // integer
        "name: m\nsuppliers: [{id: s, authorisations: [{scope: x, valid_until: 'soon'}]}]", // date
        "name: m\nassign: [{nodes: '*', colour: red}]",                         // unknown rule field (1.1)
        "name: m\nassign: [{role: core}]",                                      // rule without a pattern
        "name: m\nassign: [{nodes: '*', links: '*', role: core}]",              // both patterns
        "name: m\nassign: [{links: '*', site: S}]",                             // a node field on links
        "name: m\nassign: [{nodes: '*'}]",                                      // a rule that sets nothing
        "name: m\ndefaults: {node: {sitee: x}}",                                // unknown default field
        "name: m\ndefaults: {link: {medium: fiber, mttr_h: 2}}",                // figures in pairs
        "name: m\ninclude: [5]",                                               // not a file name
    })
    void badModelsFailBoth(String yaml) throws IOException {
        InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
                () -> ModelLoader.parse(yaml, "bad.yaml", Format.YAML));
        assertThat(refused).as("loader refuses %s", yaml).isNotNull();
        assertThat(schema.validate(tree(yaml, Format.YAML))).as("schema refuses %s", yaml).isNotEmpty();
    }
}
