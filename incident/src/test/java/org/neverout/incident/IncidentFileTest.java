package org.neverout.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.engine.CompiledModel;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.testkit.Golden;

/** Strict incident files: fields, types, locations and refusal of bad input. */
class IncidentFileTest {

    private static Incident parse(String yaml) {
        return IncidentFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "inc.yaml", Format.YAML);
    }

    @Test
    void readsTheFourFieldsWithLocations() {
        Incident i = parse("name: storm\ndescription: >-\n  grid and\n  duct\nfail: [grid-east, duct-a, duct-a]\nduration_h: 6.5\n");
        assertThat(i.name()).isEqualTo("storm");
        assertThat(i.description()).isEqualTo("grid and duct");
        assertThat(i.fail()).containsExactly("grid-east", "duct-a");
        assertThat(i.durationH()).isEqualTo(6.5);
        assertThat(i.failLocations().get(1)).isEqualTo(new Location("inc.yaml", 5, 19));
        assertThat(parse("name: x\nfail: [a]\n").durationH()).isNull();
        Incident json = IncidentFile.parse("{\"name\": \"j\", \"fail\": [\"a\"], \"duration_h\": 2}".getBytes(StandardCharsets.UTF_8),
                "inc.json", Format.JSON);
        assertThat(json.durationH()).isEqualTo(2.0);
    }

    @Test
    void reportsEveryProblemWithLineAndColumn() {
        assertThatThrownBy(() -> parse("name: x\nfial: [a]\nduration_h: -3\n"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("inc.yaml:2:1: unknown field 'fial' in incident (allowed: name, description, fail, duration_h); did you mean 'fail'?")
                .hasMessageContaining("inc.yaml:3:13: 'duration_h' must be a finite number of hours >= 0, not -3")
                .hasMessageContaining("missing required field 'fail'");
        assertThatThrownBy(() -> parse("name: x\nfail: timesync\n"))
                .hasMessageContaining("inc.yaml:2:7: 'fail' must be a list of basic event ids, not the string \"timesync\"");
        assertThatThrownBy(() -> parse("name: x\nfail: []\n")).hasMessageContaining("at least one basic event id");
        assertThatThrownBy(() -> parse("name: x\nfail: [a, {b: c}, ~]\n"))
                .hasMessageContaining("inc.yaml:2:11: an entry of 'fail' must be a basic event id, not a mapping")
                .hasMessageContaining("inc.yaml:2:19: an entry of 'fail' must be a basic event id, not null");
        assertThatThrownBy(() -> parse("- a\n- b\n")).hasMessageContaining("an incident must be a mapping");
        assertThatThrownBy(() -> parse("name: [x]\nfail: [a]\nduration_h: soon\n"))
                .hasMessageContaining("'name' must be text, not a list")
                .hasMessageContaining("'duration_h' must be a number of hours, not the string \"soon\"");
    }

    @Test
    void refusesMissingFilesWrongExtensionsAndHostileInput(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> IncidentFile.load(dir.resolve("none.yaml"))).hasMessageContaining("no such file");
        Path txt = Files.writeString(dir.resolve("inc.txt"), "name: x\n");
        assertThatThrownBy(() -> IncidentFile.load(txt)).hasMessageContaining("unsupported incident file extension");
        Path bomb = Files.writeString(dir.resolve("bomb.yaml"), "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "f: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n");
        assertThatThrownBy(() -> IncidentFile.load(bomb)).isInstanceOf(InvalidModelException.class);
        Path binary = Files.write(dir.resolve("bin.yaml"), new byte[] {(byte) 0xC3, 0x28, 0, 1});
        assertThatThrownBy(() -> IncidentFile.load(binary)).isInstanceOf(InvalidModelException.class);
    }

    @Test
    void unknownIdsInAFileAreReportedAtTheirLocation() throws Exception {
        Model golden = ModelLoader.parse(Golden.read("semantics.yaml"), "semantics.yaml", Format.YAML);
        Incident incident = parse("name: x\nfail:\n  - timesync\n  - hq-3\n");
        assertThatThrownBy(() -> Simulation.run(golden, CompiledModel.compile(golden), incident, 1))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("inc.yaml:4:5: 'hq-3' is no basic event of model 'golden-semantics'; did you mean 'hq-1'?");
        assertThat(Simulation.run(golden, CompiledModel.compile(golden), parse("name: x\nfail: [timesync]\n"), 1)
                .incidentName()).isEqualTo("x");
        assertThatThrownBy(() -> parse("name: x\nfail: [a]\ndurationh: 2\n"))
                .hasMessageContaining("name, description, fail, duration_h").hasMessageContaining("duration_h");
    }
}
