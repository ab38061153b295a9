package org.neverout.report;

import java.util.Locale;

/** The never-out verdict of one service, from worst to best. */
public enum Verdict {
    /** Down with no failure at all. */
    DOWN,
    /** Has at least one cut set of size at most its {@code never_out}. */
    VIOLATED,
    /** The enumeration was cut short and found no violation so far: no verdict can be given. */
    INCOMPLETE,
    /** Survives any {@code never_out} simultaneous basic failures (within the analysed order). */
    MEETS,
    /** {@code never_out: 0}: no requirement to check. */
    NO_REQUIREMENT;

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A short label for tables: down, violated, incomplete, meets, no requirement. */
    public String label() {
        return this == NO_REQUIREMENT ? "no requirement" : token();
    }

    /** Whether the verdict is a breach of the never-out requirement (down or violated). */
    public boolean isBreach() {
        return this == DOWN || this == VIOLATED;
    }
}
