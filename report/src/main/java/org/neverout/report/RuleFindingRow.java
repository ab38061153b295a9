package org.neverout.report;

import java.util.Objects;
import org.neverout.model.Severity;

/**
 * One compliance rule not met by one subject.
 *
 * @param rule      the rule id (e.g. {@code CC-01}); kept as the SARIF rule id
 * @param title     the rule's title, or null
 * @param severity  the rule's severity
 * @param subject   id of the offending element itself
 * @param message   what is wrong, for people
 */
public record RuleFindingRow(String rule, String title, Severity severity, String subject, String message) {
    public RuleFindingRow {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
