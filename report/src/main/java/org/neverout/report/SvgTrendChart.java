package org.neverout.report;

import java.util.List;
import java.util.Locale;
import org.neverout.engine.Figures;

/**
 * The trend chart as inline SVG (no script, print-friendly): one column per period, oldest first, the
 * services violated, unverified and meeting their never-out requirement stacked, and the worst availability
 * as a point per period on its own scale, joined by a line. Every period is one {@code g.period}; its point
 * is a {@code circle.worst} when the period has an availability figure. Cost: O(P) for P periods.
 */
final class SvgTrendChart {
    private static final double WIDTH = 760;
    private static final double LEFT = 44;
    private static final double RIGHT = 64;
    private static final double TOP = 34;
    private static final double PLOT = 150;
    private static final double BOTTOM = 40;
    /** Period labels are cut to this many characters under their column. */
    private static final int LABEL_CHARS = 12;

    private SvgTrendChart() {
    }

    static String render(List<PeriodSeries.Period> periods) {
        int max = 1;
        double minA = Double.POSITIVE_INFINITY;
        double maxA = Double.NEGATIVE_INFINITY;
        for (PeriodSeries.Period p : periods) {
            max = Math.max(max, p.violated() + p.unverified() + p.meeting());
            if (p.worstAvailability() != null) {
                minA = Math.min(minA, p.worstAvailability());
                maxA = Math.max(maxA, p.worstAvailability());
            }
        }
        // the availability scale spans the figures shown (a flat series sits mid-height), not 0 to 100 %
        double span = maxA - minA;
        double lowA = Math.max(0.0, span > 0 ? minA - span * 0.1 : minA - Math.max(1e-6, (1 - minA) * 0.5));
        double highA = Math.min(1.0, span > 0 ? maxA + span * 0.1 : maxA + Math.max(1e-6, (1 - maxA) * 0.5));
        if (highA <= lowA) {
            highA = lowA + 1e-9; // every figure 100 %: a flat line at the top, not a division by zero
        }
        double height = TOP + PLOT + BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double column = plotWidth / periods.size();
        double barWidth = Math.min(46, column * 0.6);
        int labelEvery = (int) Math.ceil(periods.size() / (plotWidth / 70));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"chart-trend\" class=\"chart trend-chart\" viewBox=\"0 0 "
                + "%.0f %.0f\" role=\"img\" aria-labelledby=\"chart-trend-title\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, height));
        svg.append("<title id=\"chart-trend-title\">Services violated, unverified and meeting never-out per period, "
                + "and the worst availability</title>");
        svg.append("<g class=\"legend\"><rect class=\"bar violated\" x=\"44\" y=\"8\" width=\"12\" height=\"12\"/>"
                + "<text x=\"61\" y=\"18\">violated</text><rect class=\"bar unverified\" x=\"130\" y=\"8\" width=\"12\" "
                + "height=\"12\"/><text x=\"147\" y=\"18\">unverified</text><rect class=\"bar meeting\" x=\"230\" y=\"8\" "
                + "width=\"12\" height=\"12\"/><text x=\"247\" y=\"18\">meeting</text><line class=\"worst-line\" "
                + "x1=\"320\" y1=\"14\" x2=\"344\" y2=\"14\"/><circle class=\"worst key\" cx=\"332\" cy=\"14\" r=\"3.5\"/>"
                + "<text x=\"350\" y=\"18\">worst availability (right scale)</text></g>");
        // axes: services on the left, availability on the right
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                LEFT, TOP + PLOT, WIDTH - RIGHT, TOP + PLOT));
        svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">%d</text>"
                + "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">0</text>", LEFT - 6, TOP + 4, max, LEFT - 6, TOP + PLOT));
        if (maxA >= minA) {
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>"
                    + "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>", WIDTH - RIGHT + 6, TOP + 4,
                    percent(highA), WIDTH - RIGHT + 6, TOP + PLOT, percent(lowA)));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            PeriodSeries.Period p = periods.get(i);
            double cx = LEFT + column * (i + 0.5);
            svg.append("<g class=\"period").append(p.unrecorded() ? " now" : "").append("\"><title>")
                    .append(Html.escape(describe(p))).append("</title>");
            double y = TOP + PLOT;
            y = stack(svg, "violated", p.violated(), max, cx - barWidth / 2, barWidth, y);
            y = stack(svg, "unverified", p.unverified(), max, cx - barWidth / 2, barWidth, y);
            stack(svg, "meeting", p.meeting(), max, cx - barWidth / 2, barWidth, y);
            if (p.worstAvailability() != null) {
                double py = TOP + PLOT - PLOT * (p.worstAvailability() - lowA) / (highA - lowA);
                svg.append(String.format(Locale.ROOT, "<circle class=\"worst\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>",
                        cx, py));
                line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", cx, py));
            }
            if (i % labelEvery == 0 || i == periods.size() - 1) {
                svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">", cx,
                        TOP + PLOT + 14)).append(Html.escape(shortLabel(p.label()))).append("</text>")
                        .append(String.format(Locale.ROOT, "<text class=\"tick sub\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                                cx, TOP + PLOT + 27, p.asOf()));
            }
            svg.append("</g>");
        }
        if (line.length() > 0) {
            svg.append("<path class=\"worst-line\" d=\"").append(line).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double stack(StringBuilder svg, String cls, int count, int max, double x, double w, double bottom) {
        if (count == 0) {
            return bottom;
        }
        double h = PLOT * count / max;
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                + "height=\"%.1f\"/>", cls, x, bottom - h, w, h));
        return bottom - h;
    }

    /** The hover text of a period: everything the column shows, in words. */
    static String describe(PeriodSeries.Period p) {
        String when = p.unrecorded() ? "this report, not recorded"
                : "recorded " + HtmlContext.GENERATED.format(p.recordedAt());
        return String.format(Locale.ROOT, "%s (as of %s, %s): %d violated, %d unverified, %d meeting; worst "
                + "availability %s", p.label(), p.asOf(), when, p.violated(), p.unverified(), p.meeting(),
                p.worstAvailability() == null ? "not recorded"
                        : Figures.availabilityPercent(1 - p.worstAvailability()) + " (" + p.worstService() + ")");
    }

    private static String shortLabel(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "\u2026";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.4f %%", fraction * 100);
    }
}
