package org.neverout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neverout.engine.Figures;
import org.neverout.history.AnalysisRun;
import org.neverout.history.HistoryStore;
import org.neverout.history.LedgerHash;
import org.neverout.history.RunContent;
import org.neverout.history.RunHeadline;
import org.neverout.model.Classification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout history}: the recorded runs, oldest first, each with its headline and ledger hashes. */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        header = "List the runs in the history store, oldest first, with the headline of each.",
        description = {
            "One entry per recorded run: id, label, when it was recorded and by whom, the date it speaks for, "
                + "the model and its SHA-256, the ledger hashes, and the headline (services violating and "
                + "meeting their never-out requirement, root causes, the worst availability). It does not check "
                + "the ledger: run 'neverout verify-history' for that."})
public final class HistoryCommand implements Callable<Integer> {
    @Mixin
    HistoryDb db;

    @Mixin
    TextOrJson output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HistoryStore store = db.open();
        List<AnalysisRun> runs = HistoryDb.call(store, HistoryStore::runs);
        output.write(classification(runs), () -> text(store, runs), () -> json(runs), spec.commandLine().getOut());
        return 0;
    }

    private static String text(HistoryStore store, List<AnalysisRun> runs) {
        StringBuilder out = new StringBuilder();
        out.append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append(" in ").append(store.location())
                .append(runs.isEmpty() ? "\n" : ", oldest first\n");
        for (AnalysisRun run : runs) {
            RunContent c = run.content();
            out.append(String.format(Locale.ROOT, "%n#%d  %s  as of %s  recorded %s by %s%n", run.id(), c.label(),
                    c.asOf(), LedgerHash.RECORDED_AT.format(c.recordedAt()), c.recordedBy()));
            out.append(String.format(Locale.ROOT, "    model %s (sha256 %s), NeverOut %s%n", c.modelName(),
                    c.modelSha256().substring(0, 12), c.neverOutVersion()));
            out.append("    ").append(headline(HistoryDb.call(c.resultsJson(), RunHeadline::of))).append('\n');
            out.append("    hash ").append(run.hash()).append("\n    prev ").append(run.prevHash()).append('\n');
        }
        return out.toString();
    }

    /**
     * The marking of output about these runs: every distinct {@code classification} their stored report JSON
     * carries, joined ({@link Classification#combined}); none when no run is of a classified model.
     */
    static Classification classification(List<AnalysisRun> runs) {
        return Classification.combined(runs.stream().map(HistoryCommand::classification).toList());
    }

    private static Classification classification(AnalysisRun run) {
        try {
            com.fasterxml.jackson.databind.JsonNode marking = MAPPER.readTree(run.content().resultsJson())
                    .path("classification");
            return marking.isTextual() ? Classification.of(marking.asText()) : Classification.NONE;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Classification.NONE; // RunHeadline reports an unreadable document
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    static String headline(RunHeadline h) {
        String worst = h.worstService() == null ? "no availability figures"
                : "worst availability " + Figures.availabilityPercent(h.worstUnavailability()) + " ("
                        + h.worstService() + ", unavailability " + Figures.probability(h.worstUnavailability()) + ")";
        return String.format(Locale.ROOT, "%d violated, %d met, %d unverified; %d root cause%s; %s", h.violated(), h.met(),
                h.unverified(), h.rootCauses(), h.rootCauses() == 1 ? "" : "s", worst);
    }

    private static Map<String, Object> json(List<AnalysisRun> runs) {
        List<Object> list = new ArrayList<>();
        for (AnalysisRun run : runs) {
            RunContent c = run.content();
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", run.id());
            Classification marking = classification(run);
            if (marking.isPresent()) {
                node.put("classification", marking.marking());
            }
            node.put("label", c.label());
            node.put("recorded_at", LedgerHash.RECORDED_AT.format(c.recordedAt()));
            node.put("recorded_by", c.recordedBy());
            node.put("as_of", c.asOf().toString());
            node.put("model", c.modelName());
            node.put("model_sha256", c.modelSha256());
            node.put("neverout_version", c.neverOutVersion());
            node.put("hash", run.hash());
            node.put("prev_hash", run.prevHash());
            RunHeadline h = HistoryDb.call(c.resultsJson(), RunHeadline::of);
            Map<String, Object> headline = new LinkedHashMap<>();
            headline.put("services_violated", h.violated());
            headline.put("services_met", h.met());
            headline.put("services_unverified", h.unverified());
            headline.put("root_causes", h.rootCauses());
            if (h.worstService() == null) {
                headline.put("worst_availability", null);
            } else {
                Map<String, Object> worst = new LinkedHashMap<>();
                worst.put("service", h.worstService());
                worst.put("availability", h.worstAvailability());
                worst.put("unavailability", h.worstUnavailability());
                headline.put("worst_availability", worst);
            }
            node.put("headline", headline);
            list.add(node);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runs", list);
        return root;
    }
}
