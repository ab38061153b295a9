package org.neverout.engine;

import java.util.List;
import java.util.Objects;
import org.neverout.model.Severity;

/**
 * A never-out finding, one per root cause (MODEL.md 1.1 "Findings: one per root cause"): a cut set C
 * that violates at least one service S (C is a minimal cut set of S, C is not S's own event, and
 * |C| &lt;= never_out(S)), with every service it violates. An empty C: those services are down with no
 * failure at all.
 *
 * @param cutSet    the cut set C, sorted by id
 * @param services  the ids of the services C violates, sorted by id, at least one
 * @param vital     how many of them are of kind {@code vital}
 * @param users     the sum of their {@code users} (missing counts as 0)
 * @param severity  critical, high or medium as MODEL.md 1.1 defines it
 * @param message   one line for people, e.g. "software:tempus-ntp-4.0 takes down 15 services (12 vital,
 *                  17,000,000 users): ..."
 */
public record Finding(List<String> cutSet, List<String> services, int vital, long users, Severity severity,
                      String message) {
    /** The {@code kind} of every never-out finding in JSON and reports. */
    public static final String KIND = "never-out";

    public Finding {
        cutSet = List.copyOf(cutSet);
        services = List.copyOf(services);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a finding violates at least one service");
        }
    }

    /** {@value #KIND}. */
    public String kind() {
        return KIND;
    }

    /** Whether the finding names this service. */
    public boolean violates(String serviceId) {
        return services.contains(serviceId);
    }
}
