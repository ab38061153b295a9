package org.neverout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neverout.io.ImportFormat;
import org.neverout.io.ImportOptions;
import org.neverout.io.ImportResult;
import org.neverout.io.ModelFiles;
import org.neverout.io.ModelWriter;
import org.neverout.io.NetboxClient;
import org.neverout.io.NetboxExport;
import org.neverout.io.NetboxImporter;
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
        header = "Convert a topology (GraphML, SNDlib native or XML, NetBox) into a NeverOut model file.",
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
            "XML is parsed with DTDs and external entities refused; files over the size limit are refused.",
            "",
            "NetBox 4.x: --format netbox DIR reads an export directory (sites.json, devices.json, cables.json, "
                + "providers.json, circuits.json, circuit-terminations.json, power-panels.json, power-feeds.json: "
                + "one saved list response each); --netbox-url URL --token-file FILE reads the same endpoints "
                + "live. Both give the same model; the mapping is in docs/NETBOX.md."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The topology file to import (a directory for --format netbox); none with --netbox-url.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format: graphml, sndlib, sndlib-xml, netbox (default: detected from the content).")
    String format;

    @Option(names = "--netbox-url", paramLabel = "URL", description = "Read a live NetBox 4.x at URL (e.g. https://netbox.example.org) instead of FILE.")
    String netboxUrl;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the NetBox API token (read permission is enough); required with --netbox-url.")
    Path tokenFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "With --netbox-url: give up on a connection or page after SECONDS (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = {"-o", "--out"}, paramLabel = "MODEL", description = "Write the model to MODEL (.yaml, .yml or .json) instead of standard output (YAML).")
    Path out;

    @Option(names = "--exclude-planned", description = "Leave out links whose status is planned, future or proposed.")
    boolean excludePlanned;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = ImportOptions.DEFAULTS.withExcludePlanned(excludePlanned);
        if (netboxUrl != null) {
            if (out != null) {
                Output.checkWritable(out); // before minutes of paging, not after
            }
            return write(live(options), netboxUrl, ImportFormat.NETBOX);
        }
        if (tokenFile != null) {
            throw new UsageException("--token-file goes with --netbox-url");
        }
        if (file == null) {
            throw new UsageException("give the FILE to import, or --netbox-url URL --token-file FILE");
        }
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
        return write(ModelFiles.importFile(file, fmt, options), file.toString(), fmt);
    }

    /** The live NetBox mode: token from its file, every endpoint read before anything is written. */
    private ImportResult live(ImportOptions options) {
        if (file != null) {
            throw new UsageException("give either FILE or --netbox-url, not both");
        }
        if (format != null && !format.strip().equalsIgnoreCase(ImportFormat.NETBOX.token())) {
            throw new UsageException("--netbox-url reads NetBox: --format must be netbox or left out");
        }
        if (tokenFile == null) {
            throw new UsageException("--netbox-url needs --token-file FILE (the API token; never on the command line)");
        }
        if (timeoutSeconds <= 0) {
            throw new UsageException("--timeout must be a positive number of seconds");
        }
        String token;
        try {
            token = java.nio.file.Files.readString(tokenFile, java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new InvalidModelException(new Location(tokenFile.toString(), 0, 0),
                    java.nio.file.Files.exists(tokenFile) ? "cannot read the token file" : "no such file");
        }
        if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidModelException(new Location(tokenFile.toString(), 0, 0),
                    "does not hold one API token (empty, or several words or lines)");
        }
        NetboxExport export = new NetboxClient(java.time.Duration.ofSeconds(timeoutSeconds))
                .fetch(netboxUrl, token, options);
        return NetboxImporter.importExport(export, options);
    }

    private Integer write(ImportResult result, String from, ImportFormat fmt) throws java.io.IOException {
        for (String w : result.warnings()) {
            spec.commandLine().getErr().println("neverout: warning: " + w);
        }
        Model m = result.model();
        boolean json = out != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        Output.write(json ? ModelWriter.toJson(m) : ModelWriter.toYaml(m), out, spec.commandLine().getOut());
        int warnings = result.warnings().size();
        spec.commandLine().getErr().printf("neverout: imported %s (%s): %d nodes, %d links, %d services%s%s%n",
                from, fmt.token(), m.nodes().size(), m.links().size(), m.services().size(),
                warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"),
                out == null ? "" : " -> " + out);
        return 0;
    }
}
