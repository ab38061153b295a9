package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import org.neverout.engine.Figures;

/**
 * Availability per service against its target (figures to three significant digits, {@link Figures}; the
 * verdict on the reported interval and what decided it), and the crown jewels ranked by impact-weighted
 * importance, the weighting said in the legend.
 */
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
                + "</th><th class=\"num\">Target</th><th>Verdict</th><th>Method</th><th>Decided by</th></tr></thead>"
                + "<tbody>");
        for (ServiceAvailabilityRow s : a.services()) {
            t.append("<tr><td>").append(esc(s.id())).append("</td><td class=\"num\">")
                    .append(esc(Figures.availabilityPercent(s.unavailability()))).append("</td><td class=\"num\">")
                    .append(s.lower() == null || s.upper() == null || s.lower().equals(s.upper()) ? "&ndash;"
                            : esc(Figures.availabilityRange(s.lower(), s.upper())))
                    .append("</td><td class=\"num\">").append(esc(Figures.minutes(s.downtimeMinPerYear())))
                    .append("</td><td class=\"num\">")
                    .append(s.target() == null ? "&ndash;" : esc(Figures.targetPercent(s.target())))
                    .append("</td><td>").append(HtmlContext.targetPill(s.verdict())).append("</td><td>")
                    .append(esc(s.method())).append("</td><td>")
                    .append(s.decidedBy() == null ? "&ndash;" : esc(s.decidedBy())).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        html.append("<p class=\"note\">Figures to three significant digits (the JSON report keeps full precision). "
                + "Verdict on the reported interval of availability: <span class=\"pill good\">met</span> when its "
                + "lower end reaches the target, <span class=\"pill bad\">not met</span> when its upper end falls "
                + "short, <span class=\"pill warn\">undecided</span> when the target lies inside, "
                + "<span class=\"pill neutral\">no target</span> without one.</p>");
        if (!a.crownJewels().isEmpty()) {
            html.append("<h3>Crown jewels</h3><p class=\"lead\">Basic events ranked by importance, each service "
                    + "weighted by its impact: ").append(esc(a.weighting())).append(".</p>");
            StringBuilder j = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Event</th><th>Kind</th>"
                    + "<th class=\"num\">Birnbaum</th><th class=\"num\">Fussell&ndash;Vesely</th>"
                    + "<th class=\"num\">RAW</th></tr></thead><tbody>");
            for (CrownJewel jewel : a.crownJewels().subList(0, Math.min(JEWELS, a.crownJewels().size()))) {
                j.append("<tr><td><code>").append(esc(jewel.event())).append("</code></td><td>")
                        .append(esc(c.labels.kind(jewel.event()))).append("</td><td class=\"num\">")
                        .append(esc(Figures.number(jewel.birnbaum()))).append("</td><td class=\"num\">")
                        .append(esc(Figures.number(jewel.fussellVesely()))).append("</td><td class=\"num\">")
                        .append(esc(Figures.number(jewel.raw()))).append("</td></tr>");
            }
            html.append(HtmlContext.scroll(j.append("</tbody></table>").toString()));
        }
        html.append("</section>\n");
    }
}
