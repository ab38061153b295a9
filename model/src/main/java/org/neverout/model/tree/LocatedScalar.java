package org.neverout.model.tree;

import java.math.BigInteger;

import org.neverout.model.Location;

/**
 * A scalar value. {@code text} is the raw text as written (without quotes), {@code value} its resolved
 * value: a {@link String}, a {@link Long} (or {@link BigInteger} when too big), a {@link Double}, a
 * {@link Boolean}, or null for {@link Type#NULL}.
 *
 * <p>YAML plain scalars resolve as YAML 1.1 does in Jackson ({@code yes}/{@code no}/{@code on}/{@code
 * off} are booleans, {@code ~} and the empty value are null, {@code 0x1F} and {@code 1_000} are integers);
 * a quoted scalar is always a string. Dates are not resolved: {@code 2026-03-01} is a string.
 *
 * @param quoted whether the scalar was quoted in the file (JSON strings always are)
 */
public record LocatedScalar(Location location, Type type, String text, Object value, boolean quoted)
        implements LocatedNode {

    /** The resolved type of a scalar. */
    public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public LocatedScalar {
        if ((type == Type.NULL) != (value == null)) {
            throw new IllegalArgumentException("null value iff type NULL");
        }
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    public boolean isNumber() {
        return type == Type.INTEGER || type == Type.DECIMAL;
    }

    @Override
    public String describe() {
        switch (type) {
            case NULL:
                return "null";
            case STRING:
                return "the string \"" + abbreviate(text) + "\"";
            case BOOLEAN:
                return "the boolean " + text;
            default:
                return "the number " + abbreviate(text);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
