package org.neverout.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each service's availability then (the previous period's stored figure) and now. A side without a figure
 * (no availability section recorded, or the service absent) is null: "not recorded", never zero.
 * Cost: O(S) for S services then and now.
 *
 * @param rows one per service: those analysed now in their order, then those only in the previous period
 */
public record AvailabilityTrend(List<Row> rows) {
    public AvailabilityTrend {
        rows = List.copyOf(rows);
    }

    /**
     * One service.
     *
     * @param service the service id
     * @param then    its availability (1 - unavailability) in the previous period, or null when not recorded
     * @param now     its availability now, or null when not analysed
     */
    public record Row(String service, Double then, Double now) {
        public Row {
            Objects.requireNonNull(service, "service");
        }
    }

    /** The availability of {@code section} (null: not analysed) against that of {@code previous}. */
    public static AvailabilityTrend of(PreviousRun previous, AvailabilitySection section) {
        Objects.requireNonNull(previous, "previous");
        Map<String, Double> then = previous.unavailability() == null ? Map.of() : previous.unavailability();
        Set<String> seen = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        if (section != null) {
            for (ServiceAvailabilityRow a : section.services()) {
                seen.add(a.id());
                Double u = then.get(a.id());
                rows.add(new Row(a.id(), u == null ? null : 1.0 - u, a.availability()));
            }
        }
        then.forEach((service, u) -> {
            if (!seen.contains(service)) {
                rows.add(new Row(service, 1.0 - u, null));
            }
        });
        return new AvailabilityTrend(rows);
    }

    /** Whether neither side has a figure for any service. */
    public boolean empty() {
        return rows.stream().allMatch(r -> r.then() == null && r.now() == null);
    }
}
