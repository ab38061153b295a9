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
 * @param pack      the rule's pack ({@code connection-conditions}, ..., {@code user}), or null when unknown
 */
public record RuleFindingRow(String rule, String title, Severity severity, String subject, String message,
                             String pack) {
    public RuleFindingRow {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** A row whose pack is not known. */
    public RuleFindingRow(String rule, String title, Severity severity, String subject, String message) {
        this(rule, title, severity, subject, message, null);
    }
}
