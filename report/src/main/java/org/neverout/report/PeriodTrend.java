package org.neverout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trend against the previous period: per service with a never-out requirement, its resilience then and
 * now (more failures survived is better; no cut set within the order analysed counts as the most), and one
 * overall direction. Cost: O(S) for S services.
 *
 * @param previous  the previous period
 * @param changes   one entry per service with a requirement now, in the analysis order
 * @param overall   {@code BETTER} when some service got better and none worse, {@code WORSE} when some got
 *                  worse and none better, {@code MIXED} when both, else {@code SAME}
 */
public record PeriodTrend(PreviousRun previous, List<Change> changes, Direction overall) {
    /** Which way a service, or the whole, moved. */
    public enum Direction {
        BETTER("\u25B2"), WORSE("\u25BC"), SAME("\u25B6"), MIXED("\u25C6"), NEW("\u2022");

        private final String arrow;

        Direction(String arrow) {
            this.arrow = arrow;
        }

        /** A one-character arrow for tables. */
        public String arrow() {
            return arrow;
        }

        /** The lower-case word: better, worse, same, mixed, new. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One service then and now.
     *
     * @param then  its standing in the previous period, or null when it is new
     * @param now   its standing now
     */
    public record Change(String service, PreviousRun.ServiceStanding then, PreviousRun.ServiceStanding now,
                         Direction direction) {
    }

    public PeriodTrend {
        Objects.requireNonNull(previous, "previous");
        changes = List.copyOf(changes);
        Objects.requireNonNull(overall, "overall");
    }

    /** The trend of the current verdicts against {@code previous}. */
    public static PeriodTrend of(PreviousRun previous, List<ServiceVerdict> verdicts) {
        Map<String, PreviousRun.ServiceStanding> then = new HashMap<>();
        previous.services().forEach(s -> then.put(s.service(), s));
        List<Change> changes = new ArrayList<>();
        boolean better = false;
        boolean worse = false;
        for (ServiceVerdict v : verdicts) {
            if (v.service().neverOut() <= 0) {
                continue;
            }
            PreviousRun.ServiceStanding now = new PreviousRun.ServiceStanding(v.id(), v.verdict().status().token(),
                    v.verdict().resilience());
            PreviousRun.ServiceStanding old = then.get(v.id());
            Direction d;
            if (old == null) {
                d = Direction.NEW;
            } else {
                int c = Long.compare(rank(now.resilience()), rank(old.resilience()));
                d = c > 0 ? Direction.BETTER : c < 0 ? Direction.WORSE : Direction.SAME;
            }
            better |= d == Direction.BETTER;
            worse |= d == Direction.WORSE;
            changes.add(new Change(v.id(), old, now, d));
        }
        Direction overall = better && worse ? Direction.MIXED : better ? Direction.BETTER
                : worse ? Direction.WORSE : Direction.SAME;
        return new PeriodTrend(previous, changes, overall);
    }

    /** No cut set within the order analysed: survives more than any found one. */
    private static long rank(Integer resilience) {
        return resilience == null ? Long.MAX_VALUE : resilience;
    }
}
