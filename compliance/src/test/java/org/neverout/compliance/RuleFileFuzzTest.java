package org.neverout.compliance;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;

/**
 * Coverage-guided fuzz tests (Jazzer) of the rule-file reader, YAML and JSON, CEL type-checking
 * included. The property: any text gives rules or an {@link InvalidModelException} whose every problem
 * has a location and a message; any other exception (from the reader or from CEL), or a hang (Jazzer's
 * per-input timeout), fails. Under plain {@code mvn test} each runs only its seed inputs
 * ({@code src/test/resources/org/neverout/compliance/RuleFileFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes: see io/FUZZING.md.
 */
class RuleFileFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void yaml(byte[] input) {
        parseOrRefuse(input, "fuzz.yaml");
    }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] input) {
        parseOrRefuse(input, "fuzz.json");
    }

    /** Bytes are decoded as the CLI reads text (malformed UTF-8 becomes U+FFFD), then parsed. */
    private static void parseOrRefuse(byte[] input, String name) {
        try {
            if (RuleFile.parse(new String(input, StandardCharsets.UTF_8), name).isEmpty()) {
                throw new AssertionError("a rule file was accepted without rules");
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
