package org.neverout.engine;

import java.util.Locale;

/** The kinds of basic event MODEL.md defines, with their command-line tokens ({@code --events}). */
public enum EventKind {
    NODE, LINK, SITE, POWER, GROUP, SOFTWARE, SUPPLIER, SERVICE;

    /** The token used on the command line and in reports: {@code node}, {@code link}, ... */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by a token (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the token and the valid ones when it is unknown
     */
    public static EventKind parse(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        for (EventKind kind : values()) {
            if (kind.token().equals(t)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + token
                + "' (expected one of node, link, site, power, group, software, supplier, service)");
    }
}
