package org.neverout.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a CI gate ({@code --fail-on}) fails on. */
public enum GateCategory {
    /** Never-out findings: a cut set of size at most a service's {@code never_out} (or a service down). */
    NEVER_OUT("never-out"),
    /** A critical service (vital, or with a never-out requirement) not controlled by defence alone. */
    CONTROL("control"),
    /** A compliance rule not met. */
    COMPLIANCE("compliance"),
    /** All of the above. */
    ANY("any");

    private final String token;

    GateCategory(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /**
     * The categories named by a comma-separated list such as {@code never-out,control}; {@code any}
     * expands to all three.
     *
     * @throws IllegalArgumentException naming the bad token and the valid ones
     */
    public static Set<GateCategory> parse(String tokens) {
        EnumSet<GateCategory> out = EnumSet.noneOf(GateCategory.class);
        for (String raw : (tokens == null ? "" : tokens).split(",")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            GateCategory found = null;
            for (GateCategory c : values()) {
                if (c.token.equals(t)) {
                    found = c;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown --fail-on value '" + raw.trim()
                        + "' (expected never-out, control, compliance or any, comma-separated)");
            }
            if (found == ANY) {
                out.addAll(EnumSet.of(NEVER_OUT, CONTROL, COMPLIANCE));
            } else {
                out.add(found);
            }
        }
        return Set.copyOf(out);
    }
}
