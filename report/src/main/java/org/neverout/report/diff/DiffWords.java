package org.neverout.report.diff;

import org.neverout.engine.ProfileChange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.report.GateCategory;
import org.neverout.report.Violation;

/** The diff's verdicts in words, per service and for the whole change. */
final class DiffWords {
    private DiffWords() {
    }

    static String service(ServiceDiff d) {
        String id = d.id();
        if (d.change() == ServiceChange.ADDED) {
            return "new service " + id + " with " + count(d.added().size(), "cut set") + " ("
                    + count(singlePointsAdded(d), "single point of failure") + " besides its own event); "
                    + verdict(d.verdictAfter());
        }
        if (d.change() == ServiceChange.REMOVED) {
            return "service " + id + " is removed";
        }
        if (d.change() == ServiceChange.UNCHANGED) {
            return "no change to " + id;
        }
        List<String> parts = new ArrayList<>();
        List<String> adds = bySize(d.added());
        List<String> removes = bySize(d.removed());
        if (!adds.isEmpty()) {
            parts.add("adds " + ModelDiff.and(adds) + " to " + id);
        }
        if (!removes.isEmpty()) {
            parts.add("removes " + ModelDiff.and(removes) + " from " + id);
        }
        if (!d.upBefore().equals(d.upAfter())) {
            parts.add(d.upAfter() ? id + " is up again" : id + " is now down with no failure");
        }
        if (d.verdictBefore().status() != d.verdictAfter().status()) {
            parts.add(id + " now " + verdict(d.verdictAfter()) + " (was: " + verdict(d.verdictBefore()) + ")");
        } else if (!d.violationsBefore().equals(d.violationsAfter())) {
            parts.add("never-out violations of " + id + " go from " + d.violationsBefore() + " to "
                    + d.violationsAfter());
        }
        if (d.controlledBefore() != null && d.controlledAfter() != null
                && !d.controlledBefore().equals(d.controlledAfter())) {
            parts.add(d.controlledAfter() ? id + " is now under defence control"
                    : id + " no longer survives on defence-operated elements alone");
        }
        if (d.downtimeBefore() != null && d.downtimeAfter() != null) {
            // compared as shown: a change below the printed precision is no change to a reader
            String before = org.neverout.engine.Figures.number(d.downtimeBefore());
            String after = org.neverout.engine.Figures.number(d.downtimeAfter());
            if (!before.equals(after)) {
                parts.add("expected downtime of " + id + (d.downtimeAfter() > d.downtimeBefore() ? " rises" : " falls")
                        + " from " + before + " to " + after + " min/year");
            }
        }
        String text = "this change " + String.join("; ", parts);
        if (parts.isEmpty() || !(parts.get(0).startsWith("adds") || parts.get(0).startsWith("removes"))) {
            text = String.join("; ", parts);
        }
        return d.complete() ? text : text + " (incomplete enumeration: differences may come from the limit)";
    }

    /**
     * A never-out verdict in words; {@code unverified} is never worded as met: "meets never-out 2",
     * "violates never-out 2 (1 failure takes it down)", "never-out 3 unverified (order 2 < 3)".
     */
    static String verdict(NeverOutVerdict v) {
        switch (v.status()) {
            case MEETS:
                return "meets never-out " + v.neverOut();
            case VIOLATED:
                return "violates never-out " + v.neverOut() + " (" + (v.resilience() == 0 ? "down with no failure"
                        : count(v.resilience(), "failure") + (v.resilience() == 1 ? " takes" : " take") + " it down")
                        + ")";
            case UNVERIFIED:
                return "never-out " + v.neverOut() + " unverified (" + (v.order() < v.neverOut()
                        ? "order " + v.order() + " < " + v.neverOut() : "enumeration cut short") + ")";
            default:
                return "no never-out requirement";
        }
    }

