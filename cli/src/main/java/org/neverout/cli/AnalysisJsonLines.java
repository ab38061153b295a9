package org.neverout.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.neverout.control.ControlJson;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;

/**
 * {@code analyze --format jsonl}: JSON Lines (one compact JSON object per line) for results too large to
 * read as one document. Every line has a {@code record} field saying what it is:
 * <ol>
 *   <li>{@code header}: the model, question and completeness as in the JSON document, the number of
 *       services and findings, the count of services per never-out verdict, and the run;</li>
 *   <li>{@code service}, one per service in model order: exactly the JSON document's service object;</li>
 *   <li>{@code finding}, one per finding in the contract's order: the document's finding object;</li>
 *   <li>{@code control}: the document's control object.</li>
 * </ol>
 * Streamed line by line with the JSON document's own writers ({@link AnalysisJson}). O(output size).
 */
final class AnalysisJsonLines {
    private final AnalysisJson json;

    AnalysisJsonLines(AnalysisJson json) {
        this.json = json;
    }

    void write(Writer out) throws IOException {
        try (JsonGenerator g = Json.compactGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("record", "header");
            json.writeHead(g);
            g.writeNumberField("services", json.result().services().size());
            g.writeObjectFieldStart("verdicts");
            for (Map.Entry<NeverOutVerdict.Status, Integer> e : verdictCounts().entrySet()) {
                g.writeNumberField(e.getKey().token(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("findings", json.findings().size());
            json.writeRun(g);
            g.writeEndObject();
            g.writeRaw('\n');
            for (ServiceResult s : json.result().services()) {
                json.writeService(g, s, "service");
                g.writeRaw('\n');
            }
            for (Finding f : json.findings()) {
                AnalysisJson.writeFinding(g, f, "finding");
                g.writeRaw('\n');
            }
            g.writeStartObject();
            g.writeStringField("record", "control");
            for (Map.Entry<String, Object> e : ControlJson.toJson(json.control()).entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeObject(e.getValue());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Services per verdict, every verdict listed (zero included) in the contract's order. */
    private Map<NeverOutVerdict.Status, Integer> verdictCounts() {
        Map<NeverOutVerdict.Status, Integer> counts = new EnumMap<>(NeverOutVerdict.Status.class);
        for (NeverOutVerdict.Status st : NeverOutVerdict.Status.values()) {
            counts.put(st, 0);
        }
        for (ServiceResult s : json.result().services()) {
            counts.merge(json.verdicts().get(s.id()).status(), 1, Integer::sum);
        }
        return counts;
    }
}
