package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neverout.capacity.CapacityRenderer;
import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.CapacityVerdict;
import org.neverout.capacity.LinkUtilisation;
import org.neverout.capacity.ScenarioClass;
import org.neverout.capacity.ScenarioServices;
import org.neverout.model.Model;

/**
 * Capacity under failure, as one card: the map with links coloured by worst-case utilisation, the
 * scenario classes, the {@link CapacityRenderer#TOP_LINKS} worst links with their scenario, the
 * scenarios with unroutable and congested demands (services and users) and the capacity verdicts. The
 * report's section and the body of {@code capacity --format html} ({@link CapacityHtmlWriter}); they
 * differ only in how many scenario rows they list. Reads the result, computes nothing. O(links log links
 * + listed rows).
 */
final class HtmlCapacitySection implements HtmlSection {
    /** Scenario rows the report lists per table (the printed report stays short); the rest are counted. */
    static final int REPORT_ROWS = 3;
    /** Scenario rows the standalone page lists per table. */
    static final int PAGE_ROWS = 25;
    /** Services named per scenario row; the rest are counted. */
    static final int SERVICES_PER_ROW = 12;

    private final Model model;
    private final CapacitySection section;
    private final boolean inReport;
    private final int rows;

    /**
     * @param inReport the report's section (the scenario classes in a sentence, {@link #REPORT_ROWS} rows per
     *                 scenario table), else the standalone page (a classes table, {@link #PAGE_ROWS} rows)
     */
    HtmlCapacitySection(Model model, CapacitySection section, boolean inReport) {
        this.model = model;
        this.section = section;
        this.inReport = inReport;
        this.rows = inReport ? REPORT_ROWS : PAGE_ROWS;
    }

    @Override
    public String id() {
        return "capacity";
    }

    @Override
    public String navLabel() {
        return "Capacity";
    }

    @Override
    public boolean present() {
        return section != null && section.result().demands() > 0;
    }

    @Override
    public void render(StringBuilder html) {
        CapacityResult r = section.result();
        String unit = section.unit();
        html.append("<section id=\"capacity\" class=\"card\"><h2>Capacity under failure</h2>");
        if (!r.complete()) {
            html.append("<p class=\"warning\"><strong>Incomplete:</strong> ").append(esc(r.stopReason()))
                    .append(". The figures cover the first ").append(r.evaluated()).append(" of ").append(r.scenarios())
                    .append(" scenarios only.</p>");
        }
        html.append("<p class=\"lead\">").append(r.demands()).append(r.demands() == 1 ? " demand" : " demands")
                .append(" routed on IGP shortest paths (ECMP per hop) in ").append(r.scenarios())
                .append(" scenarios (").append(esc(r.scenarioSet())).append(" over ")
                .append(esc(r.question().kindTokens())).append("), in ").append(esc(unit)).append('.');
        if (inReport) {
            html.append(' ').append(esc(classesSentence(r)));
        }
        html.append("</p>");
        // on paper two columns: the (tall, narrow) map with the short scenario tables under it, beside the worst
        // links (without their ends and capacity columns) and the verdicts, so the section stays short
        String svg = mapSvg(r);
        if (svg != null) {
            legend(html, r.question().threshold());
        }
        html.append("<div class=\"cap-overview\"><div class=\"cap-map\">")
                .append(svg == null ? "<p>The model gives no coordinates, so no map is drawn.</p>"
                        : "<figure class=\"map-frame\">" + svg + "</figure>");
        scenarios(html, "Unroutable demands", r.unroutable());
        scenarios(html, "Congested demands (a link on a shortest path above 100%)", r.congested());
        html.append("</div><div class=\"cap-facts\">");
        if (!inReport) {
            classes(html, r);
        }
        worstLinks(html, r);
        verdicts(html, r);
        html.append("</div></div>");
        html.append("</section>\n");
    }

    /** The map with links painted by worst-case utilisation, or null when the model has no coordinates. */
    private String mapSvg(CapacityResult r) {
        Map<String, LinkUtilisation> byId = new HashMap<>();
        r.links().forEach(l -> byId.put(l.id(), l));
        double threshold = r.question().threshold();
        return new NetworkMap(model, link -> paint(byId.get(link.id()), threshold), "capacity-map",
                "Worst-case link utilisation of ").svg();
    }

    private static void legend(StringBuilder html, double threshold) {
        String t = CapacityRenderer.percent(threshold);
        html.append("<p class=\"note\">Map: <span class=\"key cap-ok\"></span> below 50% &nbsp; <span class=\"key "
                        + "cap-mid\"></span> up to ").append(t).append(" &nbsp; <span class=\"key cap-high\"></span> above ")
                .append(t).append(" &nbsp; <span class=\"key cap-over\"></span> above 100% &nbsp; "
                        + "<span class=\"key cap-none\"></span> no capacity; worst case over the scenarios<span "
                        + "class=\"hover\">, hover for details</span>.</p>");
    }

