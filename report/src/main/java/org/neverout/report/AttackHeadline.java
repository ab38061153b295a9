package org.neverout.report;

import java.util.List;
import java.util.Locale;
import org.neverout.adversary.AttackReport;
import org.neverout.adversary.AttackText;
import org.neverout.adversary.ServiceAttack;

/**
 * The decision page's sentence on the adversary view, worded once for every format: "The cheapest way
 * to take down air traffic control costs 7 and needs no more than two sites."
 */
final class AttackHeadline {
    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight");

    private AttackHeadline() {
    }

    /** The sentence, or null when the report has no adversary view. */
    static String of(AttackReport attack) {
        if (attack == null) {
            return null;
        }
        List<ServiceAttack> ranked = attack.vitalRanked();
        if (ranked.isEmpty()) {
            return "No vital service can be taken down by an attack of up to " + attack.order() + " "
                    + (attack.order() == 1 ? "element" : "elements") + (attack.complete() ? "." : " found (cut short).");
        }
        ServiceAttack first = ranked.get(0);
        int sites = first.cheapest().sites().size();
        String name = first.name() == null ? first.service() : first.name();
        return String.format(Locale.ROOT, "The cheapest way to take down %s costs %s and %s.%s", name,
                AttackText.cost(first.cheapest().cost()),
                sites == 0 ? "needs no site entered (only links, ducts or feeds outside the sites)"
                        : "needs no more than " + (sites < NUMBERS.size() ? NUMBERS.get(sites) : Integer.toString(sites))
                        + (sites == 1 ? " site" : " sites"),
                first.cheapest().proven() ? "" : " A larger attack might cost less (not proven at order "
                        + attack.order() + ").");
    }
}
