package org.neverout.remediate;

import java.util.Locale;

/** The kinds of candidate action (issue 14); {@link #token()} is the JSON word. */
public enum ActionKind {
    /** A new link between two non-adjacent nodes at different sites, in a conduit group of its own. */
    NEW_LINK,
    /** A second power feed (a generator in a group of its own) for a site or node that has one. */
    POWER_FEED,
    /** Diverse software (a new version id) on one node of a redundant pair or group of alternatives. */
    DIVERSE_SOFTWARE,
    /** A second, diverse shared service as an alternative in {@code depends_on}. */
    ALTERNATIVE_SERVICE,
    /** An extra alternative node for a service's endpoint entry. */
    ALTERNATIVE_ENDPOINT,
    /** A second link for a single-homed endpoint node or external party. */
    DUAL_HOMING,
    /** Operation of a supplier's elements taken over by defence. */
    OPERATION_TO_DEFENCE,
    /** A change from the user's candidates file. */
    USER;

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
