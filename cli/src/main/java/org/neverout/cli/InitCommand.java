package org.neverout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neverout.io.ModelScaffold;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout init [--from FILE]}: a model to start from, valid and ready to analyse. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        header = "Write a model to start from: a commented starter, or an imported topology with sites and assign rules.",
        description = {
            "Without --from: a small commented model showing sites, power feeds, defaults, assign rules, "
                + "shared-risk groups and services. With --from: the topology of FILE (GraphML, SNDlib) with "
                + "one site per --site ID=GLOB (an assign rule placing the nodes whose id matches) or "
                + "--site-at ID=LAT,LON (each node with coordinates that no pattern places goes to the nearest "
                + "such site), a grid feed per site, no roles (set your own) and an example service when the "
                + "topology has none.",
            "",
            "The result is checked by the model loader before it is written: it validates and analyses as "
                + "it is. Example: neverout init --out my-network.yaml"})
public final class InitCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "FILE", description = "A topology to import (GraphML, SNDlib native or XML) or a model file.")
    Path from;

    @Option(names = "--site", paramLabel = "ID=GLOB",
            description = "A site and the node ids placed on it (* any characters, ? one character); repeatable.")
    List<String> sitePatterns = new ArrayList<>();

    @Option(names = "--site-at", paramLabel = "ID=LAT,LON",
            description = "A site at these coordinates: nodes no --site pattern places go to the nearest one; repeatable.")
    List<String> siteCoordinates = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the model to FILE instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (from == null && !(sitePatterns.isEmpty() && siteCoordinates.isEmpty())) {
            throw new UsageException("--site and --site-at place the nodes of an imported topology: give --from FILE");
        }
        if (out != null) {
            Output.checkWritable(out);
        }
        String text;
        if (from == null) {
            text = ModelScaffold.starter();
        } else {
            List<ModelScaffold.SiteRule> sites = new ArrayList<>();
            for (String s : sitePatterns) {
                String[] kv = split(s, "--site", "ID=GLOB");
                sites.add(new ModelScaffold.SiteRule(kv[0], kv[1], null, null));
            }
            for (String s : siteCoordinates) {
                String[] kv = split(s, "--site-at", "ID=LAT,LON");
                String[] ll = kv[1].split(",", -1);
                try {
                    double lat = Double.parseDouble(ll[0].strip());
                    double lon = Double.parseDouble(ll[1].strip());
                    if (ll.length != 2 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                        throw new NumberFormatException();
                    }
                    sites.add(new ModelScaffold.SiteRule(kv[0], null, lat, lon));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new UsageException("--site-at " + s + ": give ID=LAT,LON, e.g. AMS=52.37,4.92 "
                            + "(latitude -90..90, longitude -180..180)");
                }
            }
            Model imported = ModelInput.load(from, spec.commandLine().getErr());
            text = ModelScaffold.fromImport(imported, from.toString(), sites);
        }
        // the scaffold must load as written (a bad site id from the command line is reported here, exit 2)
        ModelLoader.parse(text, out == null ? "<init output>" : out.toString(), Format.YAML);
        Output.write(text, out, spec.commandLine().getOut());
        return 0;
    }

    private static String[] split(String value, String option, String form) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new UsageException(option + " " + value + ": give " + form);
        }
        return new String[] {value.substring(0, eq).strip(), value.substring(eq + 1).strip()};
    }
}
