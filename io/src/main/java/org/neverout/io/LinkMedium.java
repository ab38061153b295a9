package org.neverout.io;

import java.util.Locale;

/**
 * Normalises free-text link types (Topology Zoo {@code LinkType}: Fiber, Fibre, FIBRE, Wireless, DS-3, ...)
 * to the media NeverOut reasons about: fiber, microwave, satellite, copper, other.
 */
final class LinkMedium {
    static final String FIBER = "fiber";
    static final String MICROWAVE = "microwave";
    static final String SATELLITE = "satellite";
    static final String COPPER = "copper";
    static final String OTHER = "other";

    private LinkMedium() {
    }

    /** The medium of a link type, or null for a blank one. Circuit types (DS-3, STM-1, ATM, ...) say nothing of the medium: other. */
    static String normalise(String linkType) {
        if (linkType == null || linkType.isBlank()) {
            return null;
        }
        String t = linkType.strip().toLowerCase(Locale.ROOT);
        if (t.contains("fib") || t.contains("optic") || t.contains("dwdm") || t.contains("wdm") || t.equals("dark")) {
            return FIBER;
        }
        if (t.contains("microwave") || t.contains("wireless") || t.contains("radio") || t.contains("mw link")) {
            return MICROWAVE;
        }
        if (t.contains("satellite") || t.contains("vsat")) {
            return SATELLITE;
        }
        if (t.contains("copper") || t.contains("dsl") || t.contains("coax")) {
            return COPPER;
        }
        return OTHER;
    }

    /** True when the type names a medium itself rather than a circuit or protocol. */
    static boolean isExact(String linkType, String medium) {
        return !OTHER.equals(medium) || linkType.strip().equalsIgnoreCase(OTHER);
    }
}
