package org.neverout.report.diff;

import java.util.Locale;

/** How a service differs between two model versions. */
public enum ServiceChange {
    ADDED, REMOVED, CHANGED, UNCHANGED;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
