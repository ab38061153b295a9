package org.neverout.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neverout.capacity.CapacityRenderer;
import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.CapacityVerdict;
import org.neverout.capacity.LinkUtilisation;
import org.neverout.capacity.ScenarioClass;
import org.neverout.capacity.ScenarioServices;

/**
 * Capacity under failure in Markdown, as the HTML report shows it ({@link HtmlCapacitySection}) without
 * the map: the scenario classes, the {@link CapacityRenderer#TOP_LINKS} worst links with their scenario,
 * the scenarios with unroutable and congested demands (the first {@link #ROWS} each, the rest
 * counted) and the capacity verdicts. Reads the result, computes nothing.
 * O(links log links + listed rows).
 */
final class MarkdownCapacitySection {
    /** Scenario rows listed per table (no page budget here, unlike the printed HTML); the rest are counted. */
    static final int ROWS = 10;

    private MarkdownCapacitySection() {
    }

    static void render(CapacitySection section, StringBuilder md) {
        CapacityResult r = section.result();
        md.append("\n## Capacity under failure\n\n");
        if (!r.complete()) {
            md.append("> **Incomplete:** ").append(Markdown.escape(r.stopReason())).append(". The figures cover the "
                    + "first ").append(r.evaluated()).append(" of ").append(r.scenarios()).append(" scenarios only.\n\n");
        }
        String threshold = CapacityRenderer.percent(r.question().threshold());
        md.append(r.demands()).append(r.demands() == 1 ? " demand" : " demands")
                .append(" routed on IGP shortest paths (ECMP per hop) in ").append(r.scenarios()).append(" scenarios (")
                .append(r.scenarioSet()).append(" over ").append(Markdown.escape(r.question().kindTokens()))
                .append("). Capacities and demands in ").append(Markdown.escape(section.unit()))
                .append(". The map of worst-case utilisation is drawn in the HTML report.\n\n");
        md.append("| Class | Scenarios | Links above ").append(Markdown.escape(threshold))
                .append(" | Links above 100% |\n|---|---:|---:|---:|\n");
        for (ScenarioClass c : r.classes()) {
            md.append("| ").append(c.name()).append(" | ").append(c.scenarios()).append(" | ")
                    .append(c.linksAboveThreshold()).append(" | ").append(c.linksAboveCapacity()).append(" |\n");
        }
        worstLinks(r, md);
        scenarios("Unroutable demands", r.unroutable(), md);
        scenarios("Congested demands (a link on a shortest path above 100%)", r.congested(), md);
        if (!r.verdicts().isEmpty()) {
            md.append("\n### Capacity verdicts\n\n| Service | never_out | Verdict | Why |\n|---|---:|---|---|\n");
            for (CapacityVerdict v : r.verdicts()) {
                md.append("| ").append(Markdown.code(v.service())).append(" | ").append(v.neverOut()).append(" | ")
                        .append(v.status().token()).append(" | ").append(Markdown.escape(HtmlCapacitySection.why(v)))
                        .append(" |\n");
            }
        }
    }

    private static void worstLinks(CapacityResult r, StringBuilder md) {
        List<LinkUtilisation> worst = CapacityRenderer.worstLinks(r);
        md.append("\n### Worst links\n\n");
        if (worst.isEmpty()) {
            md.append("No link has a capacity_gbps, so no utilisation can be computed.\n");
            return;
        }
        md.append("| Link | Ends | Capacity | Base | Worst | First scenario reaching it |\n|---|---|---:|---:|---:|---|\n");
        for (LinkUtilisation l : worst.subList(0, Math.min(CapacityRenderer.TOP_LINKS, worst.size()))) {
            md.append("| ").append(Markdown.code(l.id())).append(" | ").append(Markdown.code(l.a())).append(" - ")
                    .append(Markdown.code(l.b())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.4g", l.capacityGbps())).append(" | ")
                    .append(Markdown.escape(CapacityRenderer.percent(l.baseUtilisation()))).append(" | ")
                    .append(Markdown.escape(CapacityRenderer.percent(l.worstUtilisation()))).append(" | ")
                    .append(scenario(l.worstScenario())).append(" |\n");
        }
        if (worst.size() > CapacityRenderer.TOP_LINKS) {
            md.append("\n").append(worst.size() - CapacityRenderer.TOP_LINKS)
                    .append(" more links in `neverout capacity`.\n");
        }
    }

    private static void scenarios(String title, List<ScenarioServices> list, StringBuilder md) {
        md.append("\n### ").append(Markdown.escape(title)).append("\n\n");
        if (list.isEmpty()) {
            md.append("None in any evaluated scenario.\n");
            return;
        }
        int rows = ROWS;
        md.append("| Scenario | Services | Users |\n|---|---|---:|\n");
        for (ScenarioServices s : list.subList(0, Math.min(rows, list.size()))) {
            List<String> shown = s.services().subList(0, Math.min(HtmlCapacitySection.SERVICES_PER_ROW,
                    s.services().size()));
            md.append("| ").append(scenario(s.scenario())).append(" | ")
                    .append(shown.stream().map(Markdown::code).collect(Collectors.joining(", ")))
                    .append(shown.size() < s.services().size() ? " and " + (s.services().size() - shown.size())
                            + " more" : "").append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", s.users())).append(" |\n");
        }
        if (list.size() > rows) {
            md.append("\n").append(list.size() - rows).append(" more scenarios in `neverout capacity --format json`.\n");
        }
    }

    /** "no failure" or the scenario's ids as code joined by " + ". */
    private static String scenario(List<String> ids) {
        return ids == null ? "-" : ids.isEmpty() ? "no failure"
                : ids.stream().map(Markdown::code).collect(Collectors.joining(" + "));
    }
}
