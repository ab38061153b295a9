package org.neverout.report.diff;

import org.neverout.engine.ProfileChange;

import java.util.List;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.report.Violation;

/**
 * The difference between the analyses of two model versions at the same order.
 *
 * @param oldModel            name of the old model
 * @param newModel            name of the new model
 * @param order               the order both were analysed at
 * @param services            every service of either version: the new version's in its order, then the
 *                            removed ones in the old order
 * @param servicesAdded       ids of services only in the new version
 * @param servicesRemoved     ids of services only in the old version
 * @param regressions         services of NEW whose never-out profile got worse (MODEL.md 1.1), by id
 * @param improvements        services of NEW whose never-out profile got better, by id
 * @param unverified          the {@code unverified} never-out verdicts of NEW, in model order
 * @param cutShort            services of NEW with {@code never_out >= 1} whose verdict is not unverified but
 *                            whose enumeration in OLD or NEW was cut short by a limit: their profiles are
 *                            lower bounds, so "no regression" could not be checked for them
 * @param newViolations       violations in the new version and not in the old one (by cut set)
 * @param resolvedViolations  violations in the old version and not in the new one
 * @param verdict             one line for the whole change
 */
public record AnalysisDiff(String oldModel, String newModel, int order, List<ServiceDiff> services,
                           List<String> servicesAdded, List<String> servicesRemoved,
                           List<ProfileChange> regressions, List<ProfileChange> improvements,
                           List<NeverOutVerdict> unverified, List<String> cutShort, List<Violation> newViolations,
                           List<Violation> resolvedViolations, String verdict) {
    public AnalysisDiff {
        services = List.copyOf(services);
        servicesAdded = List.copyOf(servicesAdded);
        servicesRemoved = List.copyOf(servicesRemoved);
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
        unverified = List.copyOf(unverified);
        cutShort = List.copyOf(cutShort);
        newViolations = List.copyOf(newViolations);
        resolvedViolations = List.copyOf(resolvedViolations);
        if (regressions.stream().anyMatch(c -> !c.regressed())) {
            throw new IllegalArgumentException("a regression whose profile did not get worse");
        }
        if (improvements.stream().anyMatch(c -> !c.improved())) {
            throw new IllegalArgumentException("an improvement whose profile did not get better");
        }
    }

    /** The diff of the service with that id, or null. */
    public ServiceDiff service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** Whether anything changed at all. */
    public boolean hasChanges() {
        return services.stream().anyMatch(s -> s.change() != ServiceChange.UNCHANGED)
                || !newViolations.isEmpty() || !resolvedViolations.isEmpty();
    }
}
