package org.neverout.cli;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON output of the commands: insertion-ordered maps, two-space indentation, newline at the end. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /**
     * A generator that writes exactly as {@link #write} does (the same indentation; maps and lists given to
     * {@code writeObject} serialised by the same mapper), for output streamed field by field. Closing it
     * flushes but leaves {@code out} open.
     */
    static JsonGenerator indentedGenerator(Writer out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(printer());
        return g;
    }

    /** A generator of compact JSON (one value per line for JSON Lines), serialising maps and lists like {@link #write}. */
    static JsonGenerator compactGenerator(Writer out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
        return g;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writer(printer()).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
