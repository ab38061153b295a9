package org.neverout.cli;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.EventKind;

import picocli.CommandLine.Option;

/** The cut-set question's options, shared by analyze, report and diff. */
public final class AnalysisOptions {
    @Option(names = {"-k", "--order"}, paramLabel = "K", defaultValue = "2",
            description = "Largest cut set size to enumerate (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--events", paramLabel = "KINDS", converter = EventKindsConverter.class,
            description = "Comma-separated event kinds that may fail: " + EventKindsConverter.KINDS + " (default: all).")
    Set<EventKind> events;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). The output does not depend on it.")
    Integer threads;

    @Option(names = "--max-cut-sets", paramLabel = "N", defaultValue = "0",
            description = "Stop listing a service's cut sets after N (default: no limit); the service is then marked incomplete.")
    long maxCutSets;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop enumerating after DURATION (e.g. 90s, 5m); unfinished services are marked incomplete.")
    Duration timeLimit;

    int order() {
        return order;
    }

    /** The question these options ask; a usage error (exit 2) for values out of range. */
    AnalysisQuestion question() {
        if (order < 1) {
            throw new UsageException("--order must be at least 1, got " + order);
        }
        if (order > AnalysisQuestion.MAX_ORDER) {
            throw new UsageException("--order must be at most " + AnalysisQuestion.MAX_ORDER + ", got " + order);
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (maxCutSets < 0) {
            throw new UsageException("--max-cut-sets must be 0 (no limit) or more, got " + maxCutSets);
        }
        return new AnalysisQuestion(order,
                events == null ? EnumSet.allOf(EventKind.class) : events,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                maxCutSets, timeLimit == null || timeLimit.isZero() ? null : timeLimit);
    }
}
