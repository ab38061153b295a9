package org.neverout.report.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neverout.report.GateCategory;
import org.neverout.report.ServiceVerdict;
import org.neverout.report.Violation;

/** The diff's verdicts in words, per service and for the whole change. */
final class DiffWords {
    private DiffWords() {
    }

    static String service(ServiceDiff d, ServiceVerdict current) {
        String id = d.id();
        if (d.change() == ServiceChange.ADDED) {
            return "new service " + id + " with " + count(d.added().size(), "cut set") + " ("
                    + count(d.addedOfSize(1), "single point of failure") + "); " + current.describe();
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
        if (d.verdictBefore() != d.verdictAfter()) {
            parts.add(id + " now " + current.describe() + " (was: "
                    + d.verdictBefore().token() + ")");
        } else if (!d.violationsBefore().equals(d.violationsAfter())) {
            parts.add("never-out violations of " + id + " go from " + d.violationsBefore() + " to "
                    + d.violationsAfter());
        }
        if (d.controlledBefore() != null && d.controlledAfter() != null
                && !d.controlledBefore().equals(d.controlledAfter())) {
            parts.add(d.controlledAfter() ? id + " is now under defence control"
                    : id + " no longer survives on defence-operated elements alone");
        }
        if (d.downtimeBefore() != null && d.downtimeAfter() != null
                && !d.downtimeBefore().equals(d.downtimeAfter())) {
            parts.add(String.format(Locale.ROOT, "expected downtime of %s %s from %.2f to %.2f min/year", id,
                    d.downtimeAfter() > d.downtimeBefore() ? "rises" : "falls", d.downtimeBefore(), d.downtimeAfter()));
        }
        String text = "this change " + String.join("; ", parts);
        if (parts.isEmpty() || !(parts.get(0).startsWith("adds") || parts.get(0).startsWith("removes"))) {
            text = String.join("; ", parts);
        }
        return d.complete() ? text : text + " (incomplete enumeration: differences may come from the limit)";
    }

    static String overall(List<ServiceDiff> services, List<Violation> introduced, List<Violation> resolved, int order) {
        List<String> parts = new ArrayList<>();
        List<String> spofs = new ArrayList<>();
        long added = 0;
        long removed = 0;
        int touched = 0;
        for (ServiceDiff d : services) {
            long spof = d.change() == ServiceChange.REMOVED ? 0 : d.addedOfSize(1);
            if (spof > 0) {
                spofs.add(spofs.isEmpty() ? count(spof, "single point of failure") + " to " + d.id()
                        : spof + " to " + d.id());
            }
            added += d.added().size();
            removed += d.removed().size();
            touched += d.change() == ServiceChange.UNCHANGED ? 0 : 1;
        }
        if (touched == 0 && introduced.isEmpty() && resolved.isEmpty()) {
            return "this change alters no minimal cut set up to order " + order + " and no verdict";
        }
        if (!spofs.isEmpty()) {
            parts.add("adds " + ModelDiff.and(spofs));
        }
        parts.add(added + " cut set" + (added == 1 ? "" : "s") + " added and " + removed + " removed in "
                + count(touched, "service"));
        if (introduced.isEmpty()) {
            parts.add("no new violations");
        } else {
            Map<GateCategory, Integer> counts = new EnumMap<>(GateCategory.class);
            introduced.forEach(v -> counts.merge(v.category(), 1, Integer::sum));
            List<String> byCategory = new ArrayList<>();
            counts.forEach((c, n) -> byCategory.add(c.token() + " " + n));
            parts.add(count(introduced.size(), "new violation") + " (" + String.join(", ", byCategory) + ")");
        }
        if (!resolved.isEmpty()) {
            parts.add(resolved.size() + " resolved");
        }
        return "this change " + String.join("; ", parts);
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
        if (n == 1) {
            return "1 " + noun;
        }
        String plural = noun.startsWith("single point") ? noun.replace("point", "points") : noun + "s";
        return n + " " + plural;
    }
}
