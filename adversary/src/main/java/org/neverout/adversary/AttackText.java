package org.neverout.adversary;

import java.util.List;
import java.util.Locale;
import org.neverout.model.Security;

/** The attack report as plain text for a terminal: ranked vital services, every service, places to protect. */
public final class AttackText {
    private AttackText() {
    }

    public static String toText(AttackReport report, AttackWords words) {
        StringBuilder out = new StringBuilder();
        out.append("Adversary view of ").append(report.model()).append(": attacks of up to ").append(report.order())
                .append(" events (").append(String.join(", ", AttackJson.kinds(report))).append(")\n");
        if (!report.complete()) {
            out.append("CUT SHORT: ").append(report.incompleteReason())
                    .append(" (the attacks shown are the cheapest found, none proven)\n");
        }
        out.append("\nVital services, cheapest to take down first\n");
        List<ServiceAttack> ranked = report.vitalRanked();
        if (ranked.isEmpty()) {
            out.append("  none can be taken down by an attack of up to ").append(report.order()).append(" events\n");
        }
        for (ServiceAttack s : ranked) {
            out.append(String.format(Locale.ROOT, "  %-8s %s (%s users%s): %s%n", cost(s.cheapest().cost()),
                    s.service(), String.format(Locale.ROOT, "%,d", s.users()),
                    s.category() == null ? "" : ", category " + s.category(),
                    attack(s, words)));
        }
        report.vitalWithoutAttack().forEach(s -> out.append("  -        ").append(s.service()).append(": ")
                .append(none(s, report.order())).append('\n'));
        out.append("\nOther services\n");
        boolean any = false;
        for (ServiceAttack s : report.services()) {
            if (s.vital()) {
                continue;
            }
            any = true;
            out.append("  ").append(s.service()).append(": ")
                    .append(s.cheapest() == null ? none(s, report.order())
                            : "cost " + cost(s.cheapest().cost()) + ", " + attack(s, words)).append('\n');
        }
        if (!any) {
            out.append("  none\n");
        }
        out.append("\nPlaces to protect first (in a cheapest attack on a vital service)\n");
        if (report.sites().isEmpty()) {
            out.append("  none\n");
        }
        for (SiteExposure site : report.sites()) {
            if (site.site() == null) {
                out.append("  Not at one site (links, ducts, shared feeds, software, suppliers)\n");
            } else {
                out.append("  Site ").append(site.site()).append(site.name() == null ? "" : " (" + site.name() + ")")
                        .append(": ").append(security(site.security()));
                if (!site.weaknesses().isEmpty()) {
                    out.append("  WEAK: ").append(String.join(", ", site.weaknesses()));
                }
                out.append('\n');
            }
            for (ElementExposure e : site.elements()) {
                out.append(String.format(Locale.ROOT, "    %s (cost %s): %d vital service%s, %,d users: %s%n",
                        e.event(), cost(e.cost()), e.services().size(), e.services().size() == 1 ? "" : "s",
                        e.users(), String.join(", ", e.services())));
            }
        }
        return out.toString();
    }

    private static String attack(ServiceAttack s, AttackWords words) {
        CheapestAttack a = s.cheapest();
        StringBuilder out = new StringBuilder(words.of(a.cutSet()));
        out.append(a.sites().isEmpty() ? "" : " (sites: " + String.join(", ", a.sites()) + ")");
        if (a.proven()) {
            out.append("; proven cheapest of any size");
        } else if (s.largerAtLeast() != null) {
            out.append("; not proven: no larger attack can cost less than ").append(cost(s.largerAtLeast()));
        }
        if (s.tied().size() > 1) {
            out.append("; ").append(s.tied().size() - 1).append(" other attack")
                    .append(s.tied().size() == 2 ? "" : "s").append(" at the same cost");
        }
        if (s.anySize() != null) {
            out.append("; exact cheapest cut of any size: ").append(cost(s.anySize().cost())).append(" (")
                    .append(String.join(", ", s.anySize().cutSet())).append(')');
        }
        return out.toString();
    }

    private static String none(ServiceAttack s, int order) {
        if (!s.up()) {
            return "down with no failure (no attack needed)";
        }
        return "no attack of up to " + order + " attackable events"
                + (s.largerAtLeast() == null ? "" : "; any attack costs at least " + cost(s.largerAtLeast()));
    }

    static String security(Security s) {
        if (s == null) {
            return "no security facts declared";
        }
        return "alarm " + yesNo(s.alarm()) + ", monitored " + yesNo(s.alarmMonitored()) + ", access control "
                + (s.accessControl() == null ? "not declared" : s.accessControl()) + ", last inspection "
                + (s.lastInspection() == null ? "none on record" : s.lastInspection().toString());
    }

    private static String yesNo(Boolean b) {
        return b == null ? "not declared" : b ? "yes" : "no";
    }

    /** A cost as written by the user: 7, 2.5. */
    public static String cost(double v) {
        return AttackJson.number(v).toString();
    }
}
