package org.neverout.remediate;

import java.util.Objects;

import org.neverout.engine.NeverOutVerdict;

/** A service whose never-out verdict a step changes, e.g. violated to meets. */
public record VerdictChange(String service, NeverOutVerdict.Status before, NeverOutVerdict.Status after) {
    public VerdictChange {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
