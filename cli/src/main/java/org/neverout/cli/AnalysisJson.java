package org.neverout.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.neverout.control.ControlJson;
import org.neverout.control.ControlReport;
import org.neverout.control.ServiceControl;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;

/**
 * The JSON of {@code analyze}: MODEL.md's contract fields first, then what NeverOut adds beside them,
 * streamed field by field (no document tree: a large result is never held twice in memory). The
 * {@code --format jsonl} lines ({@link AnalysisJsonLines}) write their objects with the same methods.
 *
 * <p>Cost: O(output size) time, O(1) memory beyond the result itself.
 */
final class AnalysisJson {
    private final Model model;
    private final CompiledModel compiled;
    private final AnalysisResult result;
    private final Map<String, NeverOutVerdict> verdicts;
    private final List<Finding> findings;
    private final ControlReport control;
    /** Each service's control entry by id (the report lists them in its own order). */
    private final Map<String, ServiceControl> controlById = new HashMap<>();

    AnalysisJson(Model model, CompiledModel compiled, AnalysisResult result, Map<String, NeverOutVerdict> verdicts,
                 List<Finding> findings, ControlReport control) {
        this.model = model;
        this.compiled = compiled;
        this.result = result;
        this.verdicts = verdicts;
        this.findings = findings;
        this.control = control;
        for (ServiceControl c : control.services()) {
            controlById.putIfAbsent(c.id(), c);
        }
    }

    /** Writes the whole document, indented like {@link Json#write}, with a newline at the end. */
    void write(Writer out) throws IOException {
        try (JsonGenerator g = Json.indentedGenerator(out)) {
            g.writeStartObject();
            writeHead(g);
            g.writeArrayFieldStart("services");
            for (ServiceResult s : result.services()) {
                writeService(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                writeFinding(g, f, null);
            }
            g.writeEndArray();
            g.writeFieldName("control");
            g.writeObject(ControlJson.toJson(control));
            writeRun(g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The fields before the services: model, question and whether the enumeration is complete. */
    void writeHead(JsonGenerator g) throws IOException {
        if (model.classification().isPresent()) { // the marking first, as in every JSON output
            g.writeStringField("classification", model.classification().marking());
        }
        g.writeStringField("model", result.model());
        g.writeNumberField("order", result.order());
        g.writeArrayFieldStart("events");
        for (EventKind k : result.kinds().stream().sorted().toList()) {
            g.writeString(k.token());
        }
        g.writeEndArray();
        g.writeNumberField("basic_events", compiled.events().size());
        g.writeBooleanField("complete", result.complete());
        if (!result.complete()) {
            g.writeStringField("incomplete_reason", result.incompleteReason());
        }
    }

    /** One service: its contract fields, its never-out verdict and, when the control report has it, control. */
    void writeService(JsonGenerator g, ServiceResult s) throws IOException {
        writeService(g, s, null);
    }

    /** As {@link #writeService(JsonGenerator, ServiceResult)}, first with a {@code record} field when given. */
    void writeService(JsonGenerator g, ServiceResult s, String record) throws IOException {
        g.writeStartObject();
        if (record != null) {
            g.writeStringField("record", record);
        }
        g.writeStringField("id", s.id());
        g.writeBooleanField("up", s.up());
        g.writeBooleanField("complete", s.complete());
        if (!s.complete()) {
            g.writeStringField("incomplete_reason", s.incompleteReason());
        }
        g.writeArrayFieldStart("cut_sets");
        for (List<String> cut : s.cutSets()) {
            writeStrings(g, cut);
        }
        g.writeEndArray();
        NeverOutVerdict v = verdicts.get(s.id());
        g.writeStringField("verdict", v.status().token());
        writeNullableInt(g, "resilience", v.resilience());
        writeNullableInt(g, "resilience_at_least", v.resilienceAtLeast());
        ServiceControl c = controlById.get(s.id());
        if (c != null) {
            g.writeBooleanField("controlled", c.controlled());
            g.writeBooleanField("owned", c.owned());
        }
        g.writeEndObject();
    }

    /** One finding (one root cause and every service it takes down), first with a {@code record} field when given. */
    static void writeFinding(JsonGenerator g, Finding f, String record) throws IOException {
        g.writeStartObject();
        if (record != null) {
            g.writeStringField("record", record);
        }
        g.writeStringField("kind", f.kind());
        g.writeFieldName("cut_set");
        writeStrings(g, f.cutSet());
        g.writeFieldName("services");
        writeStrings(g, f.services());
        g.writeNumberField("vital", f.vital());
        g.writeNumberField("users", f.users());
        g.writeStringField("severity", f.severity().token());
        g.writeStringField("message", f.message());
        g.writeEndObject();
    }

    /** The run's provenance: model file and hash, scenarios examined, time taken. */
    void writeRun(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("run");
        g.writeStringField("model_file", model.source().file());
        g.writeStringField("model_sha256", model.source().sha256());
        g.writeNumberField("scenarios", result.scenariosEvaluated());
        g.writeNumberField("elapsed_ms", result.elapsed().toMillis());
        g.writeEndObject();
    }

    ControlReport control() {
        return control;
    }

    List<Finding> findings() {
        return findings;
    }

    AnalysisResult result() {
        return result;
    }

    Map<String, NeverOutVerdict> verdicts() {
        return verdicts;
    }

    private static void writeStrings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeNullableInt(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
