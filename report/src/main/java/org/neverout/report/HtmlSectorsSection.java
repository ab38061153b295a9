package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.neverout.sectors.GroupSummary;
import org.neverout.sectors.GroupView;
import org.neverout.sectors.SectorReport;
import org.neverout.sectors.SectorText;
import org.neverout.sectors.SharedCause;

/**
 * Cross-sector dependencies: the sector x sector heat map, the causes that reach the most sectors, and per
 * organisation whom it shares a cause with. Short on paper: the first {@link #CAUSES} causes and
 * {@link #ORGANISATIONS} organisations, the rest counted. Shown only when the model names sectors.
 */
final class HtmlSectorsSection implements HtmlSection {
    static final int CAUSES = 6;
    static final int ORGANISATIONS = 8;
    private final SectorReport sectors;
    private final Function<List<String>, String> chips;

    HtmlSectorsSection(SectorReport sectors, Function<List<String>, String> chips) {
        this.sectors = sectors;
        this.chips = chips;
    }

    @Override
    public String id() {
        return "sectors";
    }

    @Override
    public String navLabel() {
        return "Sectors";
    }

    @Override
    public boolean present() {
        return sectors != null && sectors.sectorsNamed();
    }

    @Override
    public void render(StringBuilder html) {
        html.append("<section id=\"sectors\" class=\"card\"><h2>Cross-sector dependencies: single causes that reach "
                + "several sectors</h2><p class=\"lead\">").append(esc(SectorText.headline(sectors)))
                .append(" Causes of up to ").append(sectors.order())
                .append(" simultaneous events are counted; a service's own defect is not a shared cause.</p>");
        if (!sectors.complete()) {
            html.append("<p class=\"warning\"><strong>Cut short</strong>: ").append(esc(sectors.incompleteReason()))
                    .append(". Causes may be missing; the counts are lower bounds.</p>");
        }
        GroupView view = sectors.sectors();
        html.append("<div class=\"two\"><div><h3>Causes shared by each pair of sectors</h3>")
                .append(SvgHeatMap.of("heatmap-sectors", "Causes of up to " + sectors.order()
                        + " events shared by each pair of sectors", view.matrix()))
                .append("</div><div><h3>Causes that reach the most sectors</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Cause</th><th>Sectors</th>"
                + "<th class=\"num\">Services</th><th class=\"num\">Users</th></tr></thead><tbody>");
        List<SharedCause> causes = view.causes();
        for (SharedCause c : causes.subList(0, Math.min(CAUSES, causes.size()))) {
            t.append("<tr><td>").append(chips.apply(c.cutSet())).append("<div class=\"sub\">").append(esc(c.kind()))
                    .append("</div></td><td>").append(c.groups().size() == view.groups().size()
                            ? "all " + c.groups().size()
                            : c.groups().size() + "<div class=\"sub\">" + esc(String.join(", ", c.groups())) + "</div>")
                    .append("</td><td class=\"num\">")
                    .append(c.services().size()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", c.users())).append("</td></tr>");
        }
        if (causes.isEmpty()) {
            t.append("<tr><td colspan=\"4\">No single cause of up to ").append(sectors.order())
                    .append(" events reaches two sectors.</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (causes.size() > CAUSES) {
            html.append("<p class=\"note\">").append(causes.size() - CAUSES)
                    .append(" more in <code>neverout sectors</code>.</p>");
        }
        html.append("</div></div>");
        organisations(html);
        html.append("</section>\n");
    }

    /** Per organisation, the others it shares a cause with: what a service owner outside defence is shown. */
    private void organisations(StringBuilder html) {
        GroupView view = sectors.organisations();
        List<GroupSummary> sharing = view.groups().stream()
                .filter(g -> !view.sharingWith(g.group()).isEmpty()).toList();
        html.append("<p class=\"note orgs-print\">").append(esc(printSummary(view, sharing)))
                .append("</p><div class=\"orgs\"><h3>What each organisation shares with whom</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Organisation</th>"
                + "<th>Shares a cause with</th><th class=\"num\">Causes</th><th>Worst</th></tr></thead><tbody>");
        for (GroupSummary g : sharing.subList(0, Math.min(ORGANISATIONS, sharing.size()))) {
            List<SharedCause> reaching = view.reaching(g.group());
            t.append("<tr><td>").append(esc(g.group())).append("<div class=\"sub\">")
                    .append(esc(String.join(", ", g.services()))).append("</div></td><td>")
                    .append(esc(String.join(", ", view.sharingWith(g.group())))).append("</td><td class=\"num\">")
                    .append(reaching.size()).append("</td><td>").append(chips.apply(reaching.get(0).cutSet()))
                    .append("</td></tr>");
        }
        if (sharing.isEmpty()) {
            t.append("<tr><td colspan=\"4\">No organisation shares a cause of up to ").append(sectors.order())
                    .append(" events with another.</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (sharing.size() > ORGANISATIONS) {
            html.append("<p class=\"note\">").append(sharing.size() - ORGANISATIONS)
                    .append(" more in <code>neverout sectors</code>.</p>");
        }
        html.append("</div>");
    }

    /** On paper: how many organisations share a cause, and the one that shares with the most others. */
    static String printSummary(GroupView view, List<GroupSummary> sharing) {
        if (sharing.isEmpty()) {
            return "No organisation shares a cause with another.";
        }
        GroupSummary most = sharing.get(0);
        for (GroupSummary g : sharing) {
            if (view.sharingWith(g.group()).size() > view.sharingWith(most.group()).size()) {
                most = g;
            }
        }
        return "Organisations: " + sharing.size() + " of " + view.groups().size() + " share a cause with another; "
                + most.group() + " shares with the most (" + view.sharingWith(most.group()).size()
                + "). Per organisation in neverout sectors.";
    }
}
