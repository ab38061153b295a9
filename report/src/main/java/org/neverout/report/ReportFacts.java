package org.neverout.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Severity;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * What every report format derives from a {@link ReportInput}: a verdict per service, the weak links
 * and single-point nodes to highlight, and the headline numbers of the executive summary.
 *
 * <p>A service is <em>critical</em> when it is vital or has a never-out requirement. A single point of
 * a critical service is an event that alone takes it down. A link is <em>weak</em> when it is a bridge of
 * the network graph, or it (or a shared-risk group it is in) is a single point of a critical service; a
 * node is a <em>single point</em> when it, its site or one of its groups is. Cost: O(V + E + C) for C
 * listed cut sets.
 */
public final class ReportFacts {
    private final ReportInput input;
    private final List<ServiceVerdict> verdicts;
    private final Map<String, List<String>> singlePointOf;
    private final Map<String, String> weakLinks;
    private final Map<String, String> singlePointNodes;

    private ReportFacts(ReportInput input) {
        this.input = input;
        this.verdicts = verdicts(input);
        this.singlePointOf = singlePoints(verdicts);
        Model model = input.model();
        Set<String> bridges = GraphBridges.of(model.nodes().stream().map(Node::id).toList(), model.links());
        this.weakLinks = weakLinks(model, bridges, singlePointOf);
        this.singlePointNodes = singlePointNodes(model, singlePointOf);
    }

    public static ReportFacts of(ReportInput input) {
        return new ReportFacts(input);
    }

    public ReportInput input() {
        return input;
    }

    /** One verdict per analysed service, in the order of the analysis (model order). */
    public List<ServiceVerdict> verdicts() {
        return verdicts;
    }

    /** Verdicts of the critical services (vital, or with a never-out requirement). */
    public List<ServiceVerdict> criticalVerdicts() {
        return verdicts.stream().filter(v -> isCritical(v.service())).toList();
    }

    /** The verdict of the service with that id, or null. */
    public ServiceVerdict verdict(String serviceId) {
        return verdicts.stream().filter(v -> v.id().equals(serviceId)).findFirst().orElse(null);
    }

    /** Events that alone take down a critical service, each with the critical services it takes down. */
    public Map<String, List<String>> singlePointEvents() {
        return singlePointOf;
    }

    /** Weak link ids, each with the reason in words ("bridge", "single point of failure of c2-north"). */
    public Map<String, String> weakLinks() {
        return weakLinks;
    }

    /** Single-point node ids, each with the reason in words. */
    public Map<String, String> singlePointNodes() {
        return singlePointNodes;
    }

    /** Never-out findings (one per root cause). */
    public int violationCount() {
        return input.findings().size();
    }

    /** Services whose never-out verdict is {@code violated}. */
    public long servicesInBreach() {
        return count(NeverOutVerdict.Status.VIOLATED);
    }

    /** Services whose never-out verdict is {@code unverified} (never counted as met). */
    public long servicesUnverified() {
        return count(NeverOutVerdict.Status.UNVERIFIED);
    }

    /** Services with a never-out verdict of {@code status}. */
    public long count(NeverOutVerdict.Status status) {
        return verdicts.stream().filter(v -> v.verdict().status() == status).count();
    }

    /** Whether the model declares any never-out requirement at all. */
    public boolean hasRequirements() {
        return verdicts.stream().anyMatch(v -> v.verdict().status() != NeverOutVerdict.Status.NONE);
    }

    /**
     * Whether every never-out requirement is met: some are declared and every one is {@code meets}
     * ({@code unverified} is never a pass).
     */
    public boolean passes() {
        return hasRequirements() && servicesInBreach() == 0 && servicesUnverified() == 0;
    }

    /** The headline verdict: "meets never-out", "never-out not met", "never-out unverified" or "no requirement declared". */
    public String headline() {
        if (!hasRequirements()) {
            return "no requirement declared";
        }
        if (servicesInBreach() > 0) {
            return "never-out not met";
        }
        return servicesUnverified() > 0 ? "never-out unverified" : "meets never-out";
    }

    /**
     * The findings to show first, most severe first, through one ordering for every format: the
     * never-out findings in the contract's order ({@link org.neverout.engine.NeverOutFindings#ORDER}),
     * then unverified requirements, then control and compliance violations, worst severity first.
     */
    public List<Violation> mostSevereFindings() {
        java.util.EnumSet<GateCategory> categories = java.util.EnumSet.of(GateCategory.NEVER_OUT);
        if (input.control() != null) {
            categories.add(GateCategory.CONTROL);
        }
        if (input.compliance() != null) {
            categories.add(GateCategory.COMPLIANCE);
        }
        return Violations.of(input, categories);
    }

