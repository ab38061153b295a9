package org.neverout.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The simulation as a story: what failed, what went down in cascade order and why, and the impact. */
public final class SimulationText {
    private static final int LIST_LIMIT = 12;

    private SimulationText() {
    }

    public static String toText(SimulationResult r) {
        Labels labels = new Labels(r);
        StringBuilder out = new StringBuilder();
        if (r.incidentName() != null) {
            out.append("Incident ").append(r.incidentName()).append(" on model ").append(r.model()).append('\n');
        } else {
            out.append("Simulation on model ").append(r.model()).append('\n');
        }
        if (r.description() != null && !r.description().isBlank()) {
            line(out, 1, r.description().strip().replaceAll("\\s+", " "));
        }
        line(out, 1, "Failed: " + String.join(", ", r.failed()) + " for " + hours(r.durationH()) + ".");
        out.append("\nWhat failed\n");
        for (EventEffect e : r.effects()) {
            line(out, 1, "- " + effect(e));
        }
        out.append("\nWhat went down, in order\n");
        if (r.story().isEmpty()) {
            line(out, 1, "Nothing: every service stays up.");
        } else {
            int i = 1;
            Map<String, ServiceOutcome> byId = byId(r);
            for (String id : r.story()) {
                ServiceOutcome s = byId.get(id);
                line(out, 1, (i++) + ". " + heading(s) + ": " + (s.upWithoutFailure() ? ""
                        : "already down before the incident: ") + explain(s.cause(), labels) + ".");
            }
            line(out, 1, "Cascade: " + cascade(r));
        }
        List<String> up = r.services().stream().filter(ServiceOutcome::up).map(ServiceOutcome::id).toList();
        out.append('\n');
        line(out, 0, up.isEmpty() ? "No service stays up." : "Still up: " + list(up) + ".");
        out.append("\nImpact\n");
        Impact m = r.impact();
        line(out, 1, count(m.servicesDown(), "service") + " taken down (" + m.vitalServicesDown() + " vital), "
                + number(m.usersAffected()) + " users affected" + byCategory(m) + ".");
        line(out, 1, "Over " + hours(m.durationH()) + ": " + number(Math.round(m.userHours())) + " user-hours.");
        line(out, 1, m.highestCategory() == null ? "No service with a national-impact category went down."
                : "Highest national-impact category reached: " + m.highestCategory() + ".");
        line(out, 1, m.significant()
                ? "Significant incident: more than " + number((long) Impact.SIGNIFICANT_USER_HOURS)
                        + " user-hours (the ENISA threshold for telecom incidents)."
                : "Below the ENISA threshold of " + number((long) Impact.SIGNIFICANT_USER_HOURS) + " user-hours.");
        return out.toString();
    }

    private static String heading(ServiceOutcome s) {
        StringBuilder b = new StringBuilder(s.id());
        if (s.name() != null && !s.name().equals(s.id())) {
            b.append(" (").append(s.name()).append(')');
        }
        b.append(", ").append(s.kind().token());
        if (s.category() != null) {
            b.append(", category ").append(s.category());
        }
        if (s.users() != null) {
            b.append(", ").append(number(s.users())).append(" users");
        }
        return b.toString();
    }

    private static String effect(EventEffect e) {
        StringBuilder b = new StringBuilder(e.id()).append(" (").append(e.kind()).append("): ");
        if (e.noEffect()) {
            return b.append(e.kind().equals("service") ? "fails that service" : "no effect").toString();
        }
        List<String> parts = new ArrayList<>();
        if (!e.nodes().isEmpty()) {
            parts.add(noun(e.nodes().size(), "node") + " " + list(e.nodes()));
        }
        if (!e.links().isEmpty()) {
            parts.add(noun(e.links().size(), "link") + " " + list(e.links()));
        }
        if (!e.powerFeeds().isEmpty()) {
            parts.add(noun(e.powerFeeds().size(), "power feed") + " " + list(e.powerFeeds()));
        }
        if (!parts.isEmpty()) {
            b.append("takes down ").append(String.join("; ", parts)).append("; ");
        }
        b.append(e.servicesDownAlone().isEmpty() ? "on its own takes no service down"
                : "on its own takes down " + list(e.servicesDownAlone()));
        return b.toString();
    }

