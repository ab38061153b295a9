package org.neverout.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.EventKind;
import org.neverout.model.Model;
import org.neverout.model.Service;

import picocli.CommandLine.Option;

/** The cut-set question's options, shared by analyze, report and diff. */
public final class AnalysisOptions {
    /** The largest order (and never_out) MODEL.md 1.1 accepts. */
    static final int MAX_ORDER = Service.MAX_NEVER_OUT;

    @Option(names = {"-k", "--order"}, paramLabel = "K",
            description = "Largest cut set size to enumerate, 1 to " + MAX_ORDER + " (default: the larger of 2 and "
                    + "the largest never_out in the model(s), so every requirement is verified).")
    Integer order;

    @Option(names = "--events", paramLabel = "KINDS", converter = EventKindsConverter.class,
            description = "Comma-separated event kinds that may fail: " + EventKindsConverter.KINDS + " (default: all).")
    Set<EventKind> events;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). The output does not depend on it.")
    Integer threads;

    @Option(names = "--max-cut-sets", paramLabel = "N",
            description = "Stop listing a service's cut sets after N, at least 1 (default: no limit); the service is "
                    + "then incomplete and its verdict violated or unverified, never met.")
    Long maxCutSets;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop enumerating after DURATION (e.g. 90s, 5m); unfinished services are incomplete and "
                    + "their verdicts violated or unverified, never met.")
    Duration timeLimit;

    /**
     * The order to analyse: {@code --order} when given, else K = max(2, the largest {@code never_out} in
     * the models) (MODEL.md 1.1). A usage error (exit 2) for an order outside 1..8.
     */
    int order(Collection<Model> models) {
        int k = order != null ? order : defaultOrder(models);
        if (k < 1 || k > MAX_ORDER) {
            throw new UsageException("--order must be from 1 to " + MAX_ORDER + ", got " + k
                    + (k > MAX_ORDER ? " (the enumeration grows as events^K; MODEL.md 1.1 refuses orders above "
                    + MAX_ORDER + ")" : ""));
        }
        return k;
    }

    /** K = max(2, the largest {@code never_out} of any service in the models). O(services). */
    static int defaultOrder(Collection<Model> models) {
        int k = 2;
        for (Model m : models) {
            for (Service s : m.services()) {
                k = Math.max(k, s.neverOut());
            }
        }
        return k;
    }

    /**
     * Checks the options that do not depend on a model, so bad values are refused before anything is
     * loaded (a usage error, exit 2).
     */
    void validate() {
        if (order != null) {
            order(List.of());
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (maxCutSets != null && maxCutSets < 1) {
            throw new UsageException("--max-cut-sets must be at least 1, got " + maxCutSets
                    + " (leave it out for no limit)");
        }
    }

    /** The question these options ask of one model (the default order from that model). */
    AnalysisQuestion question(Model model) {
        return question(List.of(model));
    }

    /** The question these options ask of several models analysed alike (diff): one order for all. */
    AnalysisQuestion question(Collection<Model> models) {
        validate();
        return new AnalysisQuestion(order(models),
                events == null ? EnumSet.allOf(EventKind.class) : events,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                maxCutSets == null ? 0 : maxCutSets, timeLimit == null || timeLimit.isZero() ? null : timeLimit);
    }
}
