package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout validate MODEL}: exit 0 when the model is valid, 2 with every problem located otherwise. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check a model file against the model format and its rules.",
        description = {
            "Reads MODEL strictly: unknown fields, unresolved references (sites, power feeds, suppliers, "
                + "link ends, service endpoints, depends_on, connects_at), duplicate ids across all kinds, "
                + "depends_on and supplier cycles and out-of-range values are all reported together, one "
                + "'file:line:col: message' line each, on standard error.",
            "",
            "Exit code 0 when the model is valid, 2 when it is not."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        if (m.classification().isPresent()) {
            spec.commandLine().getOut().println(m.classification().marking());
        }
        spec.commandLine().getOut().printf("%s: valid (model '%s': %d sites, %d nodes, %d links, %d services)%n",
                model, m.name(), m.sites().size(), m.nodes().size(), m.links().size(), m.services().size());
        return 0;
    }
}
