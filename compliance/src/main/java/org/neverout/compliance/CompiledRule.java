package org.neverout.compliance;

import dev.cel.runtime.CelRuntime;
import java.util.List;

/**
 * A rule with its expressions type-checked and ready to evaluate.
 *
 * @param require     the requirement, of CEL type bool
 * @param when        the filter, or null
 * @param message     the violation message template, of CEL type string, or null
 * @param requireReads the facts {@code require} reads, in order of appearance
 * @param whenReads   the facts {@code when} reads
 * @param evidenceReads the facts a finding reports as its evidence: those {@code require} reads, then
 *                    those only {@code message} reads
 */
record CompiledRule(Rule rule, CelRuntime.Program require, CelRuntime.Program when, CelRuntime.Program message,
                    List<FactPath> requireReads, List<FactPath> whenReads, List<FactPath> evidenceReads) {
    CompiledRule {
        requireReads = List.copyOf(requireReads);
        whenReads = List.copyOf(whenReads);
        evidenceReads = List.copyOf(evidenceReads);
    }
}
