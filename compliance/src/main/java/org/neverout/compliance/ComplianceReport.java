package org.neverout.compliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neverout.model.Severity;

/**
 * Renders a {@link ComplianceResult} for people ({@link #toText}) and machines ({@link #toJson}).
 *
 * <p>JSON (field names are the contract; more may be added beside them):
 * <pre>{@code
 * { "model": "...", "as_of": "2026-06-01",
 *   "summary": {"findings": 3, "worst": "high", "by_severity": {"critical": 0, "high": 2, "medium": 1, "low": 0}},
 *   "findings": [{"rule": "CC-01", "title": "...", "pack": "connection-conditions", "severity": "high",
 *                 "subject": "police", "subject_kind": "external_party", "kind": "violation",
 *                 "message": "...", "evidence": {"distinct_sites": 1, "params.connection_sites_min": 2}}],
 *   "coverage": [{"measure": "a", "title": "...", "status": "implemented", "evidence": "...",
 *                 "review_date": "2026-01-10", "gap": null, "rules": []}],
 *   "rules": [{"id": "CC-01", "title": "...", "pack": "...", "severity": "high", "applies_to": "external_party",
 *              "subjects": 4, "passed": 3, "failed": 1, "errors": 0}],
 *   "disabled": [{"rule": "PS-04", "title": "...", "pack": "...", "reason": "..."}] }
 * }</pre>
 * Evidence dates are ISO strings; an undeclared fact is {@code null}.
 */
