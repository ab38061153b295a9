package org.neverout.benchmarks;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.neverout.control.ControlAnalysis;
import org.neverout.control.ControlReport;
import org.neverout.control.ServiceControl;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Control analysis ({@link ControlAnalysis#analyze}) on Kdl with 1,000 services, 20 % of them vital,
 * and 10 % of the nodes and links operated by six suppliers ({@link BenchmarkModels#withSuppliers}):
 * {@code withCutSets} is the {@code analyze} command's path (the order-2 node and link cut sets are
 * already there); {@code standalone} runs that cut-set analysis itself (2 threads).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ControlBenchmarks {
    @State(Scope.Benchmark)
    public static class Kdl {
        Model model;
        CompiledModel compiled;
        AnalysisResult cutSets;

        @Setup
        public void setUp() {
            Model services = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), 1000, 42);
            model = BenchmarkModels.withSuppliers(BenchmarkModels.withVitalServices(services, 0.2, 5), 0.1, 3);
            compiled = CompiledModel.compile(model);
            cutSets = CutSetEngine.analyze(compiled, new AnalysisQuestion(2, EnumSet.of(EventKind.NODE, EventKind.LINK),
                    2, 0, null), ProgressListener.NONE);
            ControlReport r = ControlAnalysis.analyze(model, compiled, cutSets, BenchmarkModels.AS_OF);
            System.out.printf("%ncontrol: %d of %d services controlled, %d uncontrolled searched, %d suppliers%n",
                    r.services().stream().filter(ServiceControl::controlled).count(), r.services().size(),
                    r.services().stream().filter(s -> s.dependence() != null).count(), r.suppliers().size());
        }
    }

    @Benchmark
    public ControlReport withCutSets(Kdl kdl) {
        return ControlAnalysis.analyze(kdl.model, kdl.compiled, kdl.cutSets, BenchmarkModels.AS_OF);
    }

    @Benchmark
    public ControlReport standalone(Kdl kdl) {
        return ControlAnalysis.analyze(kdl.model, kdl.compiled, null, BenchmarkModels.AS_OF);
    }
}
