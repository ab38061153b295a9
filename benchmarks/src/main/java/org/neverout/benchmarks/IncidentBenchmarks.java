package org.neverout.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.neverout.engine.CompiledModel;
import org.neverout.incident.Simulation;
import org.neverout.incident.SimulationJson;
import org.neverout.incident.SimulationResult;
import org.neverout.incident.SimulationText;
import org.neverout.model.Model;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 5, {@code neverout simulate} on Kdl (754 nodes, 899 links) with 1,000 services: time per
 * {@link Simulation#run} of a compiled model, alone and with the text and JSON rendering, for three
 * failure sets: the core node (highest degree), a random link, and a site-like group of 5 nodes (a
 * random node and its breadth-first neighbours). Target: well under a second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class IncidentBenchmarks {
    static final double DURATION_H = 4.0;

    @State(Scope.Benchmark)
    public static class Kdl {
        @Param({"core-node", "random-link", "site-of-5"})
        String failure;
        Model model;
        CompiledModel compiled;
        List<String> fail;

        @Setup
        public void setUp() {
            BenchmarkModels.Topology kdl = BenchmarkModels.topology("Kdl");
            model = BenchmarkModels.withServices(kdl, 1000, 42);
            compiled = CompiledModel.compile(model);
            Random random = new Random(7);
            fail = switch (failure) {
                case "core-node" -> List.of("n" + BenchmarkModels.highestDegreeNode(kdl));
                case "random-link" -> List.of("l" + random.nextInt(kdl.edges().size()));
                case "site-of-5" -> BenchmarkModels.ballNodes(kdl, random.nextInt(kdl.nodes()), 5).stream()
                        .map(n -> "n" + n).toList();
                default -> throw new IllegalArgumentException("unknown failure set " + failure);
            };
            SimulationResult r = Simulation.run(model, compiled, fail, DURATION_H);
            System.out.printf("%n%s %s: %d of %d services down%n", failure, fail,
                    r.services().stream().filter(s -> !s.up()).count(), r.services().size());
        }
    }

    @Benchmark
    public SimulationResult simulate(Kdl kdl) {
        return Simulation.run(kdl.model, kdl.compiled, kdl.fail, DURATION_H);
    }

    @Benchmark
    public void simulateAndRender(Kdl kdl, Blackhole bh) {
        SimulationResult r = Simulation.run(kdl.model, kdl.compiled, kdl.fail, DURATION_H);
        bh.consume(SimulationText.toText(r));
        bh.consume(CliJson.write(SimulationJson.toJson(r)));
    }
}
