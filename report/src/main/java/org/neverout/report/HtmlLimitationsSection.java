package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;
import static org.neverout.report.HtmlContext.fact;


/**
 * Limitations (what the report cannot vouch for: {@link Limitations}) and the sign-off block: analyst,
 * date, model SHA-256 and the ledger hash of this run when the history store recorded it, with lines to
 * sign on paper.
 */
final class HtmlLimitationsSection implements HtmlSection {
    private final HtmlContext c;

    HtmlLimitationsSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "limitations";
    }

    @Override
    public String navLabel() {
        return "Limitations";
    }

    @Override
    public void render(StringBuilder html) {
        Limitations l = Limitations.of(c.input);
        html.append("<section id=\"limitations\" class=\"card\"><h2>Limitations</h2><ul class=\"limits\">");
        for (Limitations.Statement st : l.statements()) {
            html.append("<li><strong>").append(esc(st.title())).append("</strong>: ").append(esc(st.text()))
                    .append("</li>");
        }
        html.append("<li><strong>Not covered by the model</strong>:<ul>");
        l.notCovered().forEach(line -> html.append("<li>").append(esc(line)).append("</li>"));
        html.append("</ul></li></ul></section>\n");
        signOff(html);
    }

    private void signOff(StringBuilder html) {
        ReportMeta meta = c.input.meta();
        String sha = c.model.source().sha256();
        html.append("<section id=\"sign-off\" class=\"card sign-off\"><h2>Sign-off</h2><dl class=\"facts\">")
                .append(fact("Analyst", meta.analyst() == null || meta.analyst().isBlank() ? "not named"
                        : meta.analyst()))
                .append(fact("Date", meta.asOf() + " (as of); generated "
                        + HtmlContext.GENERATED.format(meta.generatedAt())))
                .append(fact("Model SHA-256", sha == null ? "not recorded" : sha))
                .append(fact("Ledger hash", meta.ledgerHash() == null ? "not recorded" : meta.ledgerHash()))
                .append("</dl><div class=\"signatures\"><div class=\"signature\">Analyst</div>"
                        + "<div class=\"signature\">Approved (CIO)</div></div></section>\n");
    }
}
