package org.neverout.report;

import java.util.List;
import java.util.Set;

/**
 * The outcome of a CI gate.
 *
 * @param failed      whether the gate fails (exit code 1)
 * @param categories  the categories the gate checked
 * @param violations  the violations that make it fail (empty when it passes)
 * @param summary     one line for the log, e.g. "gate failed: 3 new never-out violations"
 */
public record GateDecision(boolean failed, Set<GateCategory> categories, List<Violation> violations,
                           String summary) {
    public GateDecision {
        categories = Set.copyOf(categories);
        violations = List.copyOf(violations);
    }

    /** The process exit code MODEL.md prescribes for a gate: 1 when it fails, 0 when it passes. */
    public int exitCode() {
        return failed ? 1 : 0;
    }
}
