package org.neverout.cli;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.control.ServiceControl;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.control.ControlReport;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Severity;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The readable text of {@code analyze}: a table of services with their never-out verdicts
 * ({@code survives 2} / {@code VIOLATED: 1 failure} / {@code unverified (order 1 < 2)} / an en dash),
 * the count per verdict, then the findings, one per root cause, in the contract's order.
 */
final class AnalysisText {
    /** Findings listed in full in text output; the rest are counted (JSON has them all). */
    static final int FINDINGS_SHOWN = 40;
    private static final int SPOFS_SHOWN = 4;

    private AnalysisText() {
    }

    static String render(Model model, CompiledModel compiled, AnalysisResult result,
                         Map<String, NeverOutVerdict> verdicts, List<Finding> findings, ControlReport control) {
        StringBuilder sb = new StringBuilder();
        sb.append("NeverOut never-out analysis of ").append(result.model()).append('\n');
        sb.append(String.format("  order %d over %s (%,d basic events); %s; %,d scenarios in %.2f s%n%n",
                result.order(), EventKindsConverter.describe(result.kinds()), compiled.events().size(),
                result.complete() ? "complete" : "INCOMPLETE: " + result.incompleteReason(),
                result.scenariosEvaluated(), result.elapsed().toNanos() / 1e9));

        Map<String, Service> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        Map<String, ServiceControl> controls = new HashMap<>();
        control.services().forEach(c -> controls.put(c.id(), c));

        int idWidth = Math.max(7, result.services().stream().mapToInt(s -> s.id().length()).max().orElse(7));
        int verdictWidth = Math.max(9, verdicts.values().stream().mapToInt(v -> v.label().length()).max().orElse(9));
        String sizes = sizeHeader(result.order());
        String fmt = "%-" + idWidth + "s  %-5s %-3s %-5s %-" + Math.max(sizes.length(), 8) + "s %-" + verdictWidth
                + "s  %-4s %-5s %s%n";
        sb.append(String.format(fmt, "SERVICE", "KIND", "CAT", "STATE", sizes, "NEVER-OUT", "CTRL", "OWNED",
                "SINGLE POINTS OF FAILURE"));
        for (ServiceResult r : result.services()) {
            Service s = services.get(r.id());
            ServiceControl c = controls.get(r.id());
            sb.append(String.format(fmt, r.id(), kind(s), s.category() == null ? "-" : s.category(),
                    r.up() ? "up" : "DOWN", counts(r, result.order()) + (r.complete() ? "" : "+"),
                    verdicts.get(r.id()).label(), c == null ? "-" : yesNo(c.controlled()),
                    c == null ? "-" : yesNo(c.owned()), spofs(r)));
        }

        Map<NeverOutVerdict.Status, Long> byVerdict = new EnumMap<>(NeverOutVerdict.Status.class);
        verdicts.values().forEach(v -> byVerdict.merge(v.status(), 1L, Long::sum));
        long required = verdicts.size() - byVerdict.getOrDefault(NeverOutVerdict.Status.NONE, 0L);
        sb.append(String.format("%nNever-out: %d of %d services have a requirement: %d meet it, %d VIOLATED, %d unverified",
                required, verdicts.size(), byVerdict.getOrDefault(NeverOutVerdict.Status.MEETS, 0L),
                byVerdict.getOrDefault(NeverOutVerdict.Status.VIOLATED, 0L),
                byVerdict.getOrDefault(NeverOutVerdict.Status.UNVERIFIED, 0L)));
        if (byVerdict.getOrDefault(NeverOutVerdict.Status.UNVERIFIED, 0L) > 0) {
            sb.append(" (not shown to be met: analyse to their never_out without limits)");
        }
        sb.append('\n');
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        sb.append(String.format("%d finding(s), one per root cause", findings.size()));
        if (!bySeverity.isEmpty()) {
            StringBuilder parts = new StringBuilder();
            for (Severity sev : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
                if (bySeverity.containsKey(sev)) {
                    parts.append(parts.length() == 0 ? "" : ", ").append(bySeverity.get(sev)).append(' ').append(sev.token());
                }
            }
            sb.append(" (").append(parts).append(')');
        }
        sb.append('\n');
        if (result.kinds().contains(EventKind.SERVICE) && required > 0) {
            sb.append("  A service's own event stays among its cut sets but is never held against it; it counts for the\n"
                    + "  services that depend on it.\n");
        }
        if (!findings.isEmpty()) {
            sb.append("\nFindings: fewest failures first, then most vital services, then most users\n");
            for (Finding f : findings.subList(0, Math.min(FINDINGS_SHOWN, findings.size()))) {
                sb.append(String.format("  %-8s %s%n", f.severity().token().toUpperCase(java.util.Locale.ROOT), f.message()));
            }
            if (findings.size() > FINDINGS_SHOWN) {
                sb.append(String.format("  ... and %d more (--format json lists them all)%n", findings.size() - FINDINGS_SHOWN));
            }
        }
        return sb.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "NO";
    }

    private static String kind(Service s) {
        return switch (s.kind()) {
            case INFRASTRUCTURE -> "infra";
            case VITAL -> "vital";
            case OTHER -> "other";
        };
    }

    private static String sizeHeader(int order) {
        StringBuilder sb = new StringBuilder("CUTS ");
        for (int k = 1; k <= order; k++) {
            sb.append(k == 1 ? "" : "/").append(k);
        }
        return sb.toString();
    }

    /** Cut sets per size, the service's own event left out as in the verdict and the single points. */
    private static String counts(ServiceResult r, int order) {
        int[] bySize = new int[order + 1];
        for (List<String> c : r.cutSets()) {
            if (!NeverOutVerdict.isOwnEvent(r.id(), c)) {
                bySize[Math.min(c.size(), order)]++;
            }
        }
        if (bySize[0] > 0) {
            return "down";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= order; k++) {
            sb.append(k == 1 ? "" : "/").append(bySize[k]);
        }
        return sb.toString();
    }

    /** Single points of failure, the service's own event left out (it is never held against itself). */
    private static String spofs(ServiceResult r) {
        List<List<String>> spofs = r.singlePointsOfFailure().stream()
                .filter(c -> !NeverOutVerdict.isOwnEvent(r.id(), c)).toList();
        if (spofs.isEmpty()) {
            return r.up() ? "none" : "-";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(SPOFS_SHOWN, spofs.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(spofs.get(i).get(0));
        }
        if (spofs.size() > SPOFS_SHOWN) {
            sb.append(", +").append(spofs.size() - SPOFS_SHOWN);
        }
        return sb.toString();
    }
}
