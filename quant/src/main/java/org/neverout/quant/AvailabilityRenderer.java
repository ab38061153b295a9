package org.neverout.quant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neverout.engine.Figures;

/**
 * Renders an {@link AvailabilityReport} for machines ({@link #toJson}: insertion-ordered maps and lists for
 * Jackson, every number at full double precision) and people ({@link #toText}: every figure to three
 * significant digits through {@link Figures}). Undefined ratios (RAW when P(down) = 0, an infinite RRW) are
 * JSON null.
 */
public final class AvailabilityRenderer {
    /** Crown jewels shown by {@link #toText}. */
    public static final int TEXT_CROWN_JEWELS = 10;

    private AvailabilityRenderer() {
    }

    /**
     * The JSON document: {@code model}, {@code method} (requested), {@code hours_per_year}, {@code order},
     * {@code seed}, {@code samples}, {@code confidence}, {@code failure_capable_events},
     * {@code services[]} (id, kind, users, unavailability, availability, downtime_min_per_year, method,
     * lower, upper, target, verdict (on the reported interval), verdict_on_bounds, decided_by, undecided_because,
     * confidence_interval when Monte Carlo, importance_basis, importance[], notes), {@code importance[]} (aggregated, with {@code threatens}), {@code importance_scope},
     * {@code notes}.
     */
    public static Map<String, Object> toJson(AvailabilityReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", report.model());
        root.put("method", report.requested().token());
        root.put("hours_per_year", 8760);
        root.put("order", report.order());
        root.put("seed", report.seed());
        root.put("samples", report.samples());
        root.put("confidence", report.confidence());
        root.put("failure_capable_events", report.failureCapableEvents().size());
        root.put("exact_evaluations", report.exactEvaluations());
        List<Object> services = new ArrayList<>();
        for (ServiceAvailability s : report.services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            m.put("users", s.users());
            m.put("unavailability", s.unavailability());
            m.put("availability", s.availability());
            m.put("downtime_min_per_year", s.downtimeMinutesPerYear());
            m.put("method", s.method().token());
            m.put("lower", s.lower());
            m.put("upper", s.upper());
            m.put("target", s.target());
            m.put("verdict", s.verdict().token());
            m.put("verdict_on_bounds", s.verdictOnBounds().token());
            m.put("decided_by", s.decidedBy());
            m.put("undecided_because", s.undecidedBecause());
            if (s.interval() != null) {
                Map<String, Object> ci = new LinkedHashMap<>();
                ci.put("level", s.interval().level());
                ci.put("lower", s.interval().lower());
                ci.put("upper", s.interval().upper());
                ci.put("samples", s.interval().samples());
                ci.put("estimator", s.interval().estimator());
                m.put("confidence_interval", ci);
            }
            m.put("importance_basis", s.importanceBasis());
            m.put("importance", importance(s.importance(), false));
            m.put("notes", s.notes());
            services.add(m);
        }
        root.put("services", services);
        root.put("importance", importance(report.crownJewels(), true));
        root.put("importance_scope", report.importanceScope());
        root.put("notes", report.notes());
        return root;
    }

    private static List<Object> importance(List<ImportanceMeasure> measures, boolean withThreats) {
        List<Object> list = new ArrayList<>();
        for (ImportanceMeasure i : measures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("event", i.event());
            m.put("birnbaum", i.birnbaum());
            m.put("fussell_vesely", i.fussellVesely());
            m.put("raw", i.raw());
            m.put("rrw", i.rrw());
            if (withThreats) {
                m.put("threatens", i.threatens());
            }
            list.add(m);
        }
        return list;
    }

    /** A table of the services, then the top crown jewels and what each one threatens. */
    public static String toText(AvailabilityReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Availability of ").append(report.model()).append(" (method ").append(report.requested().token())
                .append(", ").append(report.failureCapableEvents().size()).append(" failure-capable events");
        if (report.order() > 0) {
            out.append(", cut sets to order ").append(report.order());
        }
        out.append(", 8760 h/yr; figures to 3 significant digits, --format json for full precision)\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SERVICE", "KIND", "METHOD", "UNAVAILABILITY", "INTERVAL [LOWER, UPPER]",
                "DOWNTIME MIN/YR", "AVAILABILITY", "TARGET", "VERDICT", "DECIDED BY"});
        for (ServiceAvailability s : report.services()) {
            rows.add(new String[] {s.id(), s.kind().name().toLowerCase(Locale.ROOT), s.method().token(),
                    Figures.probability(s.unavailability()),
                    s.method() == Method.EXACT ? "(exact)" : "[" + Figures.probability(s.reportedLower()) + ", "
                            + Figures.probability(s.reportedUpper()) + "]" + (s.interval() == null ? "" : " *"),
                    Figures.number(s.downtimeMinutesPerYear()), Figures.availabilityPercent(s.unavailability()),
                    s.target() == null ? "-" : Figures.targetPercent(s.target()), s.verdict().token(),
                    s.decidedBy() == null ? "-" : s.decidedBy()});
        }
        table(out, rows);
        boolean anyInterval = report.services().stream().anyMatch(s -> s.interval() != null);
        if (anyInterval) {
            out.append("  * Monte Carlo confidence interval inside the rigorous bounds:\n");
        }
        for (ServiceAvailability s : report.services()) {
            if (s.interval() != null) {
                out.append(String.format(Locale.ROOT, "    %s: %.0f%% interval from %d samples (%s); bounds [%s, %s]%n",
                        s.id(), s.interval().level() * 100, s.interval().samples(), s.interval().estimator(),
                        Figures.probability(s.lower()), Figures.probability(s.upper())));
            }
        }
        out.append("\nCrown jewels (").append(report.importanceScope()).append("):\n");
        List<ImportanceMeasure> jewels = report.crownJewels();
        if (jewels.isEmpty()) {
            out.append("  none: no failure-capable event affects these services\n");
        }
        List<String[]> top = new ArrayList<>();
        top.add(new String[] {"#", "EVENT", "FUSSELL-VESELY", "RAW", "RRW", "BIRNBAUM", "THREATENS"});
        for (int i = 0; i < Math.min(TEXT_CROWN_JEWELS, jewels.size()); i++) {
            ImportanceMeasure m = jewels.get(i);
            List<String> threats = m.threatens();
            String threatens = String.join(", ", threats.subList(0, Math.min(5, threats.size())))
                    + (threats.size() > 5 ? " and " + (threats.size() - 5) + " more" : "");
            top.add(new String[] {String.valueOf(i + 1), m.event(), Figures.number(m.fussellVesely()), ratio(m.raw()),
                    ratio(m.rrw()), Figures.number(m.birnbaum()), threatens});
        }
        if (!jewels.isEmpty()) {
            table(out, top);
        }
        for (ServiceAvailability s : report.services()) {
            for (String note : s.notes()) {
                out.append("note: ").append(s.id()).append(": ").append(note).append('\n');
            }
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    private static String ratio(Double x) {
        return x == null ? "inf" : Figures.number(x);
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i + 1 < row.length) {
                    line.append(" ".repeat(width[i] - row[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
