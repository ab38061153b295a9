package org.neverout.compliance;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.neverout.model.Severity;

/**
 * One rule not met by one subject.
 *
 * @param rule         the rule's id
 * @param pack         the rule's pack name ({@code user} for user rules)
 * @param subject      the id of the offending element itself (never its parent or owner); for the
 *                     {@code model} kind the model's name, for a measure its key ({@code a} .. {@code j})
 * @param subjectKind  the subject's kind
 * @param message      what is wrong, for people
 * @param evidence     the facts the rule read, by path ({@code evidence.patch_days}, {@code params.x});
 *                     a null value means the fact was not declared
 * @param kind         a violation, or a rule that could not be evaluated on this subject
 */
public record RuleFinding(String rule, String title, String pack, Severity severity, String subject,
                      SubjectKind subjectKind, String message, Map<String, Object> evidence, Kind kind) {

    /** What a finding reports. */
    public enum Kind {
        /** The subject does not meet the rule. */
        VIOLATION,
        /** The rule failed to evaluate on the subject (e.g. a division by zero); compliance is unknown. */
        RULE_ERROR;

        public String token() {
            return this == VIOLATION ? "violation" : "rule error";
        }
    }

    /** Worst first, then by rule id, then by subject id (then message, so the order is total). */
    public static final Comparator<RuleFinding> ORDER = Comparator.comparing(RuleFinding::severity).reversed()
            .thenComparing(RuleFinding::rule)
            .thenComparing(RuleFinding::subject)
            .thenComparing(RuleFinding::message);

    public RuleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        // insertion order is kept for reports; null values (undeclared facts) are allowed
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
