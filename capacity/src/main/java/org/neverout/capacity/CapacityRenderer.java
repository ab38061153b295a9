package org.neverout.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code neverout capacity} as JSON (the contract fields of MODEL.md 1.1 and ours beside them) and as
 * text (summary per scenario class, the ten worst links with their scenario, unroutable and congested
 * demands, verdicts). O(links log links + listed scenarios).
 */
public final class CapacityRenderer {
    /** Links the text lists. */
    public static final int TOP_LINKS = 10;
    /** Scenarios the text lists per kind (unroutable, congested); JSON lists all. */
    private static final int TOP_SCENARIOS = 10;

    private CapacityRenderer() {
    }

    /** The JSON tree. {@code unit} says what capacities and demands are measured in. */
    public static Map<String, Object> toJson(CapacityResult r, String unit) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", r.model());
        root.put("events", r.question().kindTokens());
        root.put("scenario_set", r.scenarioSet());
        root.put("scenarios", r.scenarios());
        root.put("evaluated", r.evaluated());
        root.put("complete", r.complete());
        if (!r.complete()) {
            root.put("stopped", r.stopReason());
        }
        root.put("threshold", r.question().threshold());
        root.put("unit", unit);
        root.put("demands", r.demands());
        if (!r.ignoredDemands().isEmpty()) {
            root.put("ignored_demands", r.ignoredDemands());
        }
        List<Object> links = new ArrayList<>();
        for (LinkUtilisation l : r.links()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("a", l.a());
            m.put("b", l.b());
            m.put("cost", l.cost());
            m.put("capacity_gbps", l.capacityGbps());
            Map<String, Object> baseLoad = new LinkedHashMap<>();
            baseLoad.put("a_to_b", l.baseLoadAb());
            baseLoad.put("b_to_a", l.baseLoadBa());
            m.put("base_load", baseLoad);
            m.put("base_utilisation", l.baseUtilisation());
            m.put("worst_utilisation", l.worstUtilisation());
            m.put("worst_scenario", l.worstScenario());
            m.put("worst_load", l.worstLoad());
            links.add(m);
        }
        root.put("links", links);
        List<Object> classes = new ArrayList<>();
        for (ScenarioClass c : r.classes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", c.name());
            m.put("scenarios", c.scenarios());
            m.put("links_above_threshold", c.linksAboveThreshold());
            m.put("links_above_capacity", c.linksAboveCapacity());
            classes.add(m);
        }
        root.put("classes", classes);
        root.put("unroutable", scenarios(r.unroutable()));
        root.put("congested", scenarios(r.congested()));
        List<Object> verdicts = new ArrayList<>();
        for (CapacityVerdict v : r.verdicts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", v.service());
            m.put("never_out", v.neverOut());
            m.put("verdict", v.status().token());
            m.put("scenario", v.scenario());
            m.put("reason", v.reason());
            verdicts.add(m);
        }
        root.put("verdicts", verdicts);
        return root;
    }

    private static List<Object> scenarios(List<ScenarioServices> list) {
        List<Object> out = new ArrayList<>();
        for (ScenarioServices s : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", s.scenario());
            m.put("services", s.services());
            m.put("users", s.users());
            out.add(m);
        }
        return out;
    }

    /** The links with a capacity, worst utilisation first (ties: model order). */
    public static List<LinkUtilisation> worstLinks(CapacityResult r) {
        return r.links().stream().filter(l -> l.worstUtilisation() != null)
                .sorted(Comparator.comparing(LinkUtilisation::worstUtilisation).reversed()).toList();
    }

    /** The text form. */
    public static String toText(CapacityResult r, String unit) {
        StringBuilder t = new StringBuilder();
        t.append("Capacity under failure: ").append(r.model()).append('\n');
        t.append(String.format(Locale.ROOT, "%d demands, %s scenarios over %s (%d evaluated%s), threshold %s, "
                + "unit: %s%n", r.demands(), r.scenarioSet(), r.question().kindTokens(), r.evaluated(),
                r.complete() ? "" : ", INCOMPLETE: " + r.stopReason(), percent(r.question().threshold()), unit));
        if (!r.ignoredDemands().isEmpty()) {
            t.append("Not demands (a demand needs exactly two endpoint entries): ")
                    .append(String.join(", ", r.ignoredDemands())).append('\n');
        }
        if (r.demands() == 0) {
            t.append("\nThe model has no demands (services with 'demand' > 0 and two endpoint entries), so there is "
                    + "no traffic to route. Add them, or 'neverout import' an SNDlib file, which has them.\n");
            return t.toString();
        }
        t.append('\n');
        for (ScenarioClass c : r.classes()) {
            t.append(String.format(Locale.ROOT, "  %-4s %,9d scenarios  %4d links above %s  %4d links above 100%%%n",
                    c.name(), c.scenarios(), c.linksAboveThreshold(), percent(r.question().threshold()),
                    c.linksAboveCapacity()));
        }
        List<LinkUtilisation> worst = worstLinks(r);
        t.append("\nWorst links (worst-case utilisation, first scenario reaching it):\n");
        if (worst.isEmpty()) {
            t.append("  no link has a capacity_gbps, so no utilisation can be computed\n");
        }
        for (LinkUtilisation l : worst.subList(0, Math.min(TOP_LINKS, worst.size()))) {
            t.append(String.format(Locale.ROOT, "  %-16s %-28s base %7s  worst %7s  in %s%n", l.id(),
                    l.a() + " - " + l.b(), percent(l.baseUtilisation()), percent(l.worstUtilisation()),
                    scenario(l.worstScenario())));
        }
        long without = r.links().stream().filter(l -> l.capacityGbps() == null || l.capacityGbps() == 0).count();
        if (without > 0) {
            t.append("  (").append(without).append(" links without capacity_gbps: loads only, in the JSON)\n");
        }
        list(t, "Unroutable demands", r.unroutable());
        list(t, "Congested demands (a link on a shortest path above 100%)", r.congested());
        if (!r.verdicts().isEmpty()) {
            t.append("\nCapacity verdicts (never_out over the evaluated scenarios):\n");
            for (CapacityVerdict v : r.verdicts()) {
                t.append(String.format(Locale.ROOT, "  %-24s never_out %d  %-10s", v.service(), v.neverOut(),
                        v.status().token()));
                if (v.scenario() != null) {
                    t.append(' ').append(v.reason()).append(" in ").append(scenario(v.scenario()));
                } else if (v.reason() != null) {
                    t.append(' ').append(v.reason());
                }
                t.append('\n');
            }
        }
        return t.toString();
    }

    private static void list(StringBuilder t, String title, List<ScenarioServices> list) {
        t.append('\n').append(title).append(": ");
        if (list.isEmpty()) {
            t.append("none\n");
            return;
        }
        t.append(list.size()).append(list.size() == 1 ? " scenario\n" : " scenarios\n");
        for (ScenarioServices s : list.subList(0, Math.min(TOP_SCENARIOS, list.size()))) {
            List<String> shown = s.services().subList(0, Math.min(8, s.services().size()));
            t.append("  ").append(scenario(s.scenario())).append(": ").append(String.join(", ", shown));
            if (shown.size() < s.services().size()) {
                t.append(" and ").append(s.services().size() - shown.size()).append(" more");
            }
            if (s.users() > 0) {
                t.append(String.format(Locale.ROOT, " (%,d users)", s.users()));
            }
            t.append('\n');
        }
        if (list.size() > TOP_SCENARIOS) {
            t.append("  ... ").append(list.size() - TOP_SCENARIOS).append(" more in the JSON\n");
        }
    }

    /** {@code no failure} or the scenario's ids joined by " + ". */
    public static String scenario(List<String> ids) {
        return ids == null ? "-" : ids.isEmpty() ? "no failure" : String.join(" + ", ids);
    }

    /** A utilisation as a percentage with one decimal, or "-" for none. */
    public static String percent(Double u) {
        return u == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * u);
    }
}
