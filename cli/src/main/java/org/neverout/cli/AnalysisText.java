package org.neverout.cli;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.Finding;
import org.neverout.engine.ServiceResult;
import org.neverout.engine.Severity;
import org.neverout.model.Model;
import org.neverout.model.Service;

/** The readable text of {@code analyze}: a table of services, then the findings, worst first. */
final class AnalysisText {
    /** Findings listed in full in text output; the rest are counted (JSON has them all). */
    static final int FINDINGS_SHOWN = 40;
    private static final int SPOFS_SHOWN = 4;

    private AnalysisText() {
    }

    static String render(Model model, CompiledModel compiled, AnalysisResult result, List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("NeverOut never-out analysis of ").append(result.model()).append('\n');
        sb.append(String.format("  order %d over %s (%,d basic events); %s; %,d scenarios in %.2f s%n%n",
                result.order(), EventKindsConverter.describe(result.kinds()), compiled.events().size(),
                result.complete() ? "complete" : "INCOMPLETE: " + result.incompleteReason(),
                result.scenariosEvaluated(), result.elapsed().toNanos() / 1e9));

        Map<String, Service> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        Map<String, Long> violations = new HashMap<>();
        findings.forEach(f -> violations.merge(f.service(), 1L, Long::sum));

        int idWidth = Math.max(7, result.services().stream().mapToInt(s -> s.id().length()).max().orElse(7));
        String sizes = sizeHeader(result.order());
        String fmt = "%-" + idWidth + "s  %-5s %-3s %-5s %-" + Math.max(sizes.length(), 8) + "s %-16s %s%n";
        sb.append(String.format(fmt, "SERVICE", "KIND", "CAT", "STATE", sizes, "NEVER-OUT", "SINGLE POINTS OF FAILURE"));
        for (ServiceResult r : result.services()) {
            Service s = services.get(r.id());
            sb.append(String.format(fmt, r.id(), kind(s), s.category() == null ? "-" : s.category(),
                    r.up() ? "up" : "DOWN", counts(r, result.order()) + (r.complete() ? "" : "+"),
                    verdict(s, violations.getOrDefault(r.id(), 0L)), spofs(r)));
        }

        long vital = model.services().stream().filter(s -> s.neverOut() > 0).count();
        long violated = model.services().stream().filter(s -> violations.containsKey(s.id())).count();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        sb.append(String.format("%n%d of %d services with a never-out requirement violate it; %d finding(s)",
                violated, vital, findings.size()));
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
        if (result.kinds().contains(org.neverout.engine.EventKind.SERVICE) && vital > 0) {
            sb.append("  Note: a service's own event (an intrinsic defect of the service) is by definition a cut set of\n"
                    + "  size 1 of that service; --events without 'service' shows the verdicts of the network alone.\n");
        }
        if (!findings.isEmpty()) {
            sb.append("\nFindings, worst first\n");
            for (Finding f : findings.subList(0, Math.min(FINDINGS_SHOWN, findings.size()))) {
                sb.append(String.format("  %-8s %s%n", f.severity().token().toUpperCase(java.util.Locale.ROOT), f.message()));
            }
            if (findings.size() > FINDINGS_SHOWN) {
                sb.append(String.format("  ... and %d more (--format json lists them all)%n", findings.size() - FINDINGS_SHOWN));
            }
        }
        return sb.toString();
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

    private static String counts(ServiceResult r, int order) {
        int[] bySize = new int[order + 1];
        for (List<String> c : r.cutSets()) {
            bySize[Math.min(c.size(), order)]++;
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

    private static String verdict(Service s, long violations) {
        if (s.neverOut() == 0) {
            return "-";
        }
        return violations == 0 ? "ok (" + s.neverOut() + ")" : "VIOLATED (" + s.neverOut() + ")";
    }

    private static String spofs(ServiceResult r) {
        List<List<String>> spofs = r.singlePointsOfFailure();
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
