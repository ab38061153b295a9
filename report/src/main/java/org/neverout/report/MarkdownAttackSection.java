package org.neverout.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neverout.adversary.AttackReport;
import org.neverout.adversary.AttackText;
import org.neverout.adversary.ElementExposure;
import org.neverout.adversary.ServiceAttack;
import org.neverout.adversary.SiteExposure;

/**
 * The adversary view in Markdown, as the HTML report shows it ({@link HtmlAttackSection}): the vital
 * services cheapest to take down first with their cheapest attack, and the places to protect first with
 * their security facts, weak rooms marked; the first {@link HtmlAttackSection#SERVICES} services and
 * {@link HtmlAttackSection#SITES} sites, the rest counted. Reads the report, computes nothing.
 * O(listed rows).
 */
final class MarkdownAttackSection {
    private MarkdownAttackSection() {
    }

    static void render(AttackReport attack, StringBuilder md) {
        md.append("\n## Adversary view: what a saboteur would hit first\n\n")
                .append(Markdown.escape(AttackHeadline.of(attack)))
                .append(" Costs are the effort to take an element out (attack_cost, else the default of its kind); "
                        + "attacks of up to ").append(attack.order()).append(" elements are searched.\n");
        if (!attack.complete()) {
            md.append("\n> **Cut short:** ").append(Markdown.escape(attack.incompleteReason()))
                    .append(". The attacks shown are the cheapest found, none proven.\n");
        }
        services(attack, md);
        sites(attack, md);
    }

    private static void services(AttackReport attack, StringBuilder md) {
        List<ServiceAttack> ranked = attack.vitalRanked();
        md.append("\n### Vital services, cheapest to take down first\n\n");
        if (ranked.isEmpty()) {
            md.append("No vital service can be taken down by an attack of up to ").append(attack.order())
                    .append(" elements.\n");
            return;
        }
        md.append("| Cost | Service | Users | Attack |\n|---:|---|---:|---|\n");
        for (ServiceAttack s : ranked.subList(0, Math.min(HtmlAttackSection.SERVICES, ranked.size()))) {
            md.append("| ").append(AttackText.cost(s.cheapest().cost()))
                    .append(s.cheapest().proven() ? "" : " (not proven)").append(" | ").append(Markdown.code(s.service()))
                    .append(s.category() == null ? "" : " (cat. " + Markdown.escape(s.category()) + ")").append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", s.users())).append(" | ")
                    .append(codes(s.cheapest().cutSet())).append(" |\n");
        }
        if (ranked.size() > HtmlAttackSection.SERVICES) {
            md.append("\n").append(ranked.size() - HtmlAttackSection.SERVICES)
                    .append(" more vital services in `neverout attack`.\n");
        }
    }

    private static void sites(AttackReport attack, StringBuilder md) {
        List<SiteExposure> sites = attack.sites();
        md.append("\n### Places to protect first\n\n");
        if (sites.isEmpty()) {
            md.append("Nothing: no vital service has an attack of up to ").append(attack.order()).append(" elements.\n");
            return;
        }
        md.append("| Where | Security | Elements on a cheapest attack | Vital |\n|---|---|---|---:|\n");
        for (SiteExposure s : sites.subList(0, Math.min(HtmlAttackSection.SITES, sites.size()))) {
            md.append("| ").append(s.site() == null ? "*not at one site*"
                    : Markdown.code(s.site()) + (s.name() == null ? "" : " " + Markdown.escape(s.name())))
                    .append(" | ");
            if (s.site() == null) {
                md.append("links, ducts, shared feeds");
            } else if (s.weaknesses().isEmpty()) {
                md.append("declared");
            } else {
                md.append("**weak**: ").append(Markdown.escape(String.join(", ", s.weaknesses())));
            }
            md.append(" | ").append(codes(s.elements().stream().map(ElementExposure::event).toList())).append(" | ")
                    .append(s.services().size()).append(" |\n");
        }
        if (sites.size() > HtmlAttackSection.SITES) {
            md.append("\n").append(sites.size() - HtmlAttackSection.SITES).append(" more in `neverout attack`.\n");
        }
    }

    private static String codes(List<String> ids) {
        return ids.stream().map(Markdown::code).collect(Collectors.joining(", "));
    }
}
