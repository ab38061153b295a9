package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarFactsTest {

    /** Brute force: scan m = 0, 1, 2, ... for the first m with date on or after asOf minus m months. */
    private static long oracle(LocalDate date, LocalDate asOf) {
        return LongStream.range(0, 10_000).filter(m -> !date.isBefore(asOf.minusMonths(m))).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void monthsSinceMatchesBruteForce(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            // as-of dates spread over leap years and month ends, dates up to ~8 years back or a bit ahead
            LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
            LocalDate date = asOf.minusDays(random.nextInt(3_000) - 30);
            assertThat(CalendarFacts.monthsSince(date, asOf)).as("%s to %s", date, asOf).isEqualTo(oracle(date, asOf));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2025-06-01, 2026-06-01, 12",   // exactly 12 months: within 12
        "2025-05-31, 2026-06-01, 13",   // one day more: not within 12
        "2026-02-28, 2026-03-31, 1",    // month end: March 31 minus one month is February 28
        "2026-02-27, 2026-03-31, 2",
        "2024-02-29, 2025-02-28, 12",   // leap day: 2025-02-28 minus 12 months is 2024-02-28
        "2024-02-28, 2025-02-28, 12",
        "2024-02-27, 2025-02-28, 13",
        "2026-06-01, 2026-06-01, 0",
        "2026-07-01, 2026-06-01, 0"     // a date after as-of
    })
    void monthsSinceEdges(LocalDate date, LocalDate asOf, long expected) {
        assertThat(CalendarFacts.monthsSince(date, asOf)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-05-31, 2026-06-01, 1", "2026-06-02, 2026-06-01, -1", "2025-06-01, 2026-06-01, 365"})
    void daysSince(LocalDate date, LocalDate asOf, long expected) {
        assertThat(CalendarFacts.daysSince(date, asOf)).isEqualTo(expected);
    }
}
