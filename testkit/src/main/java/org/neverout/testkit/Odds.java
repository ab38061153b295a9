package org.neverout.testkit;

import java.util.Random;

/**
 * A chance of {@code in} out of {@code outOf} for one random draw. {@link #NEVER} and {@link #ALWAYS} draw
 * nothing, so switching a feature off or on for good does not shift the rest of a seeded sequence.
 */
public record Odds(int in, int outOf) {
    public static final Odds NEVER = new Odds(0, 1);
    public static final Odds ALWAYS = new Odds(1, 1);

    public Odds {
        if (outOf < 1 || in < 0 || in > outOf) {
            throw new IllegalArgumentException("odds must be 0 <= in <= outOf, outOf >= 1: " + in + "/" + outOf);
        }
    }

    /** One draw: true with probability {@code in / outOf}. */
    public boolean hit(Random random) {
        if (in == 0 || in == outOf) {
            return in == outOf;
        }
        return random.nextInt(outOf) < in;
    }

    @Override
    public String toString() {
        return in + "/" + outOf;
    }
}
