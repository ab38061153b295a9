package org.neverout.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neverout.model.Model;

/**
 * Writes a model in the MODEL.md format, deterministically (same model, same bytes), so that the
 * model loader reads back an equal model (up to its {@link Model.Source}). See {@link ModelTree} for
 * what is written and left out.
 */
public final class ModelWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelWriter() {
    }

    /** The model as a YAML document. */
    public static String toYaml(Model model) {
        return write(YAML, model);
    }

    /** The model as a JSON document (ending with a newline). */
    public static String toJson(Model model) {
        return write(JSON, model) + "\n";
    }

    /** Writes YAML, or JSON when the file name ends in {@code .json}. */
    public static void write(Model model, Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String text = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? toJson(model) : toYaml(model);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String write(ObjectMapper mapper, Model model) {
        try {
            return mapper.writeValueAsString(ModelTree.of(model));
        } catch (JsonProcessingException e) {
            // maps of strings, numbers and lists always serialise
            throw new UncheckedIOException(e);
        }
    }
}
