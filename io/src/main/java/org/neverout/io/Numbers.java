package org.neverout.io;

import java.util.regex.Pattern;

/** Strict decimal numbers: no NaN, no infinities, no hex or Java suffixes that {@link Double#parseDouble} accepts. */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private Numbers() {
    }

    /** The finite value of a decimal, or null when the text is not one. */
    static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 64 || !DECIMAL.matcher(t).matches()) {
            return null;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : null;
    }

    static boolean isLatitude(double value) {
        return value >= -90 && value <= 90;
    }

    static boolean isLongitude(double value) {
        return value >= -180 && value <= 180;
    }
}
