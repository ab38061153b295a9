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
 * {@code remediate}; with SECTORS, every service gets one of that many sectors ({@code sector-01} ...,
 * seeded) and an organisation per sector and kind, for {@code sectors}.
 * Usage: {@code WriteKdlModel SERVICES NEVER_OUT OUT.yaml [SECTORS]}.
 */
public final class WriteKdlModel {
    private WriteKdlModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: WriteKdlModel SERVICES NEVER_OUT OUT.yaml [SECTORS]");
            System.exit(2);
        }
        int services = Integer.parseInt(args[0]);
        int neverOut = Integer.parseInt(args[1]);
        Model m = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), services, 42);
        int sectors = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        java.util.Random random = new java.util.Random(42);
        List<Service> required = new ArrayList<>();
        for (Service s : m.services()) {
            Service withN = new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), neverOut, s.users(),
                    s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability());
            if (sectors > 0) {
                String sector = String.format(java.util.Locale.ROOT, "sector-%02d", 1 + random.nextInt(sectors));
                withN = withN.withSector(sector, sector + "-" + s.kind().token());
            }
            required.add(withN);
        }
        Model out = new Model(m.name(), m.sites(), m.powerFeeds(), m.nodes(), m.links(), m.groups(), m.suppliers(),
                required, m.externalParties(), m.defaults(), m.measures(), m.compliance(), m.source(),
                m.softwareVersions());
        ModelWriter.write(out, Path.of(args[2]));
    }
}
