package org.neverout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.neverout.model.Classification;

import picocli.CommandLine.Option;

/**
 * {@code analyze}'s output options: {@code --format text|json|jsonl} and {@code --out FILE}. JSON and JSON
 * Lines are streamed (a large result is never held as a document in memory); the file is written atomically.
 */
public final class AnalyzeOutput {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl: JSON Lines, a "
                    + "header line, then one line per service, per finding and the control section (docs/MODEL.md).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path out;

    enum Format { text, json, jsonl }

    /** Refuses an --out that cannot be written before any long work starts. */
    void validate() {
        if (out != null) {
            Output.checkWritable(out);
        }
    }

    /**
     * Renders only the format asked for, marked with the model's classification, and writes it (atomically,
     * 0600 when classified, with --out).
     */
    void write(Classification classification, Supplier<String> text, Supplier<AnalysisJson> json, PrintWriter stdout)
            throws IOException {
        switch (format) {
            case json -> Output.stream(w -> json.get().write(w), out, stdout, classification);
            case jsonl -> Output.stream(w -> new AnalysisJsonLines(json.get()).write(w), out, stdout, classification);
            default -> Output.write(Marking.text(classification, text.get()), out, stdout, classification);
        }
    }
}
