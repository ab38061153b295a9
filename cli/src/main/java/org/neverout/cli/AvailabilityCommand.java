package org.neverout.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.neverout.model.Model;
import org.neverout.quant.AvailabilityAnalysis;
import org.neverout.quant.AvailabilityOptions;
import org.neverout.quant.AvailabilityRenderer;
import org.neverout.quant.AvailabilityReport;
import org.neverout.quant.Method;
import org.neverout.quant.MonteCarloChunks;
import org.neverout.quant.QuantificationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout availability MODEL}: how often and how long each service will be down. */
@Command(name = "availability",
        mixinStandardHelpOptions = true,
        header = "Quantify service availability and rank the crown jewels (importance measures).",
        description = {
            "From each element's mtbf_h and mttr_h (or the model's defaults: per kind), an event's "
                + "unavailability is mttr/(mtbf+mttr), events independent. Every event with figures can fail "
                + "on its own: nodes, links, sites, power feeds, services, and (MODEL.md 1.1) declared groups, "
                + "software_versions and suppliers, or any group, software version or supplier through "
                + "defaults.group, defaults.software and defaults.supplier; events without figures never do.",
            "",
            "Per service: unavailability, availability, expected downtime in minutes per year (8,760 h), "
                + "the method used (exact, bounds or monte-carlo), the reported interval (rigorous bounds "
                + "guaranteed to contain the true value, or the Monte Carlo confidence interval inside them), the "
                + "availability_target and a verdict on that interval: met when its worst end meets the target, "
                + "not met when its best end falls short, undecided otherwise; with what decided it (exact, "
                + "bounds of order K, monte-carlo at 95%% confidence) or why nothing did. Text shows three "
                + "significant digits; --format json keeps full precision.",
            "",
            "auto computes the exact value when the model is small enough, else rigorous bounds from the "
                + "minimal cut sets; while bounds are undecided or loose (upper > 2 x lower) it raises the order "
                + "(up to 4, within the time limit, else 60 s), then refines them by Monte Carlo sampling "
                + "conditioned on at least one failure (seeded: the same --seed gives the same figures for any "
                + "--threads), with a Clopper-Pearson confidence interval; never a bare point estimate.",
            "",
            "Importance measures per basic event (Birnbaum, Fussell-Vesely, risk achievement worth, risk "
                + "reduction worth), per service and over vital services weighted by impact (users x category "
                + "weight: A 10, B 3, none 1 unless the model's impact.category_weights says otherwise): the crown "
                + "jewels."})
public class AvailabilityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto, exact, bounds or monte-carlo (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo samples per stratum (default: 100000).")
    Long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-k", "--order"}, paramLabel = "K", defaultValue = "0",
            description = "Cut set order for bounds (default: 0 = automatic: 3 up to 120 failure-capable events, else 2;"
                    + " auto may raise it to tighten loose bounds).")
    int order;

    @Option(names = "--confidence", paramLabel = "LEVEL", description = "Confidence level of Monte Carlo intervals (default: 0.95).")
    Double confidence;

    @Option(names = "--exact-budget", paramLabel = "N", description = "Network evaluations the exact method may spend before auto falls back (default: 200000).")
    Long exactBudget;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop refining after DURATION; the bounds stay valid and say so.")
    Duration timeLimit;

    @Mixin
    TextOrJson output;

    @Spec
    CommandSpec spec;

    /**
     * Where the Monte Carlo samples are drawn: this machine's threads. The spark module's availability
     * overrides it to draw them on a cluster's executors (the same report for the same seed).
     */
    protected MonteCarloChunks chunks(Model m, AvailabilityOptions options) {
        return MonteCarloChunks.LOCAL;
    }

    @Override
    public Integer call() throws Exception {
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        if (m.services().isEmpty()) {
            spec.commandLine().getErr().println("neverout: warning: " + model
                    + ": the model has no services, so there is no availability to compute");
        }
        AvailabilityReport report;
        try {
            AvailabilityOptions options = options();
            report = AvailabilityAnalysis.analyze(m, options, chunks(m, options));
        } catch (QuantificationException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (report.failureCapableEvents().isEmpty() && !m.services().isEmpty()) {
            spec.commandLine().getErr().println("neverout: warning: " + model + ": no element has mtbf_h/mttr_h and "
                    + "the model has no 'defaults:', so nothing can fail and every service that is up is always up");
        }
        output.write(m.classification(), () -> AvailabilityRenderer.toText(report), () -> AvailabilityRenderer.toJson(report),
                spec.commandLine().getOut());
        return 0;
    }

    AvailabilityOptions options() {
        AvailabilityOptions o = AvailabilityOptions.defaults().withMethod(Method.parse(method)).withSeed(seed).withOrder(order);
        if (samples != null) {
            o = o.withSamples(samples);
        }
        if (confidence != null) {
            o = o.withConfidence(confidence);
        }
        if (exactBudget != null) {
            o = o.withExactBudget(exactBudget);
        }
        if (threads != null) {
            o = o.withThreads(threads);
        }
        if (timeLimit != null) {
            o = o.withTimeLimit(timeLimit);
        }
        return o;
    }
}
