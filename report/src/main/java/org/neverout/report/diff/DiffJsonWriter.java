package org.neverout.report.diff;

import org.neverout.engine.ProfileChange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.report.Violation;

/**
 * The diff as JSON: {@code old_model}, {@code new_model}, {@code order}, {@code verdict},
 * {@code services[]} with {@code id}, {@code change}, {@code added}, {@code removed} (lists of cut sets),
 * {@code up_before/after}, {@code verdict_before/after}, {@code violations_before/after},
 * {@code controlled_before/after}, {@code downtime_min_per_year_before/after} (when known),
 * {@code complete}, {@code summary}; {@code services_added}, {@code services_removed};
 * {@code regressions[]} exactly as MODEL.md 1.1 ("Diff: what got worse": {@code service}, {@code before},
 * {@code after}, sorted by service id) with {@code size} (the smallest size that changed) and
 * {@code complete} beside, {@code improvements[]} in the same form; {@code unverified[]} (the NEW
 * model's unverified verdicts: {@code service}, {@code never_out}, {@code reason});
 * {@code regression_check_cut_short[]} (services whose profiles a limit truncated, by id);
 * {@code new_violations[]} and {@code resolved_violations[]}. Verdicts are MODEL.md 1.1's words
 * ({@code meets}, {@code violated}, {@code unverified}, {@code none}).
 */
public final class DiffJsonWriter implements DiffWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(AnalysisDiff diff, Writer out) throws IOException {
        MAPPER.writeValue(out, toJson(diff));
        out.write('\n');
    }

    public ObjectNode toJson(AnalysisDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old_model", diff.oldModel());
        root.put("new_model", diff.newModel());
        root.put("order", diff.order());
        root.put("verdict", diff.verdict());
        ArrayNode services = root.putArray("services");
        for (ServiceDiff s : diff.services()) {
            ObjectNode node = services.addObject();
            node.put("id", s.id());
            node.put("change", s.change().token());
            node.put("complete", s.complete());
            putIf(node, "up_before", s.upBefore());
            putIf(node, "up_after", s.upAfter());
            if (s.verdictBefore() != null) {
                node.put("verdict_before", s.verdictBefore().status().token());
            }
            if (s.verdictAfter() != null) {
                node.put("verdict_after", s.verdictAfter().status().token());
            }
            if (s.violationsBefore() != null) {
                node.put("violations_before", s.violationsBefore());
            }
            if (s.violationsAfter() != null) {
                node.put("violations_after", s.violationsAfter());
            }
            putIf(node, "controlled_before", s.controlledBefore());
            putIf(node, "controlled_after", s.controlledAfter());
            if (s.downtimeBefore() != null) {
                node.put("downtime_min_per_year_before", s.downtimeBefore());
            }
            if (s.downtimeAfter() != null) {
                node.put("downtime_min_per_year_after", s.downtimeAfter());
            }
            sets(node.putArray("added"), s.added());
            sets(node.putArray("removed"), s.removed());
            node.put("summary", s.summary());
        }
        ArrayNode added = root.putArray("services_added");
        diff.servicesAdded().forEach(added::add);
        ArrayNode removed = root.putArray("services_removed");
        diff.servicesRemoved().forEach(removed::add);
        profiles(root.putArray("regressions"), diff.regressions());
        profiles(root.putArray("improvements"), diff.improvements());
        ArrayNode unverified = root.putArray("unverified");
        for (NeverOutVerdict v : diff.unverified()) {
            unverified.addObject().put("service", v.service()).put("never_out", v.neverOut())
                    .put("reason", DiffWords.verdict(v));
        }
        ArrayNode cutShort = root.putArray("regression_check_cut_short");
        diff.cutShort().forEach(cutShort::add);
        violations(root.putArray("new_violations"), diff.newViolations());
        violations(root.putArray("resolved_violations"), diff.resolvedViolations());
        return root;
    }

    private static void profiles(ArrayNode array, List<ProfileChange> changes) {
        for (ProfileChange c : changes) {
            ObjectNode node = array.addObject();
            node.put("service", c.service());
            ArrayNode before = node.putArray("before");
            c.before().counts().forEach(before::add);
            ArrayNode after = node.putArray("after");
            c.after().counts().forEach(after::add);
            node.put("size", c.size());
            node.put("complete", c.complete());
        }
    }

    private static void putIf(ObjectNode node, String field, Boolean value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void sets(ArrayNode array, List<List<String>> sets) {
        for (List<String> cut : sets) {
            ArrayNode inner = array.addArray();
            cut.forEach(inner::add);
        }
    }

    private static void violations(ArrayNode array, List<Violation> violations) {
        for (Violation v : violations) {
            ObjectNode node = array.addObject();
            node.put("category", v.category().token());
            node.put("rule", v.rule());
            node.put("subject", v.subject());
            ArrayNode cut = node.putArray("cut_set");
            v.cutSet().forEach(cut::add);
            node.put("severity", v.severity().token());
            node.put("message", v.message());
        }
    }
}
