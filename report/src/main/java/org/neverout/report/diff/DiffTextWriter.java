package org.neverout.report.diff;

import org.neverout.engine.ProfileChange;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.report.Violation;

/**
 * The diff for people (terminal, CI log, merge request comment): the overall verdict; one line per
 * never-out regression and improvement ("air-traffic: 5 single points -> 7") and per unverified verdict
 * of NEW; one line per changed service with its added ({@code +}) and removed ({@code -}) cut sets; and
 * the new and resolved violations. Unchanged services are counted, not listed.
 */
public final class DiffTextWriter implements DiffWriter {
    /** Cut sets listed per service and direction before "... and N more". */
    static final int MAX_LISTED = 20;

    @Override
    public void write(AnalysisDiff diff, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("diff ").append(diff.oldModel()).append(" -> ").append(diff.newModel()).append(" (order ")
                .append(diff.order()).append(")\n").append(diff.verdict()).append("\n");
        profiles(text, "never-out regressions (more ways to fail at the smallest size that changed)",
                diff.regressions());
        profiles(text, "never-out improvements (fewer ways to fail at the smallest size that changed)",
                diff.improvements());
        if (!diff.unverified().isEmpty()) {
            text.append("\nunverified in the new model (").append(diff.unverified().size()).append("):\n");
            for (NeverOutVerdict v : diff.unverified()) {
                text.append("  ").append(v.service()).append(": ").append(DiffWords.verdict(v)).append("\n");
            }
        }
        if (!diff.cutShort().isEmpty()) {
            text.append("\nregression check cut short by a limit (counts are lower bounds, not verified): ")
                    .append(String.join(", ", diff.cutShort())).append("\n");
        }
        long unchanged = diff.services().stream().filter(s -> s.change() == ServiceChange.UNCHANGED).count();
        for (ServiceDiff s : diff.services()) {
            if (s.change() == ServiceChange.UNCHANGED) {
                continue;
            }
            text.append("\n").append(s.id()).append(" [").append(s.change().token()).append("]: ")
                    .append(s.summary()).append("\n");
            list(text, "+ ", s.added());
            list(text, "- ", s.removed());
        }
        if (unchanged > 0) {
            text.append("\n").append(unchanged).append(unchanged == 1 ? " service" : " services")
                    .append(" unchanged\n");
        }
        violations(text, "new findings (never-out: cut sets within a requirement that the old model lacks)", diff.newViolations());
        violations(text, "resolved findings", diff.resolvedViolations());
        out.write(text.toString());
    }

    private static void profiles(StringBuilder text, String title, List<ProfileChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        text.append("\n").append(title).append(": ").append(changes.size()).append("\n");
        for (ProfileChange c : changes) {
            text.append("  ").append(DiffWords.profileLine(c)).append("\n");
        }
    }

    private static void list(StringBuilder text, String sign, List<List<String>> sets) {
        for (int i = 0; i < Math.min(sets.size(), MAX_LISTED); i++) {
            text.append("  ").append(sign).append(sets.get(i)).append("\n");
        }
        if (sets.size() > MAX_LISTED) {
            text.append("  ").append(sign).append("... and ").append(sets.size() - MAX_LISTED)
                    .append(" more (see --format json)\n");
        }
    }

    private static void violations(StringBuilder text, String title, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        text.append("\n").append(title).append(" (").append(violations.size()).append("):\n");
        for (Violation v : violations) {
            text.append("  ").append(v.severity().token()).append(' ').append(v.rule()).append(' ')
                    .append(v.message()).append("\n");
        }
    }
}
