package org.neverout.compliance;

import org.neverout.model.Severity;

/**
 * How one rule fared in a run.
 *
 * @param subjects  subjects of its kind that its {@code when} filter selected
 * @param passed    of those, how many met it
 * @param failed    violations found
 * @param errors    subjects on which it could not be evaluated
 */
public record RuleStats(String rule, String title, String pack, Severity severity, SubjectKind appliesTo,
                        int subjects, int passed, int failed, int errors) {
}
