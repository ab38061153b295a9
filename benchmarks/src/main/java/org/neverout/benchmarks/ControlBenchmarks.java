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
import org.neverout.engine.NetworkState;
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
 *
 * <p>{@code oneServiceAlone} and {@code oneServiceAmongAll} are one candidate check of the control searches
 * on the same model, every supplier failed (most of the network down, as when a search restores a few
 * supplier elements): whether one service is up, evaluated alone with its dependencies
 * ({@link NetworkState#isServiceUp}) or by evaluating every service and reading one (what
 * {@code isServiceUp} did before issue 12). Services are taken in turn.
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

    /** Kdl 1,000 + suppliers with every supplier event applied; the service asked about next. */
    @State(Scope.Thread)
    public static class Candidate {
        NetworkState state;
        int services;
        int next;

        @Setup
        public void setUp(Kdl kdl) {
            state = new NetworkState(kdl.compiled);
            for (int e = 0; e < kdl.compiled.events().size(); e++) {
                if (kdl.compiled.events().get(e).kind() == EventKind.SUPPLIER) {
                    state.apply(e);
                }
            }
            services = kdl.compiled.serviceCount();
        }

        int nextService() {
            next = next + 1 == services ? 0 : next + 1;
            return next;
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean oneServiceAlone(Candidate c) {
        return c.state.isServiceUp(c.nextService());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean oneServiceAmongAll(Candidate c) {
        return c.state.serviceStates()[c.nextService()];
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
