package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/** The writer's contract: the loader reads back what it wrote, equal up to the source. */
final class RoundTrip {
    private RoundTrip() {
    }

    static void assertRoundTrips(Model model) {
        String yaml = ModelWriter.toYaml(model);
        assertThat(sourceless(ModelLoader.parse(yaml, "round-trip.yaml", Format.YAML)))
                .as("YAML round trip of %s", model.name()).isEqualTo(sourceless(model));
        assertThat(ModelWriter.toYaml(model)).as("deterministic").isEqualTo(yaml);
        String json = ModelWriter.toJson(model);
        assertThat(sourceless(ModelLoader.parse(json, "round-trip.json", Format.JSON)))
                .as("JSON round trip of %s", model.name()).isEqualTo(sourceless(model));
    }

    static Model sourceless(Model m) {
        return m.withSource(Model.Source.NONE);
    }
}