    static String overall(List<ServiceDiff> services, List<ProfileChange> regressions,
                          List<ProfileChange> improvements, List<NeverOutVerdict> unverified,
                          List<Violation> introduced, List<Violation> resolved, int order) {
        List<String> parts = new ArrayList<>();
        List<String> spofs = new ArrayList<>();
        long added = 0;
        long removed = 0;
        int touched = 0;
        for (ServiceDiff d : services) {
            long spof = d.change() == ServiceChange.REMOVED ? 0 : singlePointsAdded(d);
            if (spof > 0) {
                spofs.add(spofs.isEmpty() ? count(spof, "single point of failure") + " to " + d.id()
                        : spof + " to " + d.id());
            }
            added += d.added().size();
            removed += d.removed().size();
            touched += d.change() == ServiceChange.UNCHANGED ? 0 : 1;
        }
        if (touched == 0 && introduced.isEmpty() && resolved.isEmpty()) {
            String same = "this change alters no minimal cut set up to order " + order + " and no verdict";
            return unverified.isEmpty() ? same : same + "; " + unverifiedPhrase(unverified);
        }
        if (regressions.isEmpty()) {
            parts.add("makes no service's never-out worse");
        } else {
            parts.add("makes never-out worse for " + names(regressions));
        }
        if (!improvements.isEmpty()) {
            parts.add("makes never-out better for " + names(improvements));
        }
        if (!unverified.isEmpty()) {
            parts.add(unverifiedPhrase(unverified));
        }
        if (!spofs.isEmpty()) {
            parts.add("adds " + ModelDiff.and(spofs));
        }
        parts.add(added + " cut set" + (added == 1 ? "" : "s") + " added and " + removed + " removed in "
                + count(touched, "service"));
        if (introduced.isEmpty()) {
            parts.add("no new findings");
        } else {
            Map<GateCategory, Integer> counts = new EnumMap<>(GateCategory.class);
            introduced.forEach(v -> counts.merge(v.category(), 1, Integer::sum));
            List<String> byCategory = new ArrayList<>();
            counts.forEach((c, n) -> byCategory.add(c.token() + " " + n));
            parts.add(count(introduced.size(), "new finding") + " (" + String.join(", ", byCategory) + ")");
        }
        if (!resolved.isEmpty()) {
            parts.add(resolved.size() + " resolved");
        }
        return "this change " + String.join("; ", parts);
    }

    private static String unverifiedPhrase(List<NeverOutVerdict> unverified) {
        return count(unverified.size(), "never-out verdict") + " of the new model unverified";
    }

    /** Single points the change adds to a service, its own event left out (never held against it). */
    private static long singlePointsAdded(ServiceDiff d) {
        return d.added().stream().filter(c -> c.size() == 1 && !NeverOutVerdict.isOwnEvent(d.id(), c)).count();
    }

    /** "c2-north", "c2-north and access", "5 services (a, b, c, ...)". */
    private static String names(List<ProfileChange> changes) {
        List<String> ids = changes.stream().map(ProfileChange::service).toList();
        if (ids.size() <= 3) {
            return ModelDiff.and(ids);
        }
        return ids.size() + " services (" + String.join(", ", ids.subList(0, 3)) + ", ...)";
    }

    /**
     * One regression or improvement: the counts at the smallest size that changed, and the smaller
     * sizes that did not: "air-traffic: 5 single points -> 7", "c2: 12 pairs -> 15 (single points
     * unchanged: 0)", "timesync: down with no failure -> up with no failure".
     */
    static String profileLine(ProfileChange c) {
        int k = c.size();
        long before = c.before().count(k);
        long after = c.after().count(k);
        StringBuilder line = new StringBuilder(c.service()).append(": ");
        if (k == 0) {
            line.append(before > 0 ? "down with no failure -> up with no failure"
                    : "up with no failure -> down with no failure");
        } else {
            line.append(count(before, sizeNoun(k))).append(" -> ").append(after);
            List<String> same = new ArrayList<>();
            for (int j = 1; j < k; j++) {
                same.add(plural(sizeNoun(j)) + " unchanged: " + c.after().count(j));
            }
            if (!same.isEmpty()) {
                line.append(" (").append(String.join("; ", same)).append(")");
            }
        }
        if (!c.complete()) {
            line.append(" (incomplete enumeration: the counts may come from the limit)");
        }
        return line.toString();
    }

    /** Plain words for a cut set size: single point, pair, triple, cut set of k. */
    static String sizeNoun(int size) {
        switch (size) {
            case 0:
                return "down-with-no-failure state";
            case 1:
                return "single point";
            case 2:
                return "pair";
            case 3:
                return "triple";
            default:
                return "cut set of " + size;
        }
    }

    private static String plural(String noun) {
        if (noun.startsWith("cut set of ")) {
            return "cut sets of " + noun.substring("cut set of ".length());
        }
        if (noun.startsWith("single point")) {
            return noun.replace("point", "points");
        }
        return noun + "s";
    }

    private static List<String> bySize(List<List<String>> sets) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        sets.forEach(c -> counts.merge(c.size(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        counts.forEach((size, n) -> out.add(size == 0 ? "a down-with-no-failure state"
                : size == 1 ? count(n, "single point of failure")
                : count(n, "cut set") + " of " + size + " failures"));
        return out;
    }

    static String count(long n, String noun) {
        return n == 1 ? "1 " + noun : n + " " + plural(noun);
    }
}
