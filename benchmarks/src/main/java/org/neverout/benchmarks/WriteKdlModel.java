package org.neverout.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Writes Kdl with N random services ({@link BenchmarkModels#withServices}, seed 42) as a CLI-loadable YAML
 * model, every service with the same {@code never_out}, for whole-process runs of commands such as
 * {@code remediate}. Usage: {@code WriteKdlModel SERVICES NEVER_OUT OUT.yaml}.
 */
public final class WriteKdlModel {
    private WriteKdlModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: WriteKdlModel SERVICES NEVER_OUT OUT.yaml");
            System.exit(2);
        }
        int services = Integer.parseInt(args[0]);
        int neverOut = Integer.parseInt(args[1]);
        Model m = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), services, 42);
        List<Service> required = new ArrayList<>();
        for (Service s : m.services()) {
            required.add(new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), neverOut, s.users(),
                    s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability()));
        }
        Model out = new Model(m.name(), m.sites(), m.powerFeeds(), m.nodes(), m.links(), m.groups(), m.suppliers(),
                required, m.externalParties(), m.defaults(), m.measures(), m.compliance(), m.source(),
                m.softwareVersions());
        ModelWriter.write(out, Path.of(args[2]));
    }
}
