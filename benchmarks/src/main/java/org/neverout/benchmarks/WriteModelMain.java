package org.neverout.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.neverout.io.ModelWriter;

/**
 * Writes a generated benchmark model to a file, for whole-process runs of the CLI on it
 * ({@code run-attack.sh}).
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.WriteModelMain GRAPH SERVICES FILE
 * </pre>
 */
public final class WriteModelMain {
    private WriteModelMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WriteModelMain GRAPH SERVICES FILE");
            System.exit(2);
        }
        ModelWriter.write(BenchmarkModels.withServices(BenchmarkModels.topology(args[0]), Integer.parseInt(args[1]), 42),
                Path.of(args[2]));
    }
}
