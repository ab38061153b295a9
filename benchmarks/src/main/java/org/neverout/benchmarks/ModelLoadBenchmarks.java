package org.neverout.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.neverout.engine.CompiledModel;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model loading: {@link ModelLoader#parse} (parse, bind, validate every reference, SHA-256) of Kdl with
 * 1,000 services written by {@link ModelWriter} as YAML and as JSON, under the default loader limits;
 * MB/s = the size the set-up prints / time per load. {@code compile} is the next step of every command,
 * {@link CompiledModel#compile} of the loaded model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ModelLoadBenchmarks {
    @State(Scope.Benchmark)
    public static class Text {
        @Param({"YAML", "JSON"})
        Format format;
        byte[] bytes;
        String fileName;

        @Setup
        public void setUp() {
            Model generated = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), 1000, 42);
            String text = format == Format.YAML ? ModelWriter.toYaml(generated) : ModelWriter.toJson(generated);
            bytes = text.getBytes(StandardCharsets.UTF_8);
            fileName = "kdl-1000-services." + format.name().toLowerCase();
            Model model = ModelLoader.parse(bytes, fileName, format, LoaderLimits.DEFAULT);
            if (model.nodes().size() != generated.nodes().size() || model.services().size() != generated.services().size()) {
                throw new IllegalStateException("the written model does not load back whole");
            }
            System.out.printf("%n%s: %d bytes (%.2f MB), %d lines%n", fileName, bytes.length, bytes.length / 1e6,
                    text.lines().count());
        }
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        Model model;

        @Setup
        public void setUp() {
            Model generated = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), 1000, 42);
            model = ModelLoader.parse(ModelWriter.toYaml(generated), "kdl-1000-services.yaml", Format.YAML);
        }
    }

    @Benchmark
    public Model load(Text text) {
        return ModelLoader.parse(text.bytes, text.fileName, text.format, LoaderLimits.DEFAULT);
    }

    @Benchmark
    public CompiledModel compile(Loaded loaded) {
        return CompiledModel.compile(loaded.model);
    }
}
