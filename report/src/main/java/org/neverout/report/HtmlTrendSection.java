package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.List;
import java.util.Locale;
import org.neverout.engine.Figures;

/**
 * Right after the decision page, the trend in detail: the chart over every recorded period (plus "now" when
 * this run is not recorded), the root causes added and removed since the previous period, and each
 * service's availability then and now. Present when the report was made against a history store.
 */
final class HtmlTrendSection implements HtmlSection {
    /** Root causes listed per side; the rest are counted (the JSON report lists them all). */
    static final int CAUSES_LISTED = 8;

    private final HtmlContext c;

    HtmlTrendSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "trend-details";
    }

    @Override
    public String navLabel() {
        return "Trend";
    }

    @Override
    public boolean present() {
        return c.input.previous() != null || c.input.periods() != null;
    }

    @Override
    public void render(StringBuilder html) {
        html.append("<section id=\"trend-details\" class=\"card\"><h2>Trend</h2>");
        PreviousRun previous = c.input.previous();
        if (c.input.periods() != null) {
            chart(html);
        }
        if (previous == null) {
            html.append("<p class=\"lead trend-none\">No previous period recorded in the history store: nothing to "
                    + "compare with yet.</p></section>\n");
            return;
        }
        html.append("<p class=\"note\">Compared with <strong>").append(esc(previous.label()))
                .append("</strong>, recorded ").append(HtmlContext.GENERATED.format(previous.recordedAt()))
                .append(", ledger hash <code>").append(esc(previous.hash() == null ? "not recorded" : previous.hash()))
                .append("</code>.</p>");
        rootCauses(html, RootCauseTrend.of(previous, c.input.findings()));
        availability(html, AvailabilityTrend.of(previous, c.input.availability()));
        html.append("</section>\n");
    }

    private void chart(StringBuilder html) {
        List<PeriodSeries.Period> points = c.input.periods().points(c.input, c.facts);
        html.append("<h3>Every recorded period</h3>");
        if (points.size() < 2) {
            html.append("<p class=\"note\">One period only (").append(esc(points.get(0).label()))
                    .append("): the chart starts with the next recorded period.</p>");
            return;
        }
        html.append(SvgTrendChart.render(points)).append("<p class=\"note\">").append(points.size())
                .append(" periods, oldest first").append(c.input.periods().nowRecorded() ? " (the last is this run)"
                        : ", then this report (not recorded)").append(".</p>");
    }

    private void rootCauses(StringBuilder html, RootCauseTrend t) {
        html.append("<h3 id=\"trend-root-causes\">Root causes added and removed</h3>");
        if (t == null) {
            html.append("<p class=\"note\">The previous period did not record its root causes.</p>");
            return;
        }
        html.append(String.format(Locale.ROOT, "<p class=\"note\">%d root cause%s then, %d now: <strong>%d added"
                + "</strong>, <strong>%d removed</strong>.</p>", t.then(), t.then() == 1 ? "" : "s", t.now(),
                t.added().size(), t.removed().size()));
        list(html, "Added", "added", t.added());
        list(html, "Removed", "removed", t.removed());
    }

    private void list(StringBuilder html, String title, String cls, List<List<String>> causes) {
        if (causes.isEmpty()) {
            return;
        }
        html.append("<p class=\"note\"><strong>").append(title).append("</strong></p><ul class=\"trend-lists ")
                .append(cls).append("\">");
        for (List<String> cut : causes.subList(0, Math.min(CAUSES_LISTED, causes.size()))) {
            html.append("<li>").append(cut.isEmpty() ? "<em>down with no failure</em>" : c.chips(cut)).append("</li>");
        }
        html.append("</ul>");
        if (causes.size() > CAUSES_LISTED) {
            html.append("<p class=\"note\">and ").append(causes.size() - CAUSES_LISTED)
                    .append(" more (the JSON and Markdown reports list them all).</p>");
        }
    }

    private static void availability(StringBuilder html, AvailabilityTrend t) {
        html.append("<h3 id=\"trend-availability\">Availability then and now</h3>");
        if (t.empty()) {
            html.append("<p class=\"note\">Availability not recorded then or now.</p>");
            return;
        }
        StringBuilder table = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                + "<th class=\"num\">Then</th><th class=\"num\">Now</th><th>Change</th></tr></thead><tbody>");
        for (AvailabilityTrend.Row r : t.rows()) {
            table.append("<tr><td>").append(esc(r.service())).append("</td><td class=\"num\">")
                    .append(r.then() == null ? "not recorded" : Figures.availabilityPercent(1 - r.then()))
                    .append("</td><td class=\"num\">").append(r.now() == null ? "not recorded"
                            : Figures.availabilityPercent(1 - r.now())).append("</td><td>").append(change(r)).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(table.append("</tbody></table>").toString()));
    }

    /** Up, down or unchanged, at the precision the table shows. */
    static String change(AvailabilityTrend.Row r) {
        if (r.then() == null || r.now() == null) {
            return "&ndash;";
        }
        String then = Figures.availabilityPercent(1 - r.then());
        String now = Figures.availabilityPercent(1 - r.now());
        if (then.equals(now)) {
            return PeriodTrend.Direction.SAME.arrow() + " same";
        }
        return r.now() > r.then() ? PeriodTrend.Direction.BETTER.arrow() + " better"
                : PeriodTrend.Direction.WORSE.arrow() + " worse";
    }
}
