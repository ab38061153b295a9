package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout show MODEL}: a readable summary of a model. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        header = "Summarise a model: what is in it, who runs it, what it serves.",
        description = {
            "Prints counts per kind and the basic events they give, the suppliers with their "
                + "subcontractor tree (what each operates and legally owns, authorisations), the services "
                + "by kind and national-impact category, and warnings worth a look: isolated nodes, "
                + "services without a never_out requirement. Nodes placed on their site by an 'assign' rule or a "
                + "default are counted per rule; --by-site lists the nodes and power feeds of every site."})
public final class ShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the summary to FILE instead of standard output.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date authorisations are judged against (default: today), e.g. 2026-12-01.")
    java.time.LocalDate asOf;

    @Option(names = "--by-site", description = "List every site's power feeds and nodes (and which rule placed each).")
    boolean bySite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        String text = ModelSummary.render(m, asOf == null ? java.time.LocalDate.now() : asOf, bySite);
        Output.write(Marking.text(m.classification(), text), out, spec.commandLine().getOut(), m.classification());
        return 0;
    }
}
