package org.neverout.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.neverout.engine.NeverOutVerdict;

/**
 * Every period recorded in the history store, oldest first, for the trend chart: per period the services
 * violated, unverified and meeting their never-out requirement and the worst availability. Plain data,
 * filled from the store by the caller (the report does not read the store); "now" is added from this
 * report's own results unless the store already holds this run.
 *
 * @param recorded     the recorded periods, oldest first (empty when the store holds none)
 * @param nowRecorded  whether the last recorded period is this very run (same model recorded last), so that
 *                     "now" is not added a second time
 */
public record PeriodSeries(List<Period> recorded, boolean nowRecorded) {
    public PeriodSeries {
        recorded = List.copyOf(recorded);
        if (nowRecorded && recorded.isEmpty()) {
            throw new IllegalArgumentException("this run cannot be recorded in an empty store");
        }
    }

    /**
     * One period.
     *
     * @param label              the run's label, or {@code now} for this report when it is not recorded
     * @param recordedAt         when it was recorded, or null for an unrecorded "now"
     * @param asOf               the date the analysis speaks for
     * @param hash               its ledger hash, or null for an unrecorded "now"
     * @param violated           services whose never-out requirement is violated
     * @param unverified         services whose requirement could not be decided
     * @param meeting            services meeting theirs
     * @param worstService       the service with the lowest availability, or null without availability figures
     * @param worstAvailability  its availability (1 - unavailability), or null with worstService
     */
    public record Period(String label, Instant recordedAt, LocalDate asOf, String hash, int violated,
                         int unverified, int meeting, String worstService, Double worstAvailability) {
        public Period {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(asOf, "asOf");
        }

        /** Whether this is this report's unrecorded "now". */
        public boolean unrecorded() {
            return recordedAt == null;
        }
    }

    /** The periods to chart: the recorded ones, then "now" from this report unless it is recorded already. */
    public List<Period> points(ReportInput input, ReportFacts facts) {
        List<Period> all = new ArrayList<>(recorded);
        if (!nowRecorded) {
            all.add(now(input, facts));
        }
        return List.copyOf(all);
    }

    /** This report's own period, counted as the JSON report's summary counts it. Cost: O(S). */
    static Period now(ReportInput input, ReportFacts facts) {
        String worst = null;
        Double worstAvailability = null;
        if (input.availability() != null) {
            for (ServiceAvailabilityRow a : input.availability().services()) {
                if (worstAvailability == null || a.availability() < worstAvailability) {
                    worstAvailability = a.availability();
                    worst = a.id();
                }
            }
        }
        return new Period("now", null, input.meta().asOf(), null, (int) facts.servicesInBreach(),
                (int) facts.servicesUnverified(), (int) facts.count(NeverOutVerdict.Status.MEETS), worst,
                worstAvailability);
    }
}
