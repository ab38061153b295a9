package org.neverout.report;

import java.util.List;

/**
 * The report's compliance section.
 *
 * @param findings      rules not met, worst first
 * @param rulesChecked  how many rules were evaluated (0 when unknown)
 */
public record ComplianceSection(List<RuleFindingRow> findings, int rulesChecked) {
    public ComplianceSection {
        findings = List.copyOf(findings);
    }
}
