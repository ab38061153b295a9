package org.neverout.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do, each role including the ones before it: a viewer reads, an analyst also runs
 * what-ifs, sets the live state and records runs, an admin also manages users and reads the audit log.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** The name in the API, the store and the pages: {@code viewer}, {@code analyst}, {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role includes everything {@code minimum} may do. */
    public boolean atLeast(Role minimum) {
        return compareTo(minimum) >= 0;
    }

    /** The role named {@code id} (exactly as {@link #id()} spells it). */
    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** "viewer, analyst or admin", for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
