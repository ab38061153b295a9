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
 * for whole-process runs of the CLI on it ({@code run-attack.sh}, {@code run-remediate.sh},
 * {@code run-sectors.sh}); with NEVER_OUT every service gets that requirement, and with SECTORS one of that many
 * sectors ({@code sector-01} ..., seeded) and an organisation per sector and service kind.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.WriteModelMain GRAPH SERVICES FILE [NEVER_OUT [SECTORS]]
 * </pre>
 */
public final class WriteModelMain {
    private WriteModelMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: WriteModelMain GRAPH SERVICES FILE [NEVER_OUT [SECTORS]]");
            System.exit(2);
        }
        Model m = BenchmarkModels.withServices(BenchmarkModels.topology(args[0]), Integer.parseInt(args[1]), 42);
        if (args.length >= 4) {
            m = withNeverOut(m, Integer.parseInt(args[3]));
        }
        if (args.length == 5) {
            m = withSectors(m, Integer.parseInt(args[4]));
        }
        ModelWriter.write(m, Path.of(args[2]));
    }

    /** Every service in one of {@code sectors} sectors (seeded), organised per sector and service kind. */
    static Model withSectors(Model m, int sectors) {
        java.util.Random random = new java.util.Random(42);
        List<Service> out = new ArrayList<>();
        for (Service s : m.services()) {
            String sector = String.format(java.util.Locale.ROOT, "sector-%02d", 1 + random.nextInt(sectors));
            out.add(s.withSector(sector, sector + "-" + s.kind().token()));
        }
        return m.withServices(out);
    }

    /** The model with every service's {@code never_out} set to {@code neverOut}. */
    static Model withNeverOut(Model m, int neverOut) {
        List<Service> required = new ArrayList<>();
        for (Service s : m.services()) {
            required.add(new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), neverOut, s.users(),
                    s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability()));
        }
        return m.withServices(required);
    }
}
