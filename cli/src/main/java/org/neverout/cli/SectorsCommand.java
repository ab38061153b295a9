package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.report.SectorHtmlPage;
import org.neverout.sectors.SectorAnalysis;
import org.neverout.sectors.SectorJson;
import org.neverout.sectors.SectorReport;
import org.neverout.sectors.SectorText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout sectors MODEL}: cross-sector dependencies (MODEL.md 1.1 "Sectors", issue 21). */
@Command(name = "sectors",
        mixinStandardHelpOptions = true,
        header = "Which single causes reach several vital sectors (and organisations) at once.",
        description = {
            "Every service may name its sector (defence, emergency, aviation, government-it, police, ...; "
                + "default 'unassigned') and the organisation that runs it. A cross-sector cause is a minimal "
                + "cut set of up to K events, other than a service's own event, of services in at least two "
                + "sectors: one software version, supplier, cable duct or shared service that takes down "
                + "aviation, the coast guard and emergency radio together.",
            "",
            "Per sector its services and users; the causes, the most sectors first, each with its kind in "
                + "plain words; for each pair of sectors how many causes reach both and the worst one (a heat "
                + "map in HTML); and the same view per organisation: whom each shares a cause with.",
            "",
            "Example: neverout sectors examples/nafin-example.yaml --order 2"})
public final class SectorsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    enum Format { text, json, html }

    @Override
    public Integer call() throws Exception {
        analysis.validate();
        if (out != null) {
            Output.checkWritable(out);
        }
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        AnalysisQuestion question = analysis.question(m);
        SectorReport report;
        try (Progress progress = Progress.start("sectors " + model.getFileName(), quiet)) {
            report = SectorAnalysis.run(m, CompiledModel.compile(m), question, progress);
        }
        if (!report.sectorsNamed()) {
            spec.commandLine().getErr().println("neverout: note: " + model
                    + ": no service names its sector; every service is 'unassigned'");
        }
        if (!report.complete()) {
            spec.commandLine().getErr().println("neverout: warning: " + model + ": enumeration incomplete: "
                    + report.incompleteReason());
        }
        String text = switch (format) {
            case text -> Marking.text(m.classification(), SectorText.toText(report));
            case json -> Json.write(Marking.json(m.classification(), SectorJson.toJson(report)));
            case html -> SectorHtmlPage.page(m, report);
        };
        Output.write(text, out, spec.commandLine().getOut(), m.classification());
        return 0;
    }
}
