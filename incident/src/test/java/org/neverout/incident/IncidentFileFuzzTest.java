package org.neverout.incident;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;
import org.neverout.model.tree.Format;

/**
 * Coverage-guided fuzz tests (Jazzer) of the incident-file reader, one per format. The property: any
 * bytes give an incident or an {@link InvalidModelException} whose every problem has a location and a
 * message; any other exception, or a hang (Jazzer's per-input timeout), fails. Under plain
 * {@code mvn test} each runs only its seed inputs
 * ({@code src/test/resources/org/neverout/incident/IncidentFileFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes: see io/FUZZING.md.
 */
class IncidentFileFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void yaml(byte[] input) {
        parseOrRefuse(input, "fuzz.yaml", Format.YAML);
    }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] input) {
        parseOrRefuse(input, "fuzz.json", Format.JSON);
    }

    private static void parseOrRefuse(byte[] input, String name, Format format) {
        try {
            Incident incident = IncidentFile.parse(input, name, format);
            if (incident == null || incident.fail().isEmpty()) {
                throw new AssertionError("an incident was accepted without basic events to fail: " + incident);
            }
        } catch (InvalidModelException refused) {
            if (refused.problems().isEmpty()) {
                throw new AssertionError("a refusal without a problem", refused);
            }
            for (Problem p : refused.problems()) {
                if (p.location() == null || p.location().file() == null || p.message() == null
                        || p.message().isBlank()) {
                    throw new AssertionError("a problem without a location or message: " + p, refused);
                }
            }
        }
    }
}
