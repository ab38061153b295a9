package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;
import static org.neverout.report.HtmlContext.fact;

import java.util.stream.Collectors;
import org.neverout.engine.EventKind;

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
        html.append("<section id=\"limitations\" class=\"card\"><h2>Limitations</h2><ul class=\"limits\">")
                .append("<li><strong>Order analysed</strong>: every combination of up to ").append(l.order())
                .append(" simultaneous basic failures. ")
                .append(l.orderCoversRequirements() ? "That covers every never-out requirement of the model."
                        : "Requirements above " + l.order() + " (the largest is " + l.largestNeverOut()
                        + ") are unverified, never met.").append("</li>")
                .append("<li><strong>Event kinds left out</strong>: ")
                .append(l.kindsLeftOut().isEmpty() ? "none: every kind of basic event was analysed."
                        : esc(l.kindsLeftOut().stream().map(EventKind::token).collect(Collectors.joining(", ")))
                        + ". Their failures are not in any cut set: a service may fail in ways this report "
                        + "does not show.").append("</li><li><strong>Cut short</strong>: ");
        if (l.cutShort().isEmpty()) {
            html.append("nothing: every enumeration ran to the end.");
        } else {
            html.append("<ul>");
            l.cutShort().forEach(line -> html.append("<li>").append(esc(line)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</li><li><strong>Elements without reliability figures</strong>: ");
        if (l.withoutFigures().isEmpty()) {
            html.append("none: every element has figures of its own or from the model's defaults.");
        } else {
            html.append(esc(l.withoutFigures().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "))))
                    .append(". The availability figures count them as never failing on their own.");
        }
        html.append("</li><li><strong>Not covered by the model</strong>:<ul>");
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
