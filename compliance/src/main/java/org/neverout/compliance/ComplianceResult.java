package org.neverout.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.neverout.model.Severity;

/**
 * Everything a compliance check found.
 *
 * @param model     the model's name
 * @param asOf      the date every time-dependent rule was evaluated at
 * @param findings  sorted by {@link RuleFinding#ORDER}: worst first, then rule id, then subject
 * @param coverage  the duty-of-care coverage matrix, catalogue measures ({@code a} .. {@code j}) first
 * @param rules     every rule evaluated, in id order, with counts
 * @param disabled  rules switched off by the model, with the reason given
 */
public record ComplianceResult(String model, LocalDate asOf, List<RuleFinding> findings, List<MeasureCoverage> coverage,
                               List<RuleStats> rules, List<DisabledRule> disabled) {
    public ComplianceResult {
        findings = List.copyOf(findings);
        coverage = List.copyOf(coverage);
        rules = List.copyOf(rules);
        disabled = List.copyOf(disabled);
    }

    /** The worst severity found, if anything was found. */
    public Optional<Severity> worst() {
        return findings.stream().map(RuleFinding::severity).max(Enum::compareTo);
    }

    /** True when some finding reaches {@code threshold}: the {@code check} command's gate. */
    public boolean fails(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
