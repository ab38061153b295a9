package org.neverout.report;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.LinkUtilisation;
import org.neverout.capacity.ScenarioServices;

/**
 * The decision page's figure and sentence on capacity under failure, worded once for every format: "After
 * any single failure (n-1 over node,link) 2 links exceed their capacity and 3 services are congested or
 * lose their route." Counts as the contract does: a utilisation above 100% by more than 1e-9. O(links +
 * listed scenarios x services).
 */
final class CapacityHeadline {
    private static final double EPSILON = 1e-9;

    private CapacityHeadline() {
    }

    /** Links whose worst-case utilisation is above 100% (those without a capacity never are). */
    static long linksOverCapacity(CapacityResult r) {
        return r.links().stream().map(LinkUtilisation::worstUtilisation)
                .filter(u -> u != null && u > 1 + EPSILON).count();
    }

    /** The services congested or unroutable in at least one evaluated scenario, sorted. */
    static Set<String> servicesHit(CapacityResult r) {
        Set<String> hit = new TreeSet<>();
        r.congested().stream().map(ScenarioServices::services).forEach(hit::addAll);
        r.unroutable().stream().map(ScenarioServices::services).forEach(hit::addAll);
        return hit;
    }

    /** The decision table's measure. */
    static String measure(CapacityResult r) {
        return "Links above 100% in some " + r.scenarioSet() + " scenario";
    }

    /** The measure's value: the link count, and "cut short" when not every scenario was evaluated. */
    static String value(CapacityResult r) {
        return linksOverCapacity(r) + (r.complete() ? "" : " (cut short)");
    }

    /** The sentence. */
    static String of(CapacityResult r) {
        long links = linksOverCapacity(r);
        int services = servicesHit(r).size();
        String when = r.question().maxFailures() == 1 ? "any single failure" : "any one or two failures";
        String sentence = String.format(Locale.ROOT, "After %s (%s over %s) %s and %s.", when, r.scenarioSet(),
                r.question().kindTokens(), links == 0 ? "no link exceeds its capacity"
                        : links + (links == 1 ? " link exceeds its capacity" : " links exceed their capacity"),
                services == 0 ? "no demand is congested or loses its route"
                        : services == 1 ? "1 service is congested or loses its route"
                        : services + " services are congested or lose their route");
        return r.complete() ? sentence : sentence + " Cut short: " + r.stopReason() + "; the figures cover "
                + r.evaluated() + " of " + r.scenarios() + " scenarios.";
    }
}
