package org.neverout.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Writes a generated benchmark model ({@link BenchmarkModels#withServices}, seed 42) to a CLI-loadable file,
 * for whole-process runs of the CLI on it ({@code run-attack.sh}, {@code run-remediate.sh}); with NEVER_OUT
 * every service gets that requirement.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.WriteModelMain GRAPH SERVICES FILE [NEVER_OUT]
 * </pre>
 */
public final class WriteModelMain {
    private WriteModelMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: WriteModelMain GRAPH SERVICES FILE [NEVER_OUT]");
            System.exit(2);
        }
        Model m = BenchmarkModels.withServices(BenchmarkModels.topology(args[0]), Integer.parseInt(args[1]), 42);
        if (args.length == 4) {
            m = withNeverOut(m, Integer.parseInt(args[3]));
        }
        ModelWriter.write(m, Path.of(args[2]));
    }

    /** The model with every service's {@code never_out} set to {@code neverOut}. */
    static Model withNeverOut(Model m, int neverOut) {
        List<Service> required = new ArrayList<>();
        for (Service s : m.services()) {
            required.add(new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), neverOut, s.users(),
                    s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability()));
        }
        return new Model(m.name(), m.sites(), m.powerFeeds(), m.nodes(), m.links(), m.groups(), m.suppliers(),
                required, m.externalParties(), m.defaults(), m.measures(), m.compliance(), m.source(),
                m.softwareVersions(), m.impact(), m.adversary());
    }
}
