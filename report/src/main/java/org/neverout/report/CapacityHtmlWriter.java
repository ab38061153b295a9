package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * {@code neverout capacity --format html}: one offline page with the report's map, links coloured by
 * worst-case utilisation (the report's styles), the scenario classes, the worst links, unroutable and
 * congested demands and the capacity verdicts. Reads the result, computes nothing. O(links + listed rows).
 */
public final class CapacityHtmlWriter {
    private static final int ROWS = 25;

    private CapacityHtmlWriter() {
    }

    /** The whole page. */
    public static String write(Model model, CapacityResult r, String unit) {
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Capacity under failure: ").append(esc(r.model())).append("</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">Capacity under failure"
                        + "</div><h1>").append(esc(r.model())).append("</h1><div class=\"meta\"><span>Scenarios <strong>")
                .append(esc(r.scenarioSet())).append(" over ").append(esc(r.question().kindTokens()))
                .append("</strong></span><span>Evaluated <strong>").append(r.evaluated()).append(" of ")
                .append(r.scenarios()).append("</strong></span><span>Demands <strong>").append(r.demands())
                .append("</strong></span><span>Unit <strong>").append(esc(unit)).append("</strong></span></div>")
                .append("</div></header>\n<main>\n");
        section(html, model, r, unit);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The capacity section (map, classes, worst links, demands, verdicts) as one card. */
    static void section(StringBuilder html, Model model, CapacityResult r, String unit) {
        html.append("<section id=\"capacity\" class=\"card\"><h2>Capacity under failure</h2>");
        if (!r.complete()) {
            html.append("<p class=\"lead\"><strong>Incomplete:</strong> ").append(esc(r.stopReason()))
                    .append(". The figures cover those scenarios only.</p>");
        }
        html.append("<p class=\"lead\">Every demand routed on IGP shortest paths (ECMP per hop) in ")
                .append(r.scenarios()).append(" scenarios (").append(esc(r.scenarioSet())).append(" over ")
                .append(esc(r.question().kindTokens())).append("). Capacities and demands in ").append(esc(unit))
                .append(".</p>");
        Map<String, LinkUtilisation> byId = new HashMap<>();
        r.links().forEach(l -> byId.put(l.id(), l));
        double threshold = r.question().threshold();
        NetworkMap map = new NetworkMap(model, link -> paint(byId.get(link.id()), threshold));
        String svg = map.svg();
        if (svg != null) {
            html.append("<p><span class=\"key cap-ok\"></span> below 50% &nbsp; <span class=\"key cap-mid\"></span> "
                    + "below ").append(CapacityRenderer.percent(threshold)).append(" &nbsp; <span class=\"key cap-high\">"
                    + "</span> above ").append(CapacityRenderer.percent(threshold))
                    .append(" &nbsp; <span class=\"key cap-over\"></span> above 100% &nbsp; <span class=\"key cap-none\">"
                            + "</span> no capacity. Worst case over the scenarios; hover for details.</p>")
                    .append("<figure class=\"map-frame\">").append(svg).append("</figure>");
        } else {
            html.append("<p>The model gives no coordinates, so no map is drawn.</p>");
        }
        html.append("<h3>Scenario classes</h3><table class=\"grid compact\"><thead><tr><th>Class</th><th>Scenarios</th>"
                + "<th>Links above ").append(CapacityRenderer.percent(threshold)).append("</th><th>Links above 100%</th>"
                + "</tr></thead><tbody>");
        for (ScenarioClass c : r.classes()) {
            html.append("<tr><td>").append(c.name()).append("</td><td>").append(c.scenarios()).append("</td><td>")
                    .append(c.linksAboveThreshold()).append("</td><td>").append(c.linksAboveCapacity()).append("</td></tr>");
        }
        html.append("</tbody></table>");
        List<LinkUtilisation> worst = CapacityRenderer.worstLinks(r);
        html.append("<h3>Worst links</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Link</th><th>Ends</th>"
                + "<th>Capacity</th><th>Base</th><th>Worst</th><th>First scenario reaching it</th></tr></thead><tbody>");
        for (LinkUtilisation l : worst.subList(0, Math.min(CapacityRenderer.TOP_LINKS, worst.size()))) {
            t.append("<tr><td><code>").append(esc(l.id())).append("</code></td><td>").append(esc(l.a()))
                    .append(" &ndash; ").append(esc(l.b())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.4g", l.capacityGbps())).append("</td><td>")
                    .append(CapacityRenderer.percent(l.baseUtilisation())).append("</td><td>")
                    .append(CapacityRenderer.percent(l.worstUtilisation())).append("</td><td>")
                    .append(esc(CapacityRenderer.scenario(l.worstScenario()))).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        scenarios(html, "Unroutable demands", r.unroutable());
        scenarios(html, "Congested demands (a link on a shortest path above 100%)", r.congested());
        if (!r.verdicts().isEmpty()) {
            StringBuilder v = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                    + "<th>never_out</th><th>Verdict</th><th>Why</th></tr></thead><tbody>");
            for (CapacityVerdict c : r.verdicts()) {
                v.append("<tr><td><code>").append(esc(c.service())).append("</code></td><td>").append(c.neverOut())
                        .append("</td><td>").append(c.status().token()).append("</td><td>")
                        .append(c.scenario() == null ? esc(c.reason() == null ? "" : c.reason())
                                : esc(c.reason() + " in " + CapacityRenderer.scenario(c.scenario())))
                        .append("</td></tr>");
            }
            html.append("<h3>Capacity verdicts</h3>").append(HtmlContext.scroll(v.append("</tbody></table>").toString()));
        }
        html.append("</section>\n");
    }

    private static void scenarios(StringBuilder html, String title, List<ScenarioServices> list) {
        html.append("<h3>").append(esc(title)).append("</h3>");
        if (list.isEmpty()) {
            html.append("<p>None.</p>");
            return;
        }
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Scenario</th><th>Services</th>"
                + "<th>Users</th></tr></thead><tbody>");
        for (ScenarioServices s : list.subList(0, Math.min(ROWS, list.size()))) {
            List<String> shown = s.services().subList(0, Math.min(12, s.services().size()));
            t.append("<tr><td>").append(esc(CapacityRenderer.scenario(s.scenario()))).append("</td><td>")
                    .append(esc(String.join(", ", shown)))
                    .append(shown.size() < s.services().size() ? " and " + (s.services().size() - shown.size()) + " more" : "")
                    .append("</td><td>").append(s.users()).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (list.size() > ROWS) {
            html.append("<p>").append(list.size() - ROWS).append(" more scenarios in the JSON output.</p>");
        }
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

    private static String css() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("the report resource report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report resource report.css", e);
        }
    }
}
