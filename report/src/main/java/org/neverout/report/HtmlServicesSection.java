package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.ArrayList;
import java.util.List;
import org.neverout.model.Service;

/** Verdict per service: each service against its never-out requirement, critical services first. */
final class HtmlServicesSection implements HtmlSection {
    private final HtmlContext c;

    HtmlServicesSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "services";
    }

    @Override
    public String navLabel() {
        return "Services";
    }

    @Override
    public void render(StringBuilder html) {
        ReportInput input = c.input;
        html.append("<section id=\"services\" class=\"card\"><h2>Verdict per service</h2>"
                + "<p class=\"lead\">Each service against its never-out requirement: the number of simultaneous "
                + "basic failures it must survive. Critical services first; a service's name opens its cut sets "
                + "in the appendix.</p>");
        StringBuilder t = new StringBuilder("<table class=\"grid\"><thead><tr><th>Service</th><th>Kind</th>"
                + "<th class=\"num\">Never-out</th><th>Verdict</th><th class=\"num\">Single points</th>"
                + "<th class=\"num\">Findings</th><th class=\"num\">Cut sets</th>");
        if (input.control() != null) {
            t.append("<th>Controlled</th><th>Owned</th>");
        }
        if (input.availability() != null) {
            t.append("<th class=\"num\">Downtime/yr</th>");
        }
        t.append("</tr></thead><tbody>");
        List<ServiceVerdict> ordered = new ArrayList<>(c.facts.criticalVerdicts());
        c.facts.verdicts().stream().filter(v -> !ReportFacts.isCritical(v.service())).forEach(ordered::add);
        for (ServiceVerdict v : ordered) {
            Service s = v.service();
            t.append("<tr><td><a href=\"#svc-").append(HtmlContext.anchor(s.id())).append("\">").append(esc(s.id()))
                    .append("</a>");
            if (s.name() != null) {
                t.append("<div class=\"sub\">").append(esc(s.name())).append("</div>");
            }
            t.append("</td><td>").append(esc(s.kind().token()))
                    .append(s.category() == null ? "" : " <span class=\"cat\">cat. " + esc(s.category()) + "</span>")
                    .append("</td><td class=\"num\">").append(s.neverOut() == 0 ? "&ndash;" : s.neverOut())
                    .append("</td><td>").append(HtmlContext.verdictPill(v, true)).append("</td><td class=\"num\">")
                    .append(v.singlePoints()).append("</td><td class=\"num\">").append(v.violations().size())
                    .append("</td><td class=\"num\">").append(v.result().cutSets().size())
                    .append(v.result().complete() ? "" : "+").append("</td>");
            if (input.control() != null) {
                ServiceControlRow sc = input.control().service(s.id());
                t.append("<td>").append(sc == null ? "&ndash;" : sc.controlled()
                        ? "<span class=\"pill good\">defence</span>"
                        : "<span class=\"pill bad\" title=\"needs " + esc(String.join(", ", sc.needs())) + "\">"
                        + "needs suppliers</span>").append("</td>");
                t.append("<td>").append(sc == null ? "&ndash;" : sc.owned()
                        ? "<span class=\"pill good\">defence</span>"
                        : "<span class=\"pill bad\">supplier-owned</span>").append("</td>");
            }
            if (input.availability() != null) {
                ServiceAvailabilityRow a = input.availability().service(s.id());
                t.append("<td class=\"num\">").append(a == null ? "&ndash;"
                        : esc(org.neverout.engine.Figures.minutes(a.downtimeMinPerYear()))).append("</td>");
            }
            t.append("</tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString())).append("</section>\n");
    }
}
