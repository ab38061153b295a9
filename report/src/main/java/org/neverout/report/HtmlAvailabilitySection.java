package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

/** Availability per service against its target, and the crown jewels ranked by importance. */
final class HtmlAvailabilitySection implements HtmlSection {
    /** Crown jewels listed. */
    private static final int JEWELS = 15;

    private final HtmlContext c;

    HtmlAvailabilitySection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "availability";
    }

    @Override
    public String navLabel() {
        return "Availability";
    }

    @Override
    public boolean present() {
        return c.input.availability() != null;
    }

    @Override
    public void render(StringBuilder html) {
        AvailabilitySection a = c.input.availability();
        html.append("<section id=\"availability\" class=\"card\"><h2>Availability</h2>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                + "<th class=\"num\">Availability</th><th class=\"num\">Interval</th><th class=\"num\">Downtime/yr"
                + "</th><th class=\"num\">Target</th><th>Verdict</th><th>Method</th></tr></thead><tbody>");
        for (ServiceAvailabilityRow s : a.services()) {
            t.append("<tr><td>").append(esc(s.id())).append("</td><td class=\"num\">")
                    .append(HtmlContext.percent(s.availability())).append("</td><td class=\"num\">")
                    .append(s.lower() == null || s.upper() == null ? "&ndash;"
                            : HtmlContext.percent(1 - s.upper()) + " &ndash; " + HtmlContext.percent(1 - s.lower()))
                    .append("</td><td class=\"num\">").append(esc(SvgCharts.minutes(s.downtimeMinPerYear())))
                    .append("</td><td class=\"num\">")
                    .append(s.target() == null ? "&ndash;" : HtmlContext.percent(s.target()))
                    .append("</td><td>").append(HtmlContext.targetPill(s.verdict())).append("</td><td>")
                    .append(esc(s.method())).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (!a.crownJewels().isEmpty()) {
            html.append("<h3>Crown jewels</h3><p class=\"lead\">Basic events ranked by importance.</p>");
            StringBuilder j = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Event</th><th>Kind</th>"
                    + "<th class=\"num\">Birnbaum</th><th class=\"num\">Fussell&ndash;Vesely</th>"
                    + "<th class=\"num\">RAW</th></tr></thead><tbody>");
            for (CrownJewel jewel : a.crownJewels().subList(0, Math.min(JEWELS, a.crownJewels().size()))) {
                j.append("<tr><td><code>").append(esc(jewel.event())).append("</code></td><td>")
                        .append(esc(c.labels.kind(jewel.event()))).append("</td><td class=\"num\">")
                        .append(HtmlContext.sci(jewel.birnbaum())).append("</td><td class=\"num\">")
                        .append(HtmlContext.sci(jewel.fussellVesely())).append("</td><td class=\"num\">")
                        .append(HtmlContext.sci(jewel.raw())).append("</td></tr>");
            }
            html.append(HtmlContext.scroll(j.append("</tbody></table>").toString()));
        }
        html.append("</section>\n");
    }
}
