package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Single points of failure: events that alone take down a critical service, the most far-reaching first. */
final class HtmlSinglePointsSection implements HtmlSection {
    private final HtmlContext c;

    HtmlSinglePointsSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "single-points";
    }

    @Override
    public String navLabel() {
        return "Single points";
    }

    /** Rows of the table on paper; the screen shows every one. */
    static final int PRINTED_ROWS = 15;

    @Override
    public void render(StringBuilder html) {
        html.append("<section id=\"single-points\" class=\"card\"><h2>Single points of failure</h2>");
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(c.facts.singlePointEvents().entrySet());
        if (entries.isEmpty()) {
            html.append("<p class=\"lead\">No single event takes down a critical service.</p></section>\n");
            return;
        }
        entries.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size()).reversed());
        html.append("<p class=\"lead\">Events that alone take down at least one critical service, the most "
                + "far-reaching first. A service's own intrinsic failure is not held against itself.</p>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Event</th><th>Kind</th>"
                + "<th class=\"num\">Services</th><th>Critical services taken down</th></tr></thead><tbody>");
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, List<String>> e = entries.get(i);
            // the name beside the id, not under it: one line per event where the services fit; on paper the
            // most far-reaching rows only (the report's page budget), the rest on screen and in the JSON
            t.append(i < PRINTED_ROWS ? "<tr>" : "<tr class=\"print-omit\">").append("<td><code>").append(esc(e.getKey())).append("</code>");
            String name = c.labels.name(e.getKey());
            if (name != null) {
                t.append(" <span class=\"sub\">").append(esc(name)).append("</span>");
            }
            t.append("</td><td>").append(esc(c.labels.kind(e.getKey()))).append("</td><td class=\"num\">")
                    .append(e.getValue().size()).append("</td><td>").append(esc(String.join(", ", e.getValue())))
                    .append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (entries.size() > PRINTED_ROWS) {
            int rest = entries.size() - PRINTED_ROWS;
            int most = entries.get(PRINTED_ROWS).getValue().size();
            html.append("<p class=\"note print-only\">").append(rest).append(" more single points, each taking down ")
                    .append(most == 1 ? "one critical service" : "at most " + most + " critical services")
                    .append(", are listed on screen and in the JSON report.</p>");
        }
        html.append("</section>\n");
    }
}
