/**
 * Compliance checking: connection conditions of external parties ({@code CC-}), physical security of sites
 * ({@code PS-}), supply chain ({@code SC-}) and duty of care in the spirit of NIS2 article 21(2)
 * ({@code DC-}), plus the user's own rules.
 *
 * <h2>Rules are data</h2>
 * Every rule, built in ({@link org.neverout.compliance.BuiltinRules}, read from {@code builtin-rules.yaml}
 * in the jar) or the user's ({@link org.neverout.compliance.RuleFile}), is a CEL expression {@code require}
 * that must hold for each subject of its kind ({@code applies_to}), optionally only for subjects its CEL
 * filter {@code when} selects. Expressions are type-checked at load against the declared type of the
 * subject kind ({@link org.neverout.compliance.CelSchema}); a user rule with a built-in's id replaces it.
 *
 * <h2>What an expression sees</h2>
 * The subject's fields, named exactly as in the model file ({@code evidence.patch_days},
 * {@code security.alarm_monitored}, {@code connects_at}, {@code authorisations}, {@code knows}), facts
 * computed from the whole model ({@code distinct_sites}, {@code depth}, {@code authorisation_valid},
 * {@code months_since_audit}, ...), {@code as_of} (the check date as a timestamp at midnight UTC),
 * {@code params} (threshold parameters, e.g. {@code params.patch_days_max}) and {@code subject} (the same
 * fields as one struct). Dates are timestamps; {@code date(ts)} formats one as {@code yyyy-mm-dd}; the CEL
 * string extensions ({@code lowerAscii}, {@code trim}, {@code join}, ...) are available.
 *
 * <h2>Undeclared facts</h2>
 * A fact the model does not declare is absent, never a default. {@code has(evidence.patch_days)} and
 * {@code has(subject.role)} test for it. A {@code require} that reads an absent fact is not met and the
 * finding says {@code not declared: evidence.patch_days}, so missing evidence is always a finding; a
 * {@code when} that reads an absent fact does not select the subject. A rule that fails to evaluate for
 * any other reason (division by zero, a runaway comprehension) is a finding of kind
 * {@link org.neverout.compliance.RuleFinding.Kind#RULE_ERROR} for that rule and subject; the check goes on.
 *
 * <h2>Entry points</h2>
 * {@link org.neverout.compliance.RuleFile#load}, {@link org.neverout.compliance.ComplianceChecker#check},
 * {@link org.neverout.compliance.ComplianceReport#toText} and {@link org.neverout.compliance.ComplianceReport#toJson}.
 */
package org.neverout.compliance;
