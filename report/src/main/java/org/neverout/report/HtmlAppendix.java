package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.List;
import org.neverout.engine.NeverOutVerdict;

/**
 * Appendix: every service's minimal cut sets, each in a collapsed block on screen (a link to a service
 * opens it). Left out of print unless asked for ({@code report --appendix}); then every block prints open.
 */
final class HtmlAppendix implements HtmlSection {
    /** Cut sets listed per service; the JSON report has all of them. */
    static final int MAX_CUT_SET_ROWS = 150;

    private final HtmlContext c;

    HtmlAppendix(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "cut-sets";
    }

    @Override
    public String navLabel() {
        return "Appendix";
    }

    @Override
    public void render(StringBuilder html) {
        int order = c.input.analysis().order();
        html.append("<section id=\"cut-sets\" class=\"card appendix").append(c.appendixInPrint ? " print" : "")
                .append("\"><h2>Appendix: minimal cut sets per service</h2><p class=\"lead\">Every minimal set of up to ")
                .append(order).append(" simultaneous basic failures that takes the service down; rows within the "
                        + "never-out requirement are marked. Expand a service to see its list.")
                .append(c.appendixInPrint ? "" : " Not printed (report --appendix prints it).").append("</p>")
                .append(HtmlContext.chipKey());
        for (ServiceVerdict v : c.facts.verdicts()) {
            List<List<String>> sets = v.result().cutSets();
            html.append("<details class=\"service\" id=\"svc-").append(HtmlContext.anchor(v.id()))
                    .append("\"><summary><span class=\"svc-name\">").append(esc(v.id())).append("</span>")
                    .append(HtmlContext.verdictPill(v, false)).append("<span class=\"count\">").append(sets.size())
                    .append(sets.size() == 1 ? " cut set" : " cut sets").append("</span></summary>");
            if (!v.result().complete()) {
                html.append("<p class=\"warning\">Incomplete: ").append(esc(v.result().incompleteReason()))
                        .append("</p>");
            }
            if (sets.isEmpty()) {
                html.append("<p class=\"lead\">No cut set of up to ").append(order).append(" events.</p></details>");
                continue;
            }
            StringBuilder t = new StringBuilder("<table class=\"grid compact cuts\"><thead><tr><th class=\"num\">#"
                    + "</th><th class=\"num\">Size</th><th>Basic events</th><th>Never-out</th></tr></thead><tbody>");
            int n = v.service().neverOut();
            for (int i = 0; i < Math.min(sets.size(), MAX_CUT_SET_ROWS); i++) {
                List<String> cut = sets.get(i);
                boolean violates = n > 0 && cut.size() <= n && !NeverOutVerdict.isOwnEvent(v.id(), cut);
                t.append("<tr").append(violates ? " class=\"violates\"" : "").append("><td class=\"num\">")
                        .append(i + 1).append("</td><td class=\"num\">").append(cut.size()).append("</td><td>")
                        .append(cut.isEmpty() ? "<em>down with no failure</em>" : c.chips(cut)).append("</td><td>")
                        .append(violates ? "<span class=\"pill bad\">violation</span>" : "").append("</td></tr>");
            }
            html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
            if (sets.size() > MAX_CUT_SET_ROWS) {
                html.append("<p class=\"note\">").append(sets.size() - MAX_CUT_SET_ROWS)
                        .append(" more cut sets are listed in the JSON report.</p>");
            }
            html.append("</details>");
        }
        html.append("</section>\n");
    }
}
