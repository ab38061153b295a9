package org.neverout.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;

/**
 * The whole-process path of {@code neverout analyze --format json} on a generated benchmark model:
 * build the model, compile, analyse, write the JSON contract fields. Timings go to standard error.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.AnalyzeMain GRAPH SERVICES ORDER [THREADS] [--out FILE]
 *      [--baseline-sample N]
 * </pre>
 * With {@code --baseline-sample N} it also times the naive JGraphT baseline on N random scenarios of
 * ORDER events and extrapolates it to the whole job.
 */
public final class AnalyzeMain {
    private AnalyzeMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: AnalyzeMain GRAPH SERVICES ORDER [THREADS] [--out FILE] [--baseline-sample N]");
            System.exit(2);
        }
        String graph = args[0];
        int services = Integer.parseInt(args[1]);
        int order = Integer.parseInt(args[2]);
        int threads = Runtime.getRuntime().availableProcessors();
        Path out = null;
        int baseline = 0;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else if (args[i].equals("--baseline-sample")) {
                baseline = Integer.parseInt(args[++i]);
            } else {
                threads = Integer.parseInt(args[i]);
            }
        }
        long t0 = System.nanoTime();
        Model model = BenchmarkModels.withServices(BenchmarkModels.topology(graph), services, 42);
        CompiledModel compiled = CompiledModel.compile(model);
        long t1 = System.nanoTime();
        Set<EventKind> kinds = EnumSet.of(EventKind.NODE, EventKind.LINK);
        AnalysisResult result = CutSetEngine.analyze(compiled, new AnalysisQuestion(order, kinds, threads, 0, null),
                ProgressListener.NONE);
        long t2 = System.nanoTime();
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writeJson(result, w);
        }
        long t3 = System.nanoTime();
        long cutSets = result.services().stream().mapToLong(s -> s.cutSets().size()).sum();
        System.err.printf("model %s: %d nodes, %d links, %d services; order %d over node,link; %d threads%n",
                result.model(), compiled.nodeCount(), compiled.linkCount(), compiled.serviceCount(), order, threads);
        System.err.printf("build+compile %.3f s, analyze %.3f s, write json %.3f s; %d cut sets, %d scenarios decided%n",
                sec(t1 - t0), sec(t2 - t1), sec(t3 - t2), cutSets, result.scenariosEvaluated());
        if (baseline > 0) {
            NaiveBaseline naive = new NaiveBaseline(model);
            List<Set<String>> sample = naive.sample(baseline, order, 7);
            naive.servicesDown(sample.get(0)); // warm-up
            long b0 = System.nanoTime();
            for (Set<String> scenario : sample) {
                naive.servicesDown(scenario);
            }
            double perScenario = sec(System.nanoTime() - b0) / baseline;
            long total = naive.scenarioCount(order);
            double extrapolated = perScenario * total;
            System.err.printf("naive JGraphT baseline: %.3f ms/scenario x %d scenarios = %.0f s (extrapolated); "
                    + "engine is %.0fx faster%n", perScenario * 1e3, total, extrapolated, extrapolated / sec(t2 - t1));
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static void writeJson(AnalysisResult result, Writer w) throws IOException {
        w.write("{\n \"model\": " + quote(result.model()) + ",\n \"order\": " + result.order()
                + ",\n \"complete\": " + result.complete() + ",\n \"services\": [");
        boolean firstService = true;
        for (ServiceResult s : result.services()) {
            w.write(firstService ? "\n" : ",\n");
            firstService = false;
            w.write("  {\"id\": " + quote(s.id()) + ", \"up\": " + s.up() + ", \"complete\": " + s.complete()
                    + ", \"cut_sets\": [");
            boolean firstSet = true;
            for (List<String> set : s.cutSets()) {
                w.write(firstSet ? "[" : ", [");
                firstSet = false;
                for (int i = 0; i < set.size(); i++) {
                    w.write((i == 0 ? "" : ", ") + quote(set.get(i)));
                }
                w.write("]");
            }
            w.write("]}");
        }
        w.write("\n ]\n}\n");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
