package org.neverout.report;

import java.util.List;
import java.util.Locale;
import org.neverout.sectors.GroupMatrix;
import org.neverout.sectors.GroupPair;

/**
 * A group x group matrix (sectors or organisations) as an inline SVG heat map: each off-diagonal cell is
 * shaded by how many shared causes reach both groups (white for none, darkest for the most), with the
 * count written in it and the worst cause in its hover title; the diagonal counts the causes reaching the
 * group at all, in grey. No script, no external resources. O(g^2) cells for g groups.
 */
final class SvgHeatMap {
    private static final double CELL = 30;
    private static final double LABEL = 150;
    private static final double TOP = 110;

    private SvgHeatMap() {
    }

    static String of(String id, String title, GroupMatrix matrix) {
        List<String> groups = matrix.groups();
        int n = groups.size();
        int max = Math.max(1, matrix.maxPairCount());
        double width = LABEL + CELL * n + 10;
        double height = TOP + CELL * n + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart heatmap\" viewBox=\"0 0 %.0f %.0f\" "
                + "style=\"max-width:%.0fpx\" role=\"img\" aria-labelledby=\"%s-title\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">", id, width, height, width, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < n; i++) {
            double x = LABEL + i * CELL + CELL / 2;
            svg.append(String.format(Locale.ROOT, "<text class=\"column\" transform=\"translate(%.1f %.1f) rotate(-45)\" "
                    + "style=\"text-anchor:start\">", x, TOP - 6)).append(Html.escape(groups.get(i))).append("</text>");
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
                    LABEL - 6, TOP + i * CELL + CELL / 2 + 4)).append(Html.escape(groups.get(i))).append("</text>");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                GroupPair cell = matrix.cell(groups.get(i), groups.get(j));
                double x = LABEL + j * CELL;
                double y = TOP + i * CELL;
                String fill = i == j ? "#e5e7eb" : shade(cell.causes(), max);
                String hover = i == j
                        ? groups.get(i) + ": " + cell.causes() + " shared causes reach it"
                        : groups.get(i) + " x " + groups.get(j) + ": " + cell.causes()
                                + (cell.causes() == 1 ? " cause" : " causes")
                                + (cell.worst() == null ? "" : "; worst " + String.join(" + ", cell.worst().cutSet())
                                        + " (" + cell.worst().kind() + ")");
                svg.append(String.format(Locale.ROOT, "<g class=\"cell\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" "
                        + "width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\"/>", Html.escape(hover), x, y,
                        CELL, CELL, fill));
                if (cell.causes() > 0) {
                    boolean dark = i != j && cell.causes() * 2 > max;
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                            + "style=\"fill:%s\">%d</text>", x + CELL / 2, y + CELL / 2 + 4,
                            dark ? "#ffffff" : "#111827", cell.causes()));
                }
                svg.append("</g>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** White for none, then from light to dark red in proportion to the count. */
    static String shade(int count, int max) {
        if (count == 0) {
            return "#ffffff";
        }
        double t = Math.min(1, (double) count / max);
        int r = (int) Math.round(254 + (165 - 254) * t);
        int g = (int) Math.round(224 + (15 - 224) * t);
        int b = (int) Math.round(210 + (21 - 210) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
