package org.neverout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neverout.engine.Finding;
import org.neverout.history.AnalysisRun;
import org.neverout.history.RunHeadline;
import org.neverout.report.PeriodSeries;
import org.neverout.report.PreviousRun;

/**
 * The history store's runs as the report's trend records (the report reads results, not the store):
 * which run is this one, which is the previous period, and every period for the chart, each read from the
 * run's {@code results_json} (the JSON report document {@code record} stored).
 *
 * <p>The rule (docs/HISTORY.md, "Trend"): when the run recorded last is of exactly this model (its
 * {@code model_sha256} equals {@link CanonicalModel#sha256} of the model now), it is this run: its ledger
 * hash signs this report and the previous period is the run before it; otherwise the previous period is the
 * run recorded last. {@code --since LABEL} names the previous period instead (the latest run of that label).
 * Cost: O(R + J) for R runs and J characters of the results read.
 *
 * @param previous    the previous period, or null when none is recorded
 * @param thisRun     the run that recorded this very model last, or null when it is not recorded
 * @param periods     every recorded period, oldest first
 */
record RecordedPeriods(PreviousRun previous, AnalysisRun thisRun, PeriodSeries periods) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Labels named in the message of an unknown --since, before "and n more". */
    private static final int LABELS_NAMED = 20;

    RecordedPeriods {
        Objects.requireNonNull(periods, "periods");
    }

    /**
     * Selects this run and the previous period among {@code runs} (oldest first).
     *
     * @param modelSha256 the canonical SHA-256 of the model reported on
     * @param since       the label of the run to compare with, or null for the rule above
     * @throws UsageException when {@code since} names no run (the message lists the labels recorded)
     */
    static RecordedPeriods select(List<AnalysisRun> runs, String modelSha256, String since) {
        AnalysisRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        AnalysisRun thisRun = last != null && last.content().modelSha256().equals(modelSha256) ? last : null;
        AnalysisRun previous;
        if (since != null) {
            previous = null;
            for (AnalysisRun r : runs) {
                if (r.label().equals(since.strip())) {
                    previous = r; // labels need not be unique: the latest of them
                }
            }
            if (previous == null) {
                throw new UsageException(unknownLabel(runs, since));
            }
        } else {
            int candidates = runs.size() - (thisRun == null ? 0 : 1);
            previous = candidates == 0 ? null : runs.get(candidates - 1);
        }
        List<PeriodSeries.Period> periods = new ArrayList<>();
        runs.forEach(r -> periods.add(period(r)));
        return new RecordedPeriods(previous == null ? null : previousRun(previous), thisRun,
                new PeriodSeries(periods, thisRun != null));
    }

    private static String unknownLabel(List<AnalysisRun> runs, String since) {
        if (runs.isEmpty()) {
            return "--since '" + since + "': the history store holds no recorded run";
        }
        Set<String> labels = new LinkedHashSet<>();
        runs.forEach(r -> labels.add(r.label()));
        List<String> named = labels.stream().limit(LABELS_NAMED).map(l -> "'" + l + "'").toList();
        return "--since '" + since + "': no recorded run has that label; recorded labels (oldest first): "
                + String.join(", ", named) + (labels.size() > LABELS_NAMED
                ? " and " + (labels.size() - LABELS_NAMED) + " more (see neverout history)" : "");
    }

    /** A run as the previous period: service standings, root causes and availability from its results. */
    static PreviousRun previousRun(AnalysisRun run) {
        JsonNode root = results(run);
        List<PreviousRun.ServiceStanding> services = new ArrayList<>();
        for (JsonNode s : root.path("services")) {
            JsonNode resilience = s.path("resilience");
            services.add(new PreviousRun.ServiceStanding(s.path("id").asText(), s.path("verdict").asText("none"),
                    resilience.isIntegralNumber() ? resilience.asInt() : null));
        }
        List<List<String>> rootCauses = null;
        if (root.has("findings")) {
            rootCauses = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                if (Finding.KIND.equals(f.path("kind").asText())) {
                    List<String> cut = new ArrayList<>();
                    f.path("cut_set").forEach(e -> cut.add(e.asText()));
                    rootCauses.add(cut);
                }
            }
        }
        Map<String, Double> unavailability = null;
        if (root.path("availability").has("services")) {
            unavailability = new LinkedHashMap<>();
            for (JsonNode a : root.path("availability").path("services")) {
                unavailability.put(a.path("id").asText(), a.path("unavailability").asDouble());
            }
        }
        return new PreviousRun(run.label(), run.content().recordedAt(), run.hash(), services, rootCauses,
                unavailability);
    }

    /** A run as a period of the chart: the headline history shows for it (one reading of the results). */
    static PeriodSeries.Period period(AnalysisRun run) {
        RunHeadline h = HistoryDb.call(run.content().resultsJson(), RunHeadline::of);
        return new PeriodSeries.Period(run.label(), run.content().recordedAt(), run.content().asOf(), run.hash(),
                h.violated(), h.unverified(), h.met(), h.worstService(), h.worstAvailability());
    }

    private static JsonNode results(AnalysisRun run) {
        try {
            return MAPPER.readTree(run.content().resultsJson());
        } catch (JsonProcessingException e) {
            throw new UsageException("run " + run.id() + " '" + run.label() + "' of the history store: results_json "
                    + "is not JSON: " + e.getOriginalMessage());
        }
    }
}
