package org.neverout.report;

import java.util.List;
import java.util.Locale;
import org.neverout.engine.Figures;
import org.neverout.engine.TargetVerdict;

/** Bar charts of the report as inline SVG (no script, no external resources). */
final class SvgCharts {
    private static final double WIDTH = 760;
    private static final double LABEL = 190;
    private static final double ROW = 22;
    private static final double TOP = 34;
    private static final String[] SIZE_CLASS = {"s1", "s1", "s2", "s3", "s4"};

    private SvgCharts() {
    }

    /**
     * Minimal cut sets per service, one stacked horizontal bar per service split by cut set size
     * (the empty cut set of a service that is down counts with size 1).
     */
    static String cutSetsBySize(List<ServiceVerdict> verdicts, int order) {
        int max = 1;
        for (ServiceVerdict v : verdicts) {
            max = Math.max(max, v.cutSetsBySize().stream().mapToInt(Integer::intValue).sum());
        }
        double plot = WIDTH - LABEL - 60;
        double height = TOP + ROW * verdicts.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"chart-cutsets\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-labelledby=\"chart-cutsets-title\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, height));
        svg.append("<title id=\"chart-cutsets-title\">Minimal cut sets per service, by size</title>");
        legend(svg, order);
        for (int i = 0; i < verdicts.size(); i++) {
            ServiceVerdict v = verdicts.get(i);
            double y = TOP + i * ROW;
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">", LABEL - 8, y + 14))
                    .append(Html.escape(v.id())).append("</text>");
            double x = LABEL;
            int total = 0;
            for (int size = 0; size < v.cutSetsBySize().size(); size++) {
                int count = v.cutSetsBySize().get(size);
                if (count == 0) {
                    continue;
                }
                total += count;
                double w = plot * count / max;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\"><title>", SIZE_CLASS[Math.min(size, 4)], x, y + 3, Math.max(w, 1.5), ROW - 7))
                        .append(Html.escape(v.id() + ": " + count + (size == 0 ? " (down with no failure)"
                                : " cut set" + (count == 1 ? "" : "s") + " of size " + size)))
                        .append("</title></rect>");
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%d</text>",
                    x + 6, y + 14, total));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Expected downtime per service (minutes per year), with the downtime its target allows as a tick. */
    static String downtime(List<ServiceAvailabilityRow> services) {
        double max = 1e-9;
        for (ServiceAvailabilityRow a : services) {
            max = Math.max(max, a.downtimeMinPerYear());
            if (a.target() != null) {
                max = Math.max(max, allowedMinutes(a.target()));
            }
        }
        double plot = WIDTH - LABEL - 90;
        double height = TOP + ROW * services.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"chart-downtime\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-labelledby=\"chart-downtime-title\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, height));
        svg.append("<title id=\"chart-downtime-title\">Expected downtime per service, minutes per year</title>");
        svg.append("<g class=\"legend\"><rect class=\"bar ok\" x=\"190\" y=\"8\" width=\"12\" height=\"12\"/>"
                + "<text x=\"207\" y=\"18\">meets target</text><rect class=\"bar miss\" x=\"295\" y=\"8\" width=\"12\" "
                + "height=\"12\"/><text x=\"312\" y=\"18\">misses target</text><rect class=\"bar unsure\" x=\"405\" "
                + "y=\"8\" width=\"12\" height=\"12\"/><text x=\"422\" y=\"18\">undecided</text><rect class=\"bar none\" "
                + "x=\"500\" y=\"8\" width=\"12\" height=\"12\"/><text x=\"517\" y=\"18\">no target</text><line "
                + "class=\"target\" x1=\"590\" y1=\"6\" x2=\"590\" y2=\"22\"/><text x=\"597\" y=\"18\">allowed by "
                + "target</text></g>");
        for (int i = 0; i < services.size(); i++) {
            ServiceAvailabilityRow a = services.get(i);
            double y = TOP + i * ROW;
            String cls = a.verdict() == TargetVerdict.NOT_MET ? "miss"
                    : a.verdict() == TargetVerdict.NO_TARGET ? "none" : a.verdict() == TargetVerdict.UNDECIDED ? "unsure" : "ok";
            double w = plot * a.downtimeMinPerYear() / max;
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">", LABEL - 8, y + 14))
                    .append(Html.escape(a.id())).append("</text>");
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"><title>", cls, LABEL, y + 3, Math.max(w, 1.5), ROW - 7))
                    .append(Html.escape(a.id() + ": " + Figures.minutes(a.downtimeMinPerYear()) + "/year ("
                            + a.verdict().token() + ")"))
                    .append("</title></rect>");
            double valueX = LABEL + Math.max(w, 1.5) + 6;
            if (a.target() != null) {
                double tx = LABEL + plot * allowedMinutes(a.target()) / max;
                if (tx >= valueX - 8 && tx <= valueX + 60) {
                    valueX = tx + 6; // keep the figure clear of the target tick
                }
                svg.append(String.format(Locale.ROOT, "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                        + "y2=\"%.1f\"/>", tx, y + 1, tx, y + ROW - 2));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                    valueX, y + 14, Html.escape(Figures.minutes(a.downtimeMinPerYear()))));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Minutes of downtime per year that an availability target allows, over the same 8,760-hour year. */
    static double allowedMinutes(double target) {
        return Figures.downtimeMinutes(1 - target);
    }

    private static void legend(StringBuilder svg, int order) {
        svg.append("<g class=\"legend\">");
        double x = LABEL;
        for (int size = 1; size <= Math.min(order, 4); size++) {
            String text = size == 1 ? "single point (1 event)" : size == 4 && order > 4 ? "4+ events" : size + " events";
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"8\" width=\"12\" height=\"12\"/>"
                    + "<text x=\"%.1f\" y=\"18\">%s</text>", SIZE_CLASS[size], x, x + 17, text));
            x += size == 1 ? 160 : 90;
        }
        svg.append("</g>");
    }
}
