package org.neverout.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a report of one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
    /** Writes the report of {@code input} to {@code out} (not closed). */
    void write(ReportInput input, Writer out) throws IOException;

    /** The report as a string. */
    default String render(ReportInput input) {
        StringWriter out = new StringWriter();
        try {
            write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
