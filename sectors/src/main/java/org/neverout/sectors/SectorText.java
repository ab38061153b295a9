package org.neverout.sectors;

import java.util.List;
import java.util.Locale;

/** The sector report as text for a terminal: sectors, the causes they share, the matrix, organisations. */
public final class SectorText {
    /** Causes listed in full per view; the rest are counted (the JSON has them all). */
    static final int LISTED = 12;

    private SectorText() {
    }

    /**
     * One sentence naming the single cause that reaches the most sectors, for decision pages: "One shared
     * software version (software:tempus-ntp-4.0) reaches 5 sectors at once: ..."; when nothing is shared, a
     * sentence that says so (and why, when no service names its sector). Null for no report.
     */
    public static String headline(SectorReport report) {
        if (report == null) {
            return null;
        }
        SharedCause widest = report.widest();
        if (widest == null) {
            return report.sectorsNamed()
                    ? "No single cause of up to " + report.order() + " events reaches two sectors"
                            + (report.complete() ? "." : " among those found (the analysis was cut short).")
                    : "No service names its sector, so no cross-sector cause can be shown.";
        }
        String kind = widest.kind();
        String subject = widest.cutSet().size() > 1 ? "Together, " + kind
                : kind.startsWith("an ") ? "One " + kind.substring(3) : "One " + kind.substring(2);
        return subject + " (" + String.join(" + ", widest.cutSet()) + ")"
                + (widest.cutSet().size() > 1 ? " reach " : " reaches ") + widest.groups().size()
                + " sectors at once: " + String.join(", ", widest.groups()) + " (" + widest.services().size()
                + " services, " + String.format(java.util.Locale.ROOT, "%,d", widest.users()) + " users).";
    }

    public static String toText(SectorReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Cross-sector dependencies of ").append(report.model()).append(" (causes of up to ")
                .append(report.order()).append(report.order() == 1 ? " event" : " events").append(")\n");
        if (!report.complete()) {
            out.append("INCOMPLETE: ").append(report.incompleteReason())
                    .append(" (causes may be missing; none listed is wrong)\n");
        }
        if (!report.sectorsNamed()) {
            out.append("No service names its sector: every service is 'unassigned', so no cause can reach"
                    + " two sectors. Add 'sector:' to the services.\n");
        }
        if (report.widest() != null) {
            out.append(headline(report)).append('\n');
        }
        out.append('\n');
        section(out, "Sector", report.sectors(), "sectors");
        section(out, "Organisation", report.organisations(), "organisations");
        return out.toString();
    }

    private static void section(StringBuilder out, String title, GroupView view, String plural) {
        out.append(title).append("s:\n");
        int width = view.groups().stream().mapToInt(g -> g.group().length()).max().orElse(0);
        for (GroupSummary g : view.groups()) {
            List<String> with = view.sharingWith(g.group());
            out.append("  ").append(pad(g.group(), width)).append("  ").append(g.services().size())
                    .append(g.services().size() == 1 ? " service, " : " services, ").append(String.format(Locale.ROOT, "%,d", g.users()))
                    .append(" users; shares ").append(view.matrix().reach().getOrDefault(g.group(), 0))
                    .append(" causes").append(with.isEmpty() ? "" : " with " + with.size() + " others: "
                            + String.join(", ", with))
                    .append('\n');
        }
        out.append('\n');
        if (view.causes().isEmpty()) {
            out.append("No single cause of this size reaches two ").append(plural).append(".\n\n");
            return;
        }
        out.append("Causes that reach several ").append(plural).append(" (").append(view.causes().size())
                .append("):\n");
        int n = 0;
        for (SharedCause c : view.causes()) {
            if (n++ == LISTED) {
                out.append("  ... and ").append(view.causes().size() - LISTED).append(" more (see --format json)\n");
                break;
            }
            out.append("  ").append(String.join(" + ", c.cutSet())).append(" (").append(c.kind()).append(")\n")
                    .append("      reaches ").append(c.groups().size()).append(' ').append(plural).append(" (")
                    .append(String.join(", ", c.groups())).append("): ").append(services(c.services()))
                    .append(", ").append(String.format(Locale.ROOT, "%,d", c.users())).append(" users\n");
        }
        out.append('\n').append(title).append(" pairs sharing causes:\n");
        for (GroupPair p : view.matrix().pairs()) {
            out.append("  ").append(p.a()).append(" x ").append(p.b()).append(": ").append(p.causes())
                    .append(p.causes() == 1 ? " cause" : " causes").append(", worst ")
                    .append(String.join(" + ", p.worst().cutSet())).append('\n');
        }
        out.append('\n');
    }

    /** Up to four services by id, the rest counted. */
    private static String services(List<String> ids) {
        return ids.size() <= 4 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more services";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
