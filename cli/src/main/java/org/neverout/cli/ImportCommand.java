package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.io.ImportFormat;
import org.neverout.io.ImportOptions;
import org.neverout.io.ImportResult;
import org.neverout.io.ModelFiles;
import org.neverout.io.ModelWriter;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout import FILE --out MODEL.yaml}: a foreign topology as a NeverOut model. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        header = "Convert a topology (GraphML, SNDlib native or XML) into a NeverOut model file.",
        description = {
            "Reads FILE in the format given by --format, or detected from its content: GraphML (Internet "
                + "Topology Zoo conventions understood: labels, coordinates, external nodes, hyperedges, link "
                + "speeds and types, planned links), SNDlib native text or SNDlib XML (nodes, links and each "
                + "traffic demand as a service between its two nodes). Every node becomes a node and every "
                + "link a link (parallel links kept; self-loops dropped with a warning); ids are stable, "
                + "readable and unique across kinds.",
            "",
            "Writes the model as YAML, or JSON when --out ends in .json. Every command that takes a MODEL "
                + "also takes FILE directly; importing once lets you add power, suppliers and services.",
            "",
            "XML is parsed with DTDs and external entities refused; files over the size limit are refused."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format: graphml, sndlib, sndlib-xml (default: detected from the content).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "MODEL", description = "Write the model to MODEL (.yaml, .yml or .json) instead of standard output (YAML).")
    Path out;

    @Option(names = "--exclude-planned", description = "Leave out links whose status is planned, future or proposed.")
    boolean excludePlanned;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = ImportOptions.DEFAULTS.withExcludePlanned(excludePlanned);
        ImportFormat fmt;
        if (format == null) {
            fmt = ModelFiles.detect(file);
        } else {
            fmt = ImportFormat.fromToken(format).orElseThrow(() ->
                    new UsageException("unknown --format '" + format + "' (formats: " + ImportFormat.tokens() + ")"));
        }
        if (!java.nio.file.Files.exists(file)) {
            throw new InvalidModelException(new Location(file.toString(), 0, 0), "no such file");
        }
        ImportResult result = ModelFiles.importFile(file, fmt, options);
        for (String w : result.warnings()) {
            spec.commandLine().getErr().println("neverout: warning: " + w);
        }
        Model m = result.model();
        boolean json = out != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        Output.write(json ? ModelWriter.toJson(m) : ModelWriter.toYaml(m), out, spec.commandLine().getOut());
        spec.commandLine().getErr().printf("neverout: imported %s (%s): %d nodes, %d links, %d services%s%n",
                file, fmt.token(), m.nodes().size(), m.links().size(), m.services().size(),
                out == null ? "" : " -> " + out);
        return 0;
    }
}
