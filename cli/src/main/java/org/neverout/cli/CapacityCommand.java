package org.neverout.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.neverout.capacity.CapacityAnalysis;
import org.neverout.capacity.CapacityQuestion;
import org.neverout.capacity.CapacityRenderer;
import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.Demands;
import org.neverout.engine.Deadline;
import org.neverout.engine.EventKind;
import org.neverout.io.ImportResult;
import org.neverout.model.Model;
import org.neverout.report.CapacityHtmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neverout capacity MODEL}: link utilisation when the traffic is re-routed around failures. */
@Command(name = "capacity",
        mixinStandardHelpOptions = true,
        header = "Route every demand in every failure scenario and find the links that saturate (MODEL.md 1.1).",
        description = {
            "Demands are services with 'demand' and two endpoint entries (SNDlib imports have them). Traffic "
                + "follows IGP shortest paths by link 'cost' (default 1), split equally over equal-cost next "
                + "hops at every node (ECMP, parallel links each count); alternatives use the cheapest live "
                + "pair. Scenarios: no failure, every single event of --events, and with --scenarios n-2 "
                + "every pair.",
            "",
            "Per link: base and worst-case utilisation (the larger direction's load / capacity_gbps) and the "
                + "first scenario reaching it; per scenario class the links above --threshold and above 100%%; "
                + "unroutable and congested demands per scenario; a capacity verdict for demands with "
                + "never_out (only n-1 and n-2 are evaluated)."})
public final class CapacityCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology (SNDlib, GraphML).")
    Path model;

    @Option(names = "--events", paramLabel = "KINDS", converter = EventKindsConverter.class, defaultValue = "node,link",
            description = "Event kinds whose failures make the scenarios (default: ${DEFAULT-VALUE}; "
                    + EventKindsConverter.KINDS + ", or all).")
    Set<EventKind> events;

    @Option(names = "--scenarios", paramLabel = "SET", defaultValue = "n-1",
            description = "n-1 (no failure and every single event) or n-2 (and every pair) (default: ${DEFAULT-VALUE}).")
    String scenarios;

    @Option(names = "--threshold", paramLabel = "U", defaultValue = "0.8",
            description = "Utilisation counted as high, e.g. 0.8 for 80%% (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). The output does not depend on it.")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after DURATION; the result covers the scenarios evaluated so far and says so.")
    Duration timeLimit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        CapacityQuestion question = question(start);
        if (out != null) {
            Output.checkWritable(out);
        }
        ImportResult input = ModelInput.read(model, spec.commandLine().getErr());
        Model m = input.model();
        Demands demands = Demands.of(m);
        if (!demands.ignored().isEmpty()) {
            spec.commandLine().getErr().println("neverout: warning: " + model + ": services with a demand but not "
                    + "exactly two endpoint entries are no demand and are not routed: "
                    + String.join(", ", demands.ignored()));
        }
        if (demands.isEmpty()) {
            spec.commandLine().getErr().println("neverout: " + model + ": the model has no demands (services with "
                    + "'demand' > 0 and two endpoint entries), so there is no traffic to route; add them, or "
                    + "'neverout import' an SNDlib file, which has them");
        }
        CapacityResult result = CapacityAnalysis.analyze(m, question);
        String unit = input.unit();
        String content = switch (format) {
            case json -> Json.write(Marking.json(m.classification(), CapacityRenderer.toJson(result, unit)));
            case html -> CapacityHtmlWriter.write(m, result, unit);
            case text -> Marking.text(m.classification(), CapacityRenderer.toText(result, unit));
        };
        Output.write(content, out, spec.commandLine().getOut(), m.classification());
        if (!result.complete()) {
            spec.commandLine().getErr().println("neverout: warning: " + result.stopReason()
                    + ": the figures cover those scenarios only");
        }
        return 0;
    }

    CapacityQuestion question(long start) {
        int failures;
        switch (scenarios.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "n-1":
                failures = 1;
                break;
            case "n-2":
                failures = 2;
                break;
            default:
                throw new UsageException("--scenarios must be n-1 or n-2, not '" + scenarios + "'");
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new UsageException("--threshold must be a positive number (0.8 = 80%), not " + threshold);
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        List<EventKind> kinds = new ArrayList<>(events);
        kinds.sort(null);
        return new CapacityQuestion(kinds, failures, threshold,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                timeLimit == null || timeLimit.isZero() ? Deadline.NONE : Deadline.after(timeLimit, start));
    }
}
