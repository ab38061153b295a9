package org.neverout.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * Turns cut sets into never-out findings. A service with {@code never_out: N > 0} is violated by each
 * listed cut set of size at most N; a service down with no failure gives one finding (its cut set []).
 *
 * <p>Severity: a base from the service, raised one step for a cut set of size at most 1 (a single
 * point of failure, or down already), capped at critical:
 * <ul>
 *   <li>vital with category A: critical</li>
 *   <li>vital with category B, vital without category, infrastructure: high</li>
 *   <li>other: medium</li>
 * </ul>
 * Findings are sorted worst first, then by cut set size, service (model order) and cut set ids.
 */
public final class NeverOutFindings {
    private NeverOutFindings() {
    }

    public static List<Finding> of(Model model, AnalysisResult result) {
        Map<String, Service> services = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < model.services().size(); i++) {
            services.put(model.services().get(i).id(), model.services().get(i));
            position.put(model.services().get(i).id(), i);
        }
        List<Finding> findings = new ArrayList<>();
        for (ServiceResult r : result.services()) {
            Service service = services.get(r.id());
            if (service == null || service.neverOut() <= 0) {
                continue;
            }
            for (List<String> cut : r.cutSets()) {
                if (cut.size() <= service.neverOut()) {
                    findings.add(finding(service, cut));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(f -> f.cutSet().size())
                .thenComparingInt(f -> position.get(f.service()))
                .thenComparing(f -> String.join("\u0000", f.cutSet())));
        return List.copyOf(findings);
    }

    /** The base severity of a violation of the service's requirement (before the single-point step). */
    public static Severity baseSeverity(Service service) {
        if (service.kind() == ServiceKind.VITAL) {
            return "A".equalsIgnoreCase(service.category()) ? Severity.CRITICAL : Severity.HIGH;
        }
        return service.kind() == ServiceKind.INFRASTRUCTURE ? Severity.HIGH : Severity.MEDIUM;
    }

    private static Finding finding(Service service, List<String> cut) {
        Severity severity = baseSeverity(service);
        if (cut.size() <= 1) {
            severity = severity.worse();
        }
        String what = service.kind().token() + (service.category() == null ? "" : ", category " + service.category());
        String message = cut.isEmpty()
                ? "service '" + service.id() + "' (" + what + ") is down with no failure; never_out: "
                        + service.neverOut()
                : "service '" + service.id() + "' (" + what + ") goes down on " + cut.size()
                        + (cut.size() == 1 ? " failure " : " simultaneous failures ") + cut
                        + "; never_out: " + service.neverOut();
        return new Finding(service.id(), cut, severity, message);
    }
}
