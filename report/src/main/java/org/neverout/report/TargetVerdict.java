package org.neverout.report;

import java.util.Locale;

/** How a service's computed availability compares with its {@code availability_target}. */
public enum TargetVerdict {
    /** The availability (and its lower confidence bound, when known) meets the target. */
    MEETS,
    /** The availability is below the target. */
    MISSES,
    /** The point estimate meets the target but the confidence interval reaches below it. */
    UNCERTAIN,
    /** The service has no target. */
    NO_TARGET;

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
