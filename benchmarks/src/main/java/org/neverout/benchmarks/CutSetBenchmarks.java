package org.neverout.benchmarks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The performance targets: Kdl (754 nodes, 899 links) with 1,000 services of 2-3 endpoints at
 * order 2, Colt (153, 191) with 100 services at order 3, both over nodes and links; and the naive
 * JGraphT baseline per scenario on the same inputs (score = time per scenario; multiply by
 * {@link NaiveBaseline#scenarioCount(int)} for the whole job).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CutSetBenchmarks {
    static final Set<EventKind> NODES_AND_LINKS = EnumSet.of(EventKind.NODE, EventKind.LINK);
    static final int SAMPLE = 50;

    @State(Scope.Benchmark)
    public static class Kdl {
        CompiledModel compiled;
        NaiveBaseline naive;
        List<Set<String>> pairs;

        @Setup
        public void setUp() {
            Model model = BenchmarkModels.withServices(BenchmarkModels.topology("Kdl"), 1000, 42);
            compiled = CompiledModel.compile(model);
            naive = new NaiveBaseline(model);
            pairs = naive.sample(SAMPLE, 2, 7);
        }
    }

    @State(Scope.Benchmark)
    public static class Colt {
        CompiledModel compiled;
        NaiveBaseline naive;
        List<Set<String>> triples;

        @Setup
        public void setUp() {
            Model model = BenchmarkModels.withServices(BenchmarkModels.topology("Colt"), 100, 42);
            compiled = CompiledModel.compile(model);
            naive = new NaiveBaseline(model);
            triples = naive.sample(SAMPLE, 3, 7);
        }
    }

    @Benchmark
    public AnalysisResult kdlOrder2Engine(Kdl kdl) {
        return CutSetEngine.analyze(kdl.compiled, new AnalysisQuestion(2, NODES_AND_LINKS, 2, 0, null),
                ProgressListener.NONE);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 2, time = 1)
    public AnalysisResult coltOrder3Engine(Colt colt) {
        return CutSetEngine.analyze(colt.compiled, new AnalysisQuestion(3, NODES_AND_LINKS, 2, 0, null),
                ProgressListener.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void kdlNaivePerScenario(Kdl kdl, Blackhole bh) {
        for (Set<String> scenario : kdl.pairs) {
            bh.consume(kdl.naive.servicesDown(scenario));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void coltNaivePerScenario(Colt colt, Blackhole bh) {
        for (Set<String> scenario : colt.triples) {
            bh.consume(colt.naive.servicesDown(scenario));
        }
    }
}
