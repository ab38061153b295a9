package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.adversary.AttackAnalysis;
import org.neverout.adversary.AttackJson;
import org.neverout.adversary.AttackReport;
import org.neverout.adversary.AttackText;
import org.neverout.adversary.AttackWords;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.report.AttackHtmlPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout attack MODEL}: the adversary view (MODEL.md 1.1 "Adversary view", issue 15). */
@Command(name = "attack",
        mixinStandardHelpOptions = true,
        header = "What a saboteur would hit first: the cheapest attack on every service, and what to protect.",
        description = {
            "Every element costs an attacker some effort: its attack_cost, else the default of its kind "
                + "(adversary.costs; built in: node 5, link 3, site 8, power_feed 4, group 6). Software "
                + "versions, suppliers and services are attackable only with an attack_cost of their own.",
            "",
            "Per service: the cheapest minimal cut set of up to K attackable events (its own event "
                + "excluded), in plain words, and whether it is proven cheapest of any size (cost <= (K + 1) x "
                + "the cheapest attackable event) or the bound a larger attack meets. Where a service has two "
                + "single-node endpoints, no depends_on, and only node and link events are enumerated, the exact "
                + "cheapest cut of any size by a maximum flow stands beside it. Vital services are ranked by how "
                + "cheap they are to take down; the elements on their cheapest attacks are grouped by site with "
                + "the site's security facts, weak rooms marked.",
            "",
            "Example: neverout attack examples/nafin-example.yaml --order 2"})
public final class AttackCommand implements Callable<Integer> {
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
        AttackReport report;
        try (Progress progress = Progress.start("attack " + model.getFileName(), quiet)) {
            report = AttackAnalysis.run(m, CompiledModel.compile(m), question, progress);
        }
        if (!report.complete()) {
            spec.commandLine().getErr().println("neverout: warning: " + model + ": enumeration incomplete: "
                    + report.incompleteReason());
        }
        String text = switch (format) {
            case text -> Marking.text(m.classification(), AttackText.toText(report, new AttackWords(m)));
            case json -> Json.write(Marking.json(m.classification(), AttackJson.toJson(report)));
            case html -> AttackHtmlPage.page(m, report);
        };
        Output.write(text, out, spec.commandLine().getOut(), m.classification());
        return 0;
    }
}
