package org.neverout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neverout.engine.CompiledModel;
import org.neverout.incident.Incident;
import org.neverout.incident.IncidentFile;
import org.neverout.incident.Simulation;
import org.neverout.incident.SimulationJson;
import org.neverout.incident.SimulationResult;
import org.neverout.incident.SimulationText;
import org.neverout.model.Location;
import org.neverout.model.Model;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout simulate MODEL --fail ID,... | --incident FILE}: an incident and its societal impact. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        header = "Fail anything and see the cascade: services down, why, and the impact on society.",
        description = {
            "Fails the given basic events (ids exactly as docs/MODEL.md defines them: element ids, "
                + "software:<version>, supplier:<id>, shared-risk group ids, service ids), then shows the "
                + "state of every service and, for each one down, why: the causal chain through shared "
                + "services ('timesync failed -> access down -> ...') and which failed elements cut its "
                + "endpoints off. Events that take nothing down are valid and listed as such; an id that is "
                + "no basic event is an error (exit 2).",
            "",
            "Impact: users affected, user-hours (users x duration), the highest national-impact category "
                + "reached, and a flag when user-hours pass 1,000,000 (the ENISA absolute threshold for a "
                + "significant telecom incident).",
            "",
            "Example, the August 2024 outage: neverout simulate examples/nafin-example.yaml "
                + "--incident examples/incidents/2024-08-timesync.yaml"})
public final class SimulateCommand implements Callable<Integer> {
    /** Duration assumed when neither the incident nor --duration-h gives one. */
    static final double DEFAULT_DURATION_H = 1.0;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--fail", paramLabel = "ID", split = ",", required = true,
                description = "Basic event ids to fail, comma-separated (repeatable).")
        List<String> fail = new ArrayList<>();

        @Option(names = "--incident", paramLabel = "FILE", required = true,
                description = "An incident file: {name, description, fail: [ids], duration_h}.")
        Path incident;
    }

    @Option(names = "--duration-h", paramLabel = "HOURS",
            description = "How long the failure lasts, for user-hours (default: the incident's duration_h, else 1).")
    Double durationH;

    @Mixin
    TextOrJson output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (durationH != null && (durationH.isNaN() || durationH.isInfinite() || durationH < 0)) {
            throw new UsageException("--duration-h must be a number of hours >= 0, got " + durationH);
        }
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        Incident incident = what.incident != null ? IncidentFile.load(what.incident)
                : Incident.ofIds(what.fail, new Location("--fail", 0, 0));
        double hours = durationH != null ? durationH
                : incident.durationH() != null ? incident.durationH() : DEFAULT_DURATION_H;
        if (durationH == null && incident.durationH() == null) {
            spec.commandLine().getErr().printf("neverout: no duration given: user-hours assume %.0f hour (--duration-h)%n",
                    DEFAULT_DURATION_H);
        }
        SimulationResult result = Simulation.run(m, CompiledModel.compile(m), incident, hours);
        output.write(m.classification(), () -> SimulationText.toText(result), () -> SimulationJson.toJson(result), spec.commandLine().getOut());
        return 0;
    }
}