    private static void classes(StringBuilder html, CapacityResult r) {
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Class</th>"
                + "<th class=\"num\">Scenarios</th><th class=\"num\">Links above ")
                .append(CapacityRenderer.percent(r.question().threshold()))
                .append("</th><th class=\"num\">Links above 100%</th></tr></thead><tbody>");
        for (ScenarioClass c : r.classes()) {
            t.append("<tr><td>").append(c.name()).append("</td><td class=\"num\">").append(c.scenarios())
                    .append("</td><td class=\"num\">").append(c.linksAboveThreshold()).append("</td><td class=\"num\">")
                    .append(c.linksAboveCapacity()).append("</td></tr>");
        }
        html.append("<h3>Scenario classes</h3>").append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
    }

    /** "Links above 80.0%: 0 with no failure and 2 in n-1; above 100%: 0 and 1." */
    static String classesSentence(CapacityResult r) {
        StringBuilder above = new StringBuilder("Links above ").append(CapacityRenderer.percent(r.question().threshold()))
                .append(": ");
        StringBuilder over = new StringBuilder("; above 100%: ");
        for (int i = 0; i < r.classes().size(); i++) {
            ScenarioClass c = r.classes().get(i);
            String sep = i == 0 ? "" : i == r.classes().size() - 1 ? " and " : ", ";
            above.append(sep).append(c.linksAboveThreshold()).append(c.failures() == 0 ? " with no failure"
                    : " in " + c.name());
            over.append(sep).append(c.linksAboveCapacity());
        }
        return above.append(over).append('.').toString();
    }

    private static void worstLinks(StringBuilder html, CapacityResult r) {
        List<LinkUtilisation> worst = CapacityRenderer.worstLinks(r);
        html.append("<h3>Worst links</h3>");
        if (worst.isEmpty()) {
            html.append("<p>No link has a capacity_gbps, so no utilisation can be computed.</p>");
            return;
        }
        StringBuilder t = new StringBuilder("<table class=\"grid compact worst-links\"><thead><tr><th>Link</th><th>Ends</th>"
                + "<th class=\"num\">Capacity</th><th class=\"num\">Base</th><th class=\"num\">Worst</th>"
                + "<th>First scenario reaching it</th></tr></thead><tbody>");
        for (LinkUtilisation l : worst.subList(0, Math.min(CapacityRenderer.TOP_LINKS, worst.size()))) {
            t.append("<tr><td><code>").append(esc(l.id())).append("</code></td><td>").append(esc(l.a()))
                    .append(" &ndash; ").append(esc(l.b())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.4g", l.capacityGbps())).append("</td><td class=\"num\">")
                    .append(CapacityRenderer.percent(l.baseUtilisation())).append("</td><td class=\"num\">")
                    .append(CapacityRenderer.percent(l.worstUtilisation())).append("</td><td>")
                    .append(esc(CapacityRenderer.scenario(l.worstScenario()))).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (worst.size() > CapacityRenderer.TOP_LINKS) {
            html.append("<p class=\"note more\">").append(worst.size() - CapacityRenderer.TOP_LINKS)
                    .append(" more links in <code>neverout capacity</code>.</p>");
        }
    }

    private void scenarios(StringBuilder html, String title, List<ScenarioServices> list) {
        if (list.isEmpty()) {
            html.append("<p><strong>").append(esc(title)).append("</strong>: none in any evaluated scenario.</p>");
            return;
        }
        html.append("<h3>").append(esc(title)).append("</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Scenario</th><th>Services</th>"
                + "<th class=\"num\">Users</th></tr></thead><tbody>");
        for (ScenarioServices s : list.subList(0, Math.min(rows, list.size()))) {
            List<String> shown = s.services().subList(0, Math.min(SERVICES_PER_ROW, s.services().size()));
            t.append("<tr><td>").append(esc(CapacityRenderer.scenario(s.scenario()))).append("</td><td>")
                    .append(esc(String.join(", ", shown)))
                    .append(shown.size() < s.services().size() ? " and " + (s.services().size() - shown.size()) + " more" : "")
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", s.users()))
                    .append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (list.size() > rows) {
            html.append("<p class=\"note\">").append(list.size() - rows)
                    .append(" more scenarios in <code>neverout capacity --format json</code>.</p>");
        }
    }

    private static void verdicts(StringBuilder html, CapacityResult r) {
        if (r.verdicts().isEmpty()) {
            return;
        }
        StringBuilder v = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                + "<th class=\"num\">never_out</th><th>Verdict</th><th>Why</th></tr></thead><tbody>");
        for (CapacityVerdict c : r.verdicts()) {
            v.append("<tr><td><code>").append(esc(c.service())).append("</code></td><td class=\"num\">")
                    .append(c.neverOut()).append("</td><td>").append(c.status().token()).append("</td><td>")
                    .append(esc(why(c))).append("</td></tr>");
        }
        html.append("<h3>Capacity verdicts</h3>").append(HtmlContext.scroll(v.append("</tbody></table>").toString()));
    }

    /** A verdict's reason in words: "congested in L3 + n7", or why it is unverified. */
    static String why(CapacityVerdict c) {
        if (c.scenario() != null) {
            return c.reason() + " in " + CapacityRenderer.scenario(c.scenario());
        }
        return c.reason() == null ? "" : c.reason();
    }

    private static NetworkMap.Paint paint(LinkUtilisation l, double threshold) {
        if (l == null || l.worstUtilisation() == null) {
            return new NetworkMap.Paint(0, "cap-none", "no capacity_gbps");
        }
        double u = l.worstUtilisation();
        String note = "worst " + CapacityRenderer.percent(u) + " in " + CapacityRenderer.scenario(l.worstScenario())
                + " (base " + CapacityRenderer.percent(l.baseUtilisation()) + ")";
        if (u > 1 + 1e-9) {
            return new NetworkMap.Paint(4, "cap-over", note);
        }
        if (u > threshold + 1e-9) {
            return new NetworkMap.Paint(3, "cap-high", note);
        }
        return u >= 0.5 ? new NetworkMap.Paint(2, "cap-mid", note) : new NetworkMap.Paint(1, "cap-ok", note);
    }
}
