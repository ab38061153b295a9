package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.io.DotExporter;
import org.neverout.io.GraphMlExporter;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout export MODEL --format graphml|dot}: the topology for Gephi, yEd and Graphviz. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        header = "Write a model's topology as GraphML (Gephi, yEd), DOT (Graphviz) or a normalised model file.",
        description = {
            "GraphML carries nodes (label, coordinates, role, site, operator, owner, software) and links "
                + "(capacity, length, medium, operator, owner) with keys declared once; DOT draws nodes "
                + "grouped by site. 'yaml' and 'json' write the model itself in the canonical form "
                + "(sorted fields, defaults left out), useful to normalise an imported or hand-written file."})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    enum Format { graphml, dot, yaml, json }

    @Override
    public Integer call() throws Exception {
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        String text = switch (format) {
            case graphml -> xmlComment(m.classification(), GraphMlExporter.toGraphMl(m));
            case dot -> m.classification().isPresent()
                    ? "// " + m.classification().marking() + "\n" + DotExporter.toDot(m) : DotExporter.toDot(m);
            case yaml -> ModelWriter.toYaml(m);
            case json -> ModelWriter.toJson(m);
        };
        Output.write(text, out, spec.commandLine().getOut(), m.classification());
        return 0;
    }

    /** GraphML marked by an XML comment right after the XML declaration (YAML and JSON carry the field). */
    private static String xmlComment(org.neverout.model.Classification c, String xml) {
        if (!c.isPresent()) {
            return xml;
        }
        String comment = "<!-- " + c.marking().replace("--", "- -") + " -->\n";
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int lineEnd = declEnd > 0 && xml.startsWith("\n", declEnd) ? declEnd + 1 : declEnd;
        return xml.substring(0, lineEnd) + (declEnd > 0 && lineEnd == declEnd ? "\n" : "") + comment
                + xml.substring(lineEnd);
    }
}
