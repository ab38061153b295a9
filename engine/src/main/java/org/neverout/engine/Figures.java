package org.neverout.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every probability, unavailability, availability, importance measure and downtime figure is shown
 * to people (text, HTML, Markdown, SARIF messages): three significant digits, because the inputs (MTBF and
 * MTTR estimates) do not support more and a reviewer must be able to defend each digit. Machine formats
 * (JSON) keep full double precision and never use this class.
 *
 * <p>An availability is shown as a percentage whose last digit is the third significant digit of its
 * unavailability (1 - 4.79e-4 is "99.9521 %"), so the nines are never rounded away ("100.0 %") and no
 * digit beyond what the unavailability carries is printed. All methods are O(1).
 */
public final class Figures {
    /** Significant digits shown. */
    public static final int DIGITS = 3;
    /** Minutes in the 8,760-hour year every downtime figure uses. */
    public static final double MINUTES_PER_YEAR = 8760.0 * 60.0;

    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Figures() {
    }

    /**
     * A number with three significant digits: plain between 1e-4 and 1e6 ("0.000479", "0.0123", "252",
     * "1470"), else scientific ("1.46e-7"); "0" for zero, "inf" for an infinity, "n/a" for NaN.
     */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(SIGNIFICANT);
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            String plain = rounded.toPlainString();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : plain;
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return mantissa.setScale(DIGITS - 1, RoundingMode.UNNECESSARY).toPlainString() + "e" + exponent;
    }

    /** A probability (unavailability, bound, importance measure): {@link #number}. */
    public static String probability(double p) {
        return number(p);
    }

    /**
     * The availability 1 - {@code unavailability} as a percentage ("99.9521 %"): decimals down to the third
     * significant digit of the unavailability (at most 12), "100 %" when the unavailability is 0.
     */
    public static String availabilityPercent(double unavailability) {
        if (Double.isNaN(unavailability)) {
            return "n/a";
        }
        if (unavailability <= 0) {
            return "100 %";
        }
        if (unavailability >= 1) {
            return "0 %";
        }
        BigDecimal downPercent = new BigDecimal(unavailability).movePointRight(2).round(SIGNIFICANT);
        int decimals = Math.min(12, Math.max(0, downPercent.scale()));
        return BigDecimal.valueOf(100).subtract(downPercent).setScale(decimals, RoundingMode.HALF_EVEN)
                .toPlainString() + " %";
    }

    /**
     * The availability interval for an unavailability interval [lower, upper]: "99.853 % to 99.873 %", or one
     * figure when both ends show the same at three significant digits; "" when either end is missing.
     */
    public static String availabilityRange(Double lower, Double upper) {
        if (lower == null || upper == null) {
            return "";
        }
        String low = availabilityPercent(upper);
        String high = availabilityPercent(lower);
        return low.equals(high) ? low : low + " to " + high;
    }

    /**
     * A target as given in the model, as a percentage without invented digits (0.99999 is "99.999 %"): targets
     * are requirements, not estimates, so they are shown exactly.
     */
    public static String targetPercent(double target) {
        return BigDecimal.valueOf(target).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** Expected downtime in minutes per year with three significant digits ("252 min", "0.0770 min"). */
    public static String minutes(double minutes) {
        return number(minutes) + " min";
    }

    /** The downtime per year an unavailability means, over the 8,760-hour year. */
    public static double downtimeMinutes(double unavailability) {
        return unavailability * MINUTES_PER_YEAR;
    }
}
