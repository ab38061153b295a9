package org.neverout.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;

/**
 * Coverage-guided fuzz tests (Jazzer) of the model loader, one per format. The property: any bytes give
 * a model or an {@link InvalidModelException} whose every problem has a location and a message; any
 * other exception, or a hang (Jazzer's per-input timeout), fails. Under plain {@code mvn test} each runs
 * only its seed inputs (golden models, the bundled example, broken and hostile files and crash
 * reproducers in {@code src/test/resources/org/neverout/model/ModelLoaderFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes: see io/FUZZING.md.
 */
class ModelLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void yaml(byte[] input) {
        loadOrRefuse(input, "fuzz.yaml", Format.YAML);
    }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] input) {
        loadOrRefuse(input, "fuzz.json", Format.JSON);
    }

    private static void loadOrRefuse(byte[] input, String name, Format format) {
        try {
            if (ModelLoader.parse(input, name, format, LoaderLimits.DEFAULT) == null) {
                throw new AssertionError("the loader returned no model");
            }
        } catch (InvalidModelException refused) {
            assertLocated(refused);
        }
    }

    /** Every problem of a refusal must tell the user where and what. */
    static void assertLocated(InvalidModelException refused) {
        if (refused.problems().isEmpty()) {
            throw new AssertionError("a refusal without a problem", refused);
        }
        for (Problem p : refused.problems()) {
            if (p.location() == null || p.location().file() == null || p.message() == null || p.message().isBlank()) {
                throw new AssertionError("a problem without a location or message: " + p, refused);
            }
        }
    }
}
