package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.neverout.adversary.AttackReport;
import org.neverout.adversary.AttackText;
import org.neverout.adversary.ElementExposure;
import org.neverout.adversary.ServiceAttack;
import org.neverout.adversary.SiteExposure;

/**
 * The adversary view: vital services ranked by how cheap they are to take down, and the places to protect
 * first grouped by site with the site's security facts, weak rooms marked. Short on paper: the first
 * {@link #SERVICES} services and {@link #SITES} sites, the rest counted.
 */
final class HtmlAttackSection implements HtmlSection {
    static final int SERVICES = 8;
    static final int SITES = 6;
    private final AttackReport attack;
    private final Function<List<String>, String> chips;

    HtmlAttackSection(AttackReport attack, Function<List<String>, String> chips) {
        this.attack = attack;
        this.chips = chips;
    }

    @Override
    public String id() {
        return "attack";
    }

    @Override
    public String navLabel() {
        return "Adversary";
    }

    @Override
    public boolean present() {
        return attack != null;
    }

    @Override
    public void render(StringBuilder html) {
        html.append("<section id=\"attack\" class=\"card\"><h2>Adversary view: what a saboteur would hit first</h2>")
                .append("<p class=\"lead\">").append(esc(AttackHeadline.of(attack)))
                .append(" Costs are the effort to take an element out (attack_cost, else the default of its kind); "
                        + "attacks of up to ").append(attack.order()).append(" elements are searched.</p>");
        if (!attack.complete()) {
            html.append("<p class=\"warning\"><strong>Cut short</strong>: ").append(esc(attack.incompleteReason()))
                    .append(". The attacks shown are the cheapest found, none proven.</p>");
        }
        List<ServiceAttack> ranked = attack.vitalRanked();
        html.append("<div class=\"two\"><div><h3>Vital services, cheapest to take down first</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th class=\"num\">Cost</th>"
                + "<th>Service</th><th class=\"num\">Users</th><th>Attack</th></tr></thead><tbody>");
        for (ServiceAttack s : ranked.subList(0, Math.min(SERVICES, ranked.size()))) {
            t.append("<tr><td class=\"num\">").append(esc(AttackText.cost(s.cheapest().cost())))
                    .append(s.cheapest().proven() ? "" : "<div class=\"sub\">not proven</div>").append("</td><td>")
                    .append(esc(s.service())).append(s.category() == null ? ""
                            : " <span class=\"sub\">cat. " + esc(s.category()) + "</span>")
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", s.users()))
                    .append("</td><td>").append(chips.apply(s.cheapest().cutSet())).append("</td></tr>");
        }
        if (ranked.isEmpty()) {
            t.append("<tr><td colspan=\"4\">No vital service can be taken down by an attack of up to ")
                    .append(attack.order()).append(" elements.</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        if (ranked.size() > SERVICES) {
            html.append("<p class=\"note\">").append(ranked.size() - SERVICES)
                    .append(" more vital services in <code>neverout attack</code>.</p>");
        }
        html.append("</div><div><h3>Places to protect first</h3>");
        StringBuilder u = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Where</th><th>Security</th>"
                + "<th>Elements on a cheapest attack</th><th class=\"num\">Vital</th></tr></thead><tbody>");
        List<SiteExposure> sites = attack.sites();
        for (SiteExposure s : sites.subList(0, Math.min(SITES, sites.size()))) {
            u.append("<tr><td>").append(s.site() == null ? "<em>not at one site</em>"
                    : esc(s.site()) + (s.name() == null ? "" : "<div class=\"sub\">" + esc(s.name()) + "</div>"))
                    .append("</td><td>");
            if (s.site() == null) {
                u.append("<span class=\"sub\">links, ducts, shared feeds</span>");
            } else if (s.weaknesses().isEmpty()) {
                u.append("<span class=\"pill good\">declared</span>");
            } else {
                u.append("<span class=\"pill bad\">weak</span> <span class=\"sub\">")
                        .append(esc(String.join(", ", s.weaknesses()))).append("</span>");
            }
            u.append("</td><td>").append(chips.apply(s.elements().stream().map(ElementExposure::event).toList()))
                    .append("</td><td class=\"num\">").append(s.services().size()).append("</td></tr>");
        }
        if (sites.isEmpty()) {
            u.append("<tr><td colspan=\"4\">Nothing: no vital service has an attack of up to ").append(attack.order())
                    .append(" elements.</td></tr>");
        }
        html.append(HtmlContext.scroll(u.append("</tbody></table>").toString()));
        if (sites.size() > SITES) {
            html.append("<p class=\"note\">").append(sites.size() - SITES).append(" more in <code>neverout attack</code>.</p>");
        }
        html.append("</div></div></section>\n");
    }
}