public final class ComplianceReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComplianceReport() {
    }

    /** The result as the JSON document described above, ending in a newline. */
    public static String toJson(ComplianceResult result) {
        try {
            return JSON.writeValueAsString(toTree(result)) + "\n";
        } catch (JsonProcessingException e) {
            // only plain maps, lists, strings, numbers and booleans are written
            throw new IllegalStateException("cannot write compliance JSON", e);
        }
    }

    /** The result as nested maps and lists in the JSON layout, for embedding into other reports. */
    public static Map<String, Object> toTree(ComplianceResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", result.model());
        root.put("as_of", result.asOf().toString());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("findings", result.findings().size());
        summary.put("worst", result.worst().map(Severity::token).orElse(null));
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        Map<Severity, Integer> counts = counts(result.findings());
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            bySeverity.put(s.token(), counts.get(s));
        }
        summary.put("by_severity", bySeverity);
        root.put("summary", summary);
        List<Object> findings = new ArrayList<>();
        for (RuleFinding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("title", f.title());
            m.put("pack", f.pack());
            m.put("severity", f.severity().token());
            m.put("subject", f.subject());
            m.put("subject_kind", f.subjectKind().token());
            m.put("kind", f.kind().token());
            m.put("message", f.message());
            Map<String, Object> evidence = new LinkedHashMap<>();
            f.evidence().forEach((k, v) -> evidence.put(k, plain(v)));
            m.put("evidence", evidence);
            findings.add(m);
        }
        root.put("findings", findings);
        List<Object> coverage = new ArrayList<>();
        for (MeasureCoverage c : result.coverage()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", c.measure());
            m.put("title", c.title());
            m.put("status", c.status());
            m.put("evidence", c.evidence());
            m.put("review_date", c.reviewDate() == null ? null : c.reviewDate().toString());
            m.put("gap", c.gap() == null ? null : c.gap().token());
            m.put("rules", c.rules());
            coverage.add(m);
        }
        root.put("coverage", coverage);
        List<Object> rules = new ArrayList<>();
        for (RuleStats r : result.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.rule());
            m.put("title", r.title());
            m.put("pack", r.pack());
            m.put("severity", r.severity().token());
            m.put("applies_to", r.appliesTo().token());
            m.put("subjects", r.subjects());
            m.put("passed", r.passed());
            m.put("failed", r.failed());
            m.put("errors", r.errors());
            rules.add(m);
        }
        root.put("rules", rules);
        List<Object> disabled = new ArrayList<>();
        for (DisabledRule d : result.disabled()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", d.rule());
            m.put("title", d.title());
            m.put("pack", d.pack());
            m.put("reason", d.reason());
            disabled.add(m);
        }
        root.put("disabled", disabled);
        return root;
    }

    /**
     * The result for people: a summary line, findings grouped by pack (the pack with the worst finding
     * first, worst findings first within it), the duty-of-care coverage matrix, and disabled rules.
     */
    public static String toText(ComplianceResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Compliance of ").append(result.model()).append(" as of ").append(result.asOf()).append(": ");
        if (result.findings().isEmpty()) {
            out.append("no findings");
        } else {
            out.append(result.findings().size()).append(result.findings().size() == 1 ? " finding (" : " findings (");
            Map<Severity, Integer> counts = counts(result.findings());
            List<String> parts = new ArrayList<>();
            for (int i = Severity.values().length - 1; i >= 0; i--) {
                Severity s = Severity.values()[i];
                if (counts.get(s) > 0) {
                    parts.add(counts.get(s) + " " + s.token());
                }
            }
            out.append(String.join(", ", parts)).append(')');
        }
        int subjects = result.rules().stream().mapToInt(RuleStats::subjects).sum();
        out.append("; ").append(result.rules().size()).append(" rules, ").append(subjects).append(" checks\n");

        Map<String, List<RuleFinding>> byPack = new LinkedHashMap<>();
        // findings are sorted worst first, so packs appear in order of their worst finding
        result.findings().forEach(f -> byPack.computeIfAbsent(f.pack(), k -> new ArrayList<>()).add(f));
        int idWidth = width(result.findings().stream().map(RuleFinding::rule).toList(), 5);
        int subjectWidth = Math.min(24, width(result.findings().stream().map(RuleFinding::subject).toList(), 7));
        for (Map.Entry<String, List<RuleFinding>> pack : byPack.entrySet()) {
            out.append('\n').append(pack.getKey()).append('\n');
            for (RuleFinding f : pack.getValue()) {
                out.append("  ").append(pad(f.severity().token().toUpperCase(Locale.ROOT), 8))
                        .append(pad(f.rule(), idWidth + 2))
                        .append(pad(f.subject(), subjectWidth + 2))
                        .append(f.title()).append(": ").append(f.message());
                if (f.kind() == RuleFinding.Kind.RULE_ERROR) {
                    out.append(" [rule error]");
                }
                out.append('\n');
            }
        }

        if (!result.coverage().isEmpty()) {
            out.append("\nduty-of-care coverage (NIS2 article 21(2))\n");
            for (MeasureCoverage c : result.coverage()) {
                out.append("  ").append(pad(c.measure(), 4)).append(pad(c.status(), 13))
                        .append(pad(c.gap() == null ? "ok" : "gap: " + c.gap().token(), 15))
                        .append(c.title() == null ? "" : c.title());
                if (c.reviewDate() != null) {
                    out.append(" (reviewed ").append(c.reviewDate()).append(')');
                }
                out.append('\n');
            }
        }
        if (!result.disabled().isEmpty()) {
            out.append("\ndisabled rules\n");
            for (DisabledRule d : result.disabled()) {
                out.append("  ").append(pad(d.rule(), idWidth + 2)).append(d.title()).append(": ")
                        .append(d.reason() == null || d.reason().isBlank() ? "(no reason given)" : d.reason())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static Map<Severity, Integer> counts(List<RuleFinding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Dates as ISO strings, recursively; everything else as it is. */
    private static Object plain(Object v) {
        if (v instanceof LocalDate d) {
            return d.toString();
        } else if (v instanceof List<?> list) {
            return list.stream().map(ComplianceReport::plain).toList();
        } else if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        return v;
    }

    private static int width(List<String> values, int min) {
        return Math.max(min, values.stream().mapToInt(String::length).max().orElse(0));
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        if (b.length() == s.length()) {
            b.append(' ');
        }
        return b.toString();
    }
}