    /** Highest severity among never-out and compliance findings, or null when there are none. */
    public Severity worstSeverity() {
        Severity worst = null;
        for (Finding f : input.findings()) {
            worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
        }
        if (input.compliance() != null) {
            for (RuleFindingRow f : input.compliance().findings()) {
                worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
            }
        }
        return worst;
    }

    /**
     * What the {@code index}-th entry of {@link #mostSevereFindings()} is about, for tables: for a
     * never-out finding the service it takes down, or "12 services" when it takes down several; else the
     * violation's subject.
     */
    public String subjectOf(int index, Violation violation) {
        if (index < input.findings().size()) {
            List<String> services = input.findings().get(index).services();
            return services.size() == 1 ? services.get(0) : services.size() + " services";
        }
        return violation.subject();
    }

    /** Critical services not controlled by defence alone, or an empty list without a control section. */
    public List<ServiceControlRow> uncontrolledCriticalServices() {
        if (input.control() == null) {
            return List.of();
        }
        Map<String, Service> services = servicesById(input.model());
        return input.control().services().stream()
                .filter(c -> !c.controlled() && services.containsKey(c.id()) && isCritical(services.get(c.id())))
                .toList();
    }

    /** Whether the service is critical: vital, or with a never-out requirement. */
    public static boolean isCritical(Service service) {
        return service.kind() == ServiceKind.VITAL || service.neverOut() > 0;
    }

    static Map<String, Service> servicesById(Model model) {
        Map<String, Service> byId = new LinkedHashMap<>();
        model.services().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static List<ServiceVerdict> verdicts(ReportInput input) {
        Map<String, Service> services = servicesById(input.model());
        Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(input.model(), input.analysis());
        Map<String, List<Finding>> violations = new HashMap<>();
        for (Finding f : input.findings()) {
            f.services().forEach(s -> violations.computeIfAbsent(s, k -> new ArrayList<>()).add(f));
        }
        int order = input.analysis().order();
        List<ServiceVerdict> out = new ArrayList<>();
        for (ServiceResult result : input.analysis().services()) {
            Service service = services.get(result.id());
            List<Finding> own = violations.getOrDefault(service.id(), List.of());
            Integer[] bySize = new Integer[order + 1];
            java.util.Arrays.fill(bySize, 0);
            for (List<String> cut : result.cutSets()) {
                if (cut.size() <= order) {
                    bySize[cut.size()]++;
                }
            }
            out.add(new ServiceVerdict(service, result, verdicts.get(service.id()), own, List.of(bySize)));
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> singlePoints(List<ServiceVerdict> verdicts) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ServiceVerdict v : verdicts) {
            if (!isCritical(v.service())) {
                continue;
            }
            for (List<String> cut : v.result().singlePointsOfFailure()) {
                if (NeverOutVerdict.isOwnEvent(v.id(), cut)) {
                    continue; // a service's own event is never held against itself
                }
                out.computeIfAbsent(cut.get(0), k -> new ArrayList<>()).add(v.id());
            }
        }
        out.replaceAll((k, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> weakLinks(Model model, Set<String> bridges, Map<String, List<String>> singles) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Link link : model.links()) {
            List<String> reasons = new ArrayList<>();
            if (bridges.contains(link.id())) {
                reasons.add("bridge (its loss splits the network)");
            }
            if (singles.containsKey(link.id())) {
                reasons.add("single point of failure of " + String.join(", ", singles.get(link.id())));
            }
            for (String group : link.groups()) {
                if (singles.containsKey(group)) {
                    reasons.add("in shared-risk group " + group + ", a single point of failure of "
                            + String.join(", ", singles.get(group)));
                }
            }
            if (!reasons.isEmpty()) {
                out.put(link.id(), String.join("; ", reasons));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> singlePointNodes(Model model, Map<String, List<String>> singles) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node node : model.nodes()) {
            List<String> reasons = new ArrayList<>();
            if (singles.containsKey(node.id())) {
                reasons.add("single point of failure of " + String.join(", ", singles.get(node.id())));
            }
            if (node.site() != null && singles.containsKey(node.site())) {
                reasons.add("its site " + node.site() + " is a single point of failure of "
                        + String.join(", ", singles.get(node.site())));
            }
            for (String group : node.groups()) {
                if (singles.containsKey(group)) {
                    reasons.add("in shared-risk group " + group + ", a single point of failure of "
                            + String.join(", ", singles.get(group)));
                }
            }
            if (!reasons.isEmpty()) {
                out.put(node.id(), String.join("; ", reasons));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Orders findings worst first (stable for equal severity). */
    static final Comparator<RuleFindingRow> COMPLIANCE_ORDER = Comparator.comparing(RuleFindingRow::severity)
            .reversed().thenComparing(RuleFindingRow::rule).thenComparing(RuleFindingRow::subject);
}
