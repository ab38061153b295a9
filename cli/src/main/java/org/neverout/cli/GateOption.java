package org.neverout.cli;

import java.io.PrintWriter;

import org.neverout.report.Gate;
import org.neverout.report.GateDecision;
import org.neverout.report.ReportInput;

import picocli.CommandLine.Option;

/** {@code --fail-on}: turns findings into exit code 1 for CI pipelines (MODEL.md "CLI conventions"). */
public final class GateOption {
    @Option(names = "--fail-on", paramLabel = "KINDS",
            description = "Exit 1 when violations of these kinds exist (diff: only new ones): never-out, control, "
                    + "compliance or any, comma-separated. never-out also fails on unverified requirements (see "
                    + "--allow-unverified). Without it the exit code is 0 whatever is found.")
    String failOn;

    @Option(names = "--allow-unverified",
            description = "With --fail-on never-out: do not fail on services whose never-out requirement is "
                    + "unverified (order below never_out, or a limit cut the analysis short). They are still "
                    + "reported as unverified, never as met.")
    boolean allowUnverified;

    /**
     * Refuses {@code --allow-unverified} without {@code --fail-on} (it would silently do nothing).
     */
    void validate() {
        if (allowUnverified && failOn == null) {
            throw new UsageException("--allow-unverified only applies with --fail-on");
        }
    }

    boolean requested() {
        return failOn != null;
    }

    Gate gate() {
        try {
            return Gate.parse(failOn, allowUnverified);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    int onAnalysis(ReportInput input, PrintWriter err) {
        return requested() ? report(decide(() -> gate().onAnalysis(input)), err) : 0;
    }

    private static GateDecision decide(java.util.function.Supplier<GateDecision> decision) {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    private static int report(GateDecision decision, PrintWriter err) {
        err.println("neverout: " + decision.summary());
        return decision.exitCode();
    }
}
