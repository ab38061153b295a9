package org.neverout.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code report --redact --format json}: the {@link RedactedReport} as JSON, snake_case, {@code redacted: true};
 * {@code classification} first when the redacted report has its own marking (absent otherwise), optional
 * parts absent when not analysed. O(size of the report).
 */
public final class RedactedJsonWriter {
    private RedactedJsonWriter() {
    }

    public static void write(RedactedReport r, Writer out) throws IOException {
        JsonReportWriter.MAPPER.writeValue(out, toJson(r));
        out.write('\n');
    }

    static ObjectNode toJson(RedactedReport r) {
        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        if (r.marking().isPresent()) {
            root.put("classification", r.marking().marking());
        }
        root.put("redacted", true);
        root.put("title", r.title());
        root.put("as_of", r.asOf().toString());
        root.put("neverout_version", r.toolVersion());
        root.put("order", r.order());
        root.put("complete", r.complete());
        counts(root.putObject("verdicts"), r.verdicts());
        counts(root.putObject("resilience"), r.resilience());
        ArrayNode services = root.putArray("services");
        for (RedactedReport.ServiceRow s : r.services()) {
            ObjectNode n = services.addObject();
            n.put("label", s.label());
            n.put("category", s.category());
            n.put("never_out", s.neverOut());
            n.put("verdict", s.verdict());
            n.put("resilience", s.resilience());
            n.put("availability", s.availability());
            n.put("availability_target", s.target());
            n.put("target_verdict", s.targetVerdict());
        }
        ObjectNode causes = root.putObject("root_causes");
        causes.put("total", r.rootCausesTotal());
        counts(causes.putObject("by_kind"), r.causesByKind());
        ArrayNode worst = causes.putArray("worst");
        for (RedactedReport.CauseRow c : r.rootCauses()) {
            ObjectNode n = worst.addObject();
            n.put("kinds", c.kinds());
            n.put("failures", c.failures());
            n.put("services", c.services());
            n.put("vital", c.vital());
            n.put("users", c.users());
            n.put("severity", c.severity());
        }
        if (r.availability() != null) {
            counts(root.putObject("availability"), r.availability());
        }
        if (r.compliance() != null) {
            ObjectNode compliance = root.putObject("compliance");
            compliance.put("rules_checked", r.rulesChecked());
            ArrayNode packs = compliance.putArray("packs");
            for (RedactedReport.PackRow p : r.compliance()) {
                ObjectNode n = packs.addObject();
                n.put("pack", p.pack());
                n.put("findings", p.findings());
                counts(n.putObject("by_severity"), p.bySeverity());
            }
        }
        if (r.trend() != null) {
            trend(root.putObject("trend"), r.trend());
        }
        return root;
    }

    private static void trend(ObjectNode n, RedactedReport.Trend t) {
        n.put("previous", t.previousLabel());
        n.put("direction", t.direction());
        if (t.rootCausesThen() == null) {
            n.putNull("root_causes_then");
        } else {
            n.put("root_causes_then", t.rootCausesThen());
        }
        n.put("root_causes_now", t.rootCausesNow());
        ArrayNode changes = n.putArray("changes");
        for (RedactedReport.Change c : t.changes()) {
            ObjectNode o = changes.addObject();
            o.put("label", c.label());
            o.put("direction", c.direction());
            o.put("then", c.then());
            o.put("now", c.now());
        }
        ArrayNode periods = n.putArray("periods");
        for (RedactedReport.PeriodRow p : t.periods()) {
            ObjectNode o = periods.addObject();
            o.put("label", p.label());
            o.put("as_of", p.asOf().toString());
            o.put("violated", p.violated());
            o.put("unverified", p.unverified());
            o.put("meeting", p.meeting());
            o.put("worst_availability", p.worstAvailability());
        }
    }

    private static void counts(ObjectNode n, Map<String, Integer> counts) {
        counts.forEach(n::put);
    }
}
