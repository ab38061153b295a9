package org.neverout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.neverout.model.Classification;

import picocli.CommandLine.Option;

/** {@code --format text|json} and {@code --out FILE}: the output options of most commands. */
public final class TextOrJson {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path out;

    enum Format { text, json }

    boolean json() {
        return format == Format.json;
    }

    /** Renders only the format asked for, then writes it (atomically when --out is given). */
    void write(Supplier<String> text, Supplier<Object> jsonTree, PrintWriter stdout) throws IOException {
        write(Classification.NONE, text, jsonTree, stdout);
    }

    /**
     * Renders only the format asked for, marked with the model's classification (text: first line; JSON: the
     * {@code classification} field first), then writes it (atomically, 0600 when classified, with --out).
     */
    void write(Classification classification, Supplier<String> text, Supplier<Object> jsonTree, PrintWriter stdout)
            throws IOException {
        String content = json() ? Json.write(Marking.json(classification, jsonTree.get()))
                : Marking.text(classification, text.get());
        Output.write(content, out, stdout, classification);
    }
}
