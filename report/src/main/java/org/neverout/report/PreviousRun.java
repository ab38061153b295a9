package org.neverout.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The previous recorded period a report compares with (the trend on the decision page): plain data, filled
 * from the history store's previous run; null in a {@link ReportInput} when no previous period is recorded.
 *
 * @param label           the run's label, e.g. "2026-Q3"
 * @param recordedAt      when it was recorded
 * @param hash            its ledger hash (hex), or null
 * @param services        the never-out standing of each service then
 * @param rootCauses      the cut sets of its never-out findings (root causes), each sorted by id, or null when
 *                        the run did not record them
 * @param unavailability  each service's unavailability then, in the run's order, or null when the run recorded
 *                        no availability section
 */
public record PreviousRun(String label, Instant recordedAt, String hash, List<ServiceStanding> services,
                          List<List<String>> rootCauses, Map<String, Double> unavailability) {
    public PreviousRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(recordedAt, "recordedAt");
        services = List.copyOf(services);
        rootCauses = rootCauses == null ? null : rootCauses.stream().map(List::copyOf).toList();
        unavailability = unavailability == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(unavailability));
    }

    /** A previous period of which only the service standings are known (no root causes, no availability). */
    public PreviousRun(String label, Instant recordedAt, String hash, List<ServiceStanding> services) {
        this(label, recordedAt, hash, services, null, null);
    }

    /**
     * One service's never-out standing in a run, as {@code analyze --format json} writes it.
     *
     * @param service     the service id
     * @param verdict     {@code meets}, {@code violated}, {@code unverified} or {@code none}
     * @param resilience  the size of its smallest cut set other than its own event, or null when none was
     *                    found within the order analysed
     */
    public record ServiceStanding(String service, String verdict, Integer resilience) {
        public ServiceStanding {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(verdict, "verdict");
        }
    }
}
