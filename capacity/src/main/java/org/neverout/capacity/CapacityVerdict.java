package org.neverout.capacity;

import java.util.List;

import org.neverout.engine.NeverOutVerdict;

/**
 * A demand's capacity verdict against its {@code never_out: N}: {@code violated} when it is congested
 * (a link on one of its shortest paths above 100%) or unroutable in some evaluated scenario of at most N
 * events; {@code meets} when none is and every scenario of at most N events was evaluated; else
 * {@code unverified} (N above the evaluated n-1/n-2, or the run was cut short). Only the enumerated
 * event kinds count.
 *
 * @param scenario the first scenario that violates it (sorted ids), or null
 * @param reason   {@code congested} or {@code unroutable} for a violation, else why it is unverified, or null
 */
public record CapacityVerdict(String service, int neverOut, NeverOutVerdict.Status status, List<String> scenario,
                              String reason) {
    public CapacityVerdict {
        scenario = scenario == null ? null : List.copyOf(scenario);
    }
}
