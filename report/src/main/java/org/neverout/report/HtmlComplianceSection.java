package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.ArrayList;
import java.util.List;

/** Compliance findings, worst first: connection conditions, physical security, supply chain, duty of care. */
final class HtmlComplianceSection implements HtmlSection {
    private final HtmlContext c;

    HtmlComplianceSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "compliance";
    }

    @Override
    public String navLabel() {
        return "Compliance";
    }

    @Override
    public boolean present() {
        return c.input.compliance() != null;
    }

    @Override
    public void render(StringBuilder html) {
        ComplianceSection section = c.input.compliance();
        html.append("<section id=\"compliance\" class=\"card\"><h2>Compliance</h2><p class=\"lead\">")
                .append(HtmlContext.plural(section.findings().size(), "finding", "findings"));
        if (section.rulesChecked() > 0) {
            html.append(" from ").append(section.rulesChecked()).append(" rules checked");
        }
        html.append(": connection conditions, physical security, supply chain and duty of care.</p>");
        if (!section.findings().isEmpty()) {
            List<RuleFindingRow> sorted = new ArrayList<>(section.findings());
            sorted.sort(ReportFacts.COMPLIANCE_ORDER);
            StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Severity</th>"
                    + "<th>Rule</th><th>Subject</th><th>Finding</th></tr></thead><tbody>");
            for (RuleFindingRow f : sorted) {
                t.append("<tr><td>").append(HtmlContext.severityPill(f.severity())).append("</td><td><code>")
                        .append(esc(f.rule())).append("</code>");
                if (f.title() != null) {
                    t.append("<div class=\"sub\">").append(esc(f.title())).append("</div>");
                }
                t.append("</td><td>").append(esc(f.subject())).append("</td><td>").append(esc(f.message()))
                        .append("</td></tr>");
            }
            html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        }
        html.append("</section>\n");
    }
}
