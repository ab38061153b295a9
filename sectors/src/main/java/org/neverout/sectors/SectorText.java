package org.neverout.sectors;

import java.util.List;

/** The sector report as text for a terminal: sectors, the causes they share, the matrix, organisations. */
public final class SectorText {
    /** Causes listed in full per view; the rest are counted (the JSON has them all). */
    static final int LISTED = 25;

    private SectorText() {
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
                    .append(g.services().size() == 1 ? " service, " : " services, ").append(g.users())
                    .append(" users; shares ").append(view.matrix().reach().getOrDefault(g.group(), 0))
                    .append(" causes").append(with.isEmpty() ? "" : " with " + String.join(", ", with))
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
                    .append("      reaches ").append(String.join(", ", c.groups())).append(": ")
                    .append(String.join(", ", c.services())).append(" (").append(c.users()).append(" users)\n");
        }
        out.append('\n').append(title).append(" pairs sharing causes:\n");
        for (GroupPair p : view.matrix().pairs()) {
            out.append("  ").append(p.a()).append(" x ").append(p.b()).append(": ").append(p.causes())
                    .append(p.causes() == 1 ? " cause" : " causes").append(", worst ")
                    .append(String.join(" + ", p.worst().cutSet())).append('\n');
        }
        out.append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
