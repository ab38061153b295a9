package org.neverout.report;

import java.util.List;
import java.util.Objects;
import org.neverout.model.Severity;

/**
 * One thing a gate can fail on, identified independently of the run so that the same violation in two
 * model versions compares equal ({@link #key()}).
 *
 * @param category  never-out, control or compliance
 * @param rule      the rule id ({@link RuleIds} or a compliance rule id)
 * @param subject   the element concerned: the service (never-out, control) or the compliance subject
 * @param cutSet    the cut set of a never-out violation, empty otherwise
 * @param severity  how bad it is
 * @param message   what is wrong, for people
 */
public record Violation(GateCategory category, String rule, String subject, List<String> cutSet, Severity severity,
                        String message) {
    public Violation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        cutSet = List.copyOf(cutSet);
    }

    /** Identity across runs: category, rule, subject and cut set (not the message or severity). */
    public String key() {
        return category.token() + "\u0000" + rule + "\u0000" + subject + "\u0000" + String.join("\u0001", cutSet);
    }
}
