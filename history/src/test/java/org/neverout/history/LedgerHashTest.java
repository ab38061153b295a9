package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LedgerHashTest {
    private static final RunContent RUN = RunContent.of("2026-Q4", Instant.parse("2026-12-01T02:41:21.727999Z"),
            LocalDate.of(2026, 12, 31), "nafin", "name: nafin\n", "{}\n", "0.1.0", "cio");

    @Test
    void theHashedTextIsTheDocumentedRecipe() {
        assertThat(LedgerHash.canonical(LedgerHash.GENESIS, RUN)).isEqualTo("neverout-ledger-v1\n"
                + "prev_hash\n64\n" + "0".repeat(64) + "\n"
                + "label\n7\n2026-Q4\n"
                + "recorded_at\n24\n2026-12-01T02:41:21.727Z\n"
                + "as_of\n10\n2026-12-31\n"
                + "model_name\n5\nnafin\n"
                + "model_sha256\n64\n" + LedgerHash.sha256Hex("name: nafin\n") + "\n"
                + "model_text\n12\nname: nafin\n\n"
                + "results_json\n3\n{}\n\n"
                + "neverout_version\n5\n0.1.0\n"
                + "recorded_by\n3\ncio\n");
    }

    @Test
    void lengthsAreUtf8BytesSoFieldsCannotBleedIntoEachOther() {
        RunContent zurich = RunContent.of("Zürich", RUN.recordedAt(), RUN.asOf(), "n", "m", "{}", "v", "u");
        assertThat(LedgerHash.canonical(LedgerHash.GENESIS, zurich)).contains("label\n7\nZürich\n");
        RunContent a = RunContent.of("a\nlabel\n1\nb", RUN.recordedAt(), RUN.asOf(), "n", "m", "{}", "v", "u");
        RunContent b = RunContent.of("a", RUN.recordedAt(), RUN.asOf(), "n", "m", "{}", "v", "u");
        assertThat(LedgerHash.of(LedgerHash.GENESIS, a)).isNotEqualTo(LedgerHash.of(LedgerHash.GENESIS, b));
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        String base = LedgerHash.of(LedgerHash.GENESIS, RUN);
        assertThat(LedgerHash.of("1".repeat(64), RUN)).isNotEqualTo(base);
        RunContent[] variants = {
            new RunContent("x", RUN.recordedAt(), RUN.asOf(), RUN.modelName(), RUN.modelText(), RUN.modelSha256(),
                    RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt().plusMillis(1), RUN.asOf(), RUN.modelName(), RUN.modelText(),
                    RUN.modelSha256(), RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf().plusDays(1), RUN.modelName(), RUN.modelText(),
                    RUN.modelSha256(), RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), "y", RUN.modelText(), RUN.modelSha256(),
                    RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), RUN.modelName(), "name: y\n", RUN.modelSha256(),
                    RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), RUN.modelName(), RUN.modelText(), "0".repeat(64),
                    RUN.resultsJson(), RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), RUN.modelName(), RUN.modelText(), RUN.modelSha256(),
                    "{ }\n", RUN.neverOutVersion(), RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), RUN.modelName(), RUN.modelText(), RUN.modelSha256(),
                    RUN.resultsJson(), "0.2.0", RUN.recordedBy()),
            new RunContent(RUN.label(), RUN.recordedAt(), RUN.asOf(), RUN.modelName(), RUN.modelText(), RUN.modelSha256(),
                    RUN.resultsJson(), RUN.neverOutVersion(), "mallory")};
        for (RunContent variant : variants) {
            assertThat(LedgerHash.of(LedgerHash.GENESIS, variant)).as(variant.toString()).isNotEqualTo(base);
        }
    }

    @Test
    void recordedAtIsKeptToTheMillisecondAsTheStoreKeepsIt() {
        assertThat(RUN.recordedAt()).isEqualTo(Instant.parse("2026-12-01T02:41:21.727Z"));
    }
}
