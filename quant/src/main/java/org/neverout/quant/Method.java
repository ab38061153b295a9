package org.neverout.quant;

import java.util.Locale;

/** How service unavailability is quantified; the token is the command-line and JSON spelling. */
public enum Method {
    /** Exact when the Shannon expansion fits the budget, else cut-set bounds refined by Monte Carlo. */
    AUTO("auto"),
    /** Exact probability (fails with {@link QuantificationException} when infeasible within the budget). */
    EXACT("exact"),
    /** Rigorous lower and upper bounds from the minimal cut sets of order at most K. */
    BOUNDS("bounds"),
    /** Bounds plus a seeded Monte Carlo estimate with a confidence interval. */
    MONTE_CARLO("monte-carlo");

    private final String token;

    Method(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /**
     * The method named by a token (case-insensitive).
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static Method parse(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.token.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + token
                + "' (expected one of auto, exact, bounds, monte-carlo)");
    }
}
