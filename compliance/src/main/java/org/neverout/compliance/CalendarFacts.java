package org.neverout.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic behind the computed {@code days_since_*} and {@code months_since_*} facts. */
final class CalendarFacts {
    private CalendarFacts() {
    }

    /**
     * The least {@code m >= 0} such that {@code date} is on or after {@code asOf} minus {@code m} calendar
     * months; so "{@code date} is within the last N months" is exactly {@code monthsSince(date, asOf) <= N}
     * (a date exactly N months back is within, one day earlier is not). A date after {@code asOf} gives 0.
     * Constant time: starts one month below the whole months between the dates and steps up at most twice.
     */
    static long monthsSince(LocalDate date, LocalDate asOf) {
        if (!date.isBefore(asOf)) {
            return 0;
        }
        long m = Math.max(0, ChronoUnit.MONTHS.between(date, asOf) - 1);
        while (date.isBefore(asOf.minusMonths(m))) {
            m++;
        }
        return m;
    }

    /** Days from {@code date} to {@code asOf}; negative when {@code date} is later. */
    static long daysSince(LocalDate date, LocalDate asOf) {
        return ChronoUnit.DAYS.between(date, asOf);
    }
}
