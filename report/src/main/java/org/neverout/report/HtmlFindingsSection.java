package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.List;

/**
 * Worst findings: the most severe findings through one ordering for every format (root causes in the
 * contract's order, unverified requirements, control and compliance), one line each.
 */
final class HtmlFindingsSection implements HtmlSection {
    /** Findings listed; the JSON and SARIF reports have all of them. */
    static final int SHOWN = 15;

    private final HtmlContext c;

    HtmlFindingsSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String navLabel() {
        return "Findings";
    }

    @Override
    public void render(StringBuilder html) {
        List<Violation> all = c.facts.mostSevereFindings();
        html.append("<section id=\"findings\" class=\"card\"><h2>Worst findings</h2>");
        if (all.isEmpty()) {
            html.append("<p class=\"lead\">No findings.</p></section>\n");
            return;
        }
        int shown = Math.min(SHOWN, all.size());
        html.append("<p class=\"lead\">The ").append(shown).append(" most severe of ").append(all.size())
                .append(" findings: root causes first (fewest failures, most vital services, most users), "
                        + "one line each with every service it takes down. Rule ids as in the SARIF report.</p>")
                .append(HtmlContext.chipKey());
        StringBuilder t = new StringBuilder("<table class=\"grid\"><thead><tr><th>Severity</th><th>Rule</th>"
                + "<th>Subject</th><th>Finding</th></tr></thead><tbody>");
        for (int i = 0; i < shown; i++) {
            Violation v = all.get(i);
            t.append("<tr><td>").append(HtmlContext.severityPill(v.severity())).append("</td><td><code>")
                    .append(esc(v.rule())).append("</code></td><td>").append(esc(c.facts.subjectOf(i, v)))
                    .append("</td><td>");
            if (!v.cutSet().isEmpty()) {
                t.append(c.chips(v.cutSet())).append("<div class=\"sub\">").append(esc(v.message())).append("</div>");
            } else {
                t.append(esc(v.message()));
            }
            t.append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (all.size() > shown) {
            html.append("<p class=\"note\">").append(all.size() - shown)
                    .append(" more findings are listed in the JSON and SARIF reports.</p>");
        }
        html.append("</section>\n");
    }
}
