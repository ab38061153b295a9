package org.neverout.report.diff;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a diff in one format. */
public interface DiffWriter {
    void write(AnalysisDiff diff, Writer out) throws IOException;

    default String render(AnalysisDiff diff) {
        StringWriter out = new StringWriter();
        try {
            write(diff, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
