package org.neverout.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Severity;
import org.neverout.model.Service;

/**
 * The violations of a report input, per {@link GateCategory}, and the ones a change introduces.
 * Cost: linear in the number of findings (plus the sort of the control and compliance ones).
 */
public final class Violations {
    private Violations() {
    }

    /**
     * Every violation of the given categories, unverified never-out requirements included. See
     * {@link #of(ReportInput, Set, boolean)}.
     */
    public static List<Violation> of(ReportInput input, Set<GateCategory> categories) {
        return of(input, categories, false);
    }

    /**
     * Every violation of the given categories, in the one order every output shows them: the never-out
     * findings in the contract's order (one per root cause, subject: the first service it violates),
     * then (unless {@code allowUnverified}) one {@link RuleIds#NEVER_OUT_UNVERIFIED} per service whose
     * verdict is {@code unverified}, then control and compliance violations, worst severity first. A
     * category whose data the input lacks (no control or compliance section) is refused, so a gate
     * never passes for want of data.
     *
     * @throws IllegalArgumentException when a requested category's section is missing
     */
    public static List<Violation> of(ReportInput input, Set<GateCategory> categories, boolean allowUnverified) {
        List<Violation> out = new ArrayList<>();
        if (wants(categories, GateCategory.NEVER_OUT)) {
            for (Finding f : input.findings()) {
                out.add(new Violation(GateCategory.NEVER_OUT, RuleIds.neverOut(f.cutSet()), f.services().get(0),
                        f.cutSet(), f.severity(), f.message()));
            }
            if (!allowUnverified) {
                for (NeverOutVerdict v : NeverOutVerdict.of(input.model(), input.analysis()).values()) {
                    if (v.unverified()) {
                        out.add(new Violation(GateCategory.NEVER_OUT, RuleIds.NEVER_OUT_UNVERIFIED, v.service(),
                                List.of(), Severity.HIGH, "service '" + v.service() + "' never_out: " + v.neverOut()
                                + " is " + v.label() + ": not shown to be met"));
                    }
                }
            }
        }
        int others = out.size();
        if (wants(categories, GateCategory.CONTROL)) {
            require(input.control() != null, GateCategory.CONTROL, "the control analysis");
            Map<String, Service> services = ReportFacts.servicesById(input.model());
            for (ServiceControlRow c : ReportFacts.of(input).uncontrolledCriticalServices()) {
                Service s = services.get(c.id());
                out.add(new Violation(GateCategory.CONTROL, RuleIds.CONTROL_UNCONTROLLED, c.id(), List.of(),
                        controlSeverity(s), "service '" + c.id()
                        + "' does not survive on defence-operated elements alone; it needs "
                        + (c.needs().isEmpty() ? "non-defence elements" : "supplier(s) " + String.join(", ", c.needs()))));
            }
        }
        if (wants(categories, GateCategory.COMPLIANCE)) {
            require(input.compliance() != null, GateCategory.COMPLIANCE, "the compliance check");
            for (RuleFindingRow f : input.compliance().findings()) {
                out.add(new Violation(GateCategory.COMPLIANCE, f.rule(), f.subject(), List.of(), f.severity(),
                        f.message()));
            }
        }
        // stable: within a severity, control before compliance and each in its own order
        out.subList(others, out.size()).sort(Comparator.comparing(Violation::severity).reversed());
        return List.copyOf(out);
    }

    /** The violations of {@code newer} whose {@link Violation#key()} does not occur in {@code older}. */
    public static List<Violation> introduced(ReportInput older, ReportInput newer, Set<GateCategory> categories) {
        return introduced(older, newer, categories, false);
    }

    /** As {@link #introduced(ReportInput, ReportInput, Set)}, unverified verdicts left out when allowed. */
    public static List<Violation> introduced(ReportInput older, ReportInput newer, Set<GateCategory> categories,
                                             boolean allowUnverified) {
        Set<String> before = new HashSet<>();
        for (Violation v : of(older, categories, allowUnverified)) {
            before.add(v.key());
        }
        return of(newer, categories, allowUnverified).stream().filter(v -> !before.contains(v.key())).toList();
    }

    /** Severity of an uncontrolled critical service: high for vital category A, medium otherwise. */
    static Severity controlSeverity(Service service) {
        return service != null && "A".equalsIgnoreCase(service.category()) ? Severity.HIGH : Severity.MEDIUM;
    }

    private static boolean wants(Set<GateCategory> categories, GateCategory category) {
        return categories.contains(category) || categories.contains(GateCategory.ANY);
    }

    private static void require(boolean present, GateCategory category, String what) {
        if (!present) {
            throw new IllegalArgumentException("--fail-on " + category.token() + " needs " + what
                    + ", which this run did not include");
        }
    }
}