    /** One sentence of reasons; also used for the JSON {@code explanation} field. */
    static String explain(ServiceCause c, Labels labels) {
        List<String> parts = new ArrayList<>();
        if (c.failedItself()) {
            parts.add("failed itself (its own event)");
        }
        List<String> plain = c.dependencyEntriesDown().stream().filter(e -> e.size() == 1).map(e -> e.get(0)).toList();
        if (!plain.isEmpty()) {
            parts.add("depends on " + String.join(" and ", plain)
                    + (plain.size() == 1 ? ", which is down" : ", which are down"));
        }
        for (List<String> entry : c.dependencyEntriesDown()) {
            if (entry.size() > 1) {
                parts.add("needs one of " + String.join(" or ", entry) + ", which are all down");
            }
        }
        for (EntryCutOff e : c.entriesCutOff()) {
            List<String> members = new ArrayList<>();
            e.members().forEach(m -> members.add(describe(m, labels)));
            if (e.alternatives().size() == 1) {
                parts.add("endpoint " + members.get(0));
            } else {
                parts.add("entry [" + String.join(", ", e.alternatives()) + "] has no live node: "
                        + String.join(", ", members));
            }
        }
        NetworkSplit split = c.split();
        if (split != null) {
            List<String> parts2 = new ArrayList<>();
            split.parts().forEach(p -> parts2.add("[" + String.join(", ", p) + "]"));
            StringBuilder b = new StringBuilder("no connected part of the network holds one node of every endpoint entry: "
                    + "the endpoints are split between " + String.join(" and ", parts2));
            if (split.disconnectedWithoutFailure()) {
                b.append(", which are not connected even with nothing failed");
            } else {
                List<String> by = new ArrayList<>();
                split.separatedBy().forEach(f -> by.add(describe(f, labels)));
                b.append(", cut off by ").append(String.join(", ", by));
                if (split.omitted() > 0) {
                    b.append(" and ").append(split.omitted()).append(" more");
                }
            }
            if (!split.downAlternatives().isEmpty()) {
                List<String> down = new ArrayList<>();
                split.downAlternatives().forEach(f -> down.add(describe(f, labels)));
                b.append(" (alternatives down: ").append(String.join(", ", down)).append(')');
            }
            parts.add(b.toString());
        }
        return parts.isEmpty() ? "down" : String.join("; ", parts);
    }

    /** "hq-1 failed", "hq-2 down (no power: gen-hq failed, grid-west down (group region-west failed))". */
    static String describe(ElementFailure f, Labels labels) {
        if (f.failedItself()) {
            return f.id() + " failed";
        }
        List<String> why = new ArrayList<>();
        for (String e : f.events()) {
            why.add(e.equals(f.id()) ? "failed itself" : labels.of(e) + " failed");
        }
        if (!f.feedsDown().isEmpty()) {
            List<String> feeds = new ArrayList<>();
            f.feedsDown().forEach(p -> feeds.add(describe(p, labels)));
            why.add("no power: " + String.join(", ", feeds));
        }
        for (ElementFailure end : f.endsDown()) {
            why.add("end " + describe(end, labels));
        }
        return f.id() + " down (" + String.join("; ", why) + ")";
    }

    /** Down services grouped by dependency level, behind the failed events. */
    private static String cascade(SimulationResult r) {
        TreeMap<Integer, List<String>> byLevel = new TreeMap<>();
        Map<String, ServiceOutcome> byId = byId(r);
        for (String id : r.story()) {
            ServiceCause c = byId.get(id).cause();
            boolean onlyItself = c.failedItself() && c.dependenciesDown().isEmpty() && c.entriesCutOff().isEmpty()
                    && c.split() == null;
            if (!onlyItself) { // a service that merely failed itself is already named as a failed event
                byLevel.computeIfAbsent(byId.get(id).level(), k -> new ArrayList<>()).add(id);
            }
        }
        List<String> steps = new ArrayList<>();
        steps.add(list(r.failed()) + " failed");
        byLevel.values().forEach(ids -> steps.add(list(ids) + " down"));
        return String.join(" -> ", steps);
    }

    private static Map<String, ServiceOutcome> byId(SimulationResult r) {
        Map<String, ServiceOutcome> out = new HashMap<>();
        r.services().forEach(s -> out.put(s.id(), s));
        return out;
    }

    private static String byCategory(Impact m) {
        List<String> parts = new ArrayList<>();
        m.usersByCategory().forEach((k, v) -> {
            if (v > 0) {
                parts.add((k.equals("none") ? "no category" : "category " + k) + ": " + number(v));
            }
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** How event ids read in a sentence: "site HQ", "group duct-a", "software:os-1". */
    static final class Labels {
        private final Map<String, String> kinds = new HashMap<>();

        Labels(SimulationResult r) {
            r.effects().forEach(e -> kinds.put(e.id(), e.kind()));
        }

        String of(String event) {
            String kind = kinds.getOrDefault(event, "");
            switch (kind) {
                case "site":
                    return "site " + event;
                case "group":
                    return "group " + event;
                case "power":
                    return "power feed " + event;
                case "service":
                    return "service " + event;
                default:
                    return event;
            }
        }
    }

    static String hours(double h) {
        return (h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.2f", h)) + " h";
    }

    private static String noun(int n, String noun) {
        return n == 1 ? noun : noun + "s";
    }

    private static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String list(List<String> items) {
        if (items.size() <= LIST_LIMIT) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LIST_LIMIT)) + " and " + (items.size() - LIST_LIMIT) + " more";
    }

    /** 1234567 as "1,234,567" (String.format is slow in a loop over a thousand services). */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(digits.length() + 8);
        if (n < 0) {
            b.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    private static void line(StringBuilder out, int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
