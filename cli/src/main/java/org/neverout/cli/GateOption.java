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
                    + "compliance or any, comma-separated. Without it the exit code is 0 whatever is found.")
    String failOn;

    boolean requested() {
        return failOn != null;
    }

    Gate gate() {
        try {
            return Gate.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    int onAnalysis(ReportInput input, PrintWriter err) {
        return requested() ? report(decide(() -> gate().onAnalysis(input)), err) : 0;
    }

    int onDiff(ReportInput before, ReportInput after, PrintWriter err) {
        return requested() ? report(decide(() -> gate().onDiff(before, after)), err) : 0;
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
