package org.neverout.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Severity;

/**
 * Turns cut sets into never-out findings, one per root cause (MODEL.md 1.1 "Findings: one per root
 * cause").
 *
 * <p>A cut set C of service S violates S when S has {@code never_out: N >= 1}, C is not S's own event
 * {@code [S]} and |C| &lt;= N (C = [] when S is down with no failure). Findings are grouped by C, each
 * naming every service it violates, and sorted by {@link #ORDER}: |C| ascending, vital services
 * descending, users descending, then C element by element. Severity: critical when C violates a vital
 * service of category A, or |C| &lt;= 1 and C violates any vital service; high when it violates another
 * vital service; medium otherwise.
 *
 * <p>Cost: O(L log F) for L listed cut sets and F findings (a sorted map keyed by cut set).
 */
public final class NeverOutFindings {
    /** Cut sets as MODEL.md sorts them: by size, then element by element ({@link String#compareTo}). */
    public static final Comparator<List<String>> CUT_SET_ORDER = (a, b) -> {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** The contract's order of never-out findings; the one ordering every output uses. */
    public static final Comparator<Finding> ORDER = Comparator.<Finding>comparingInt(f -> f.cutSet().size())
            .thenComparing(Comparator.comparingInt(Finding::vital).reversed())
            .thenComparing(Comparator.comparingLong(Finding::users).reversed())
            .thenComparing(Finding::cutSet, CUT_SET_ORDER);

    private NeverOutFindings() {
    }

    /** The findings of an analysis of {@code model}, in {@link #ORDER}. */
    public static List<Finding> of(Model model, AnalysisResult result) {
        Map<String, Service> services = new java.util.HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        Map<List<String>, TreeSet<String>> violated = new TreeMap<>(CUT_SET_ORDER);
        for (ServiceResult r : result.services()) {
            Service service = services.get(r.id());
            if (service == null || service.neverOut() <= 0) {
                continue;
            }
            for (List<String> cut : r.cutSets()) {
                if (cut.size() <= service.neverOut() && !NeverOutVerdict.isOwnEvent(service.id(), cut)) {
                    violated.computeIfAbsent(cut, k -> new TreeSet<>()).add(service.id());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        violated.forEach((cut, ids) -> findings.add(finding(cut, ids.stream().map(services::get).toList())));
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** The findings that name this service, in {@link #ORDER} (a sub-list of {@code findings}). */
    public static List<Finding> of(String serviceId, List<Finding> findings) {
        return findings.stream().filter(f -> f.violates(serviceId)).toList();
    }

    /**
     * The severity of a cut set of {@code size} events that violates {@code violated} (MODEL.md 1.1).
     */
    public static Severity severity(int size, List<Service> violated) {
        boolean vital = false;
        for (Service s : violated) {
            if (s.kind() == ServiceKind.VITAL) {
                if ("A".equals(s.category()) || size <= 1) {
                    return Severity.CRITICAL;
                }
                vital = true;
            }
        }
        return vital ? Severity.HIGH : Severity.MEDIUM;
    }

    private static Finding finding(List<String> cut, List<Service> violated) {
        int vital = (int) violated.stream().filter(s -> s.kind() == ServiceKind.VITAL).count();
        long users = violated.stream().mapToLong(s -> s.users() == null ? 0 : s.users()).sum();
        List<String> ids = violated.stream().map(Service::id).toList();
        return new Finding(cut, ids, vital, users, severity(cut.size(), violated), message(cut, ids, vital, users));
    }

    /** "n8 takes down 3 services (2 vital, 2,700 users): svc0, svc5, svc6". */
    static String message(List<String> cut, List<String> services, int vital, long users) {
        String cause;
        if (cut.isEmpty()) {
            cause = "with no failure at all, " + (services.size() == 1 ? "1 service is" : services.size() + " services are")
                    + " down";
        } else if (cut.size() == 1) {
            cause = cut.get(0) + " takes down " + count(services.size());
        } else {
            cause = String.join(" + ", cut) + " together take down " + count(services.size());
        }
        String names = services.size() <= 5 ? String.join(", ", services)
                : String.join(", ", services.subList(0, 5)) + ", +" + (services.size() - 5) + " more";
        return cause + String.format(java.util.Locale.ROOT, " (%d vital, %,d users): %s", vital, users, names);
    }

    private static String count(int services) {
        return services == 1 ? "1 service" : services + " services";
    }
}
