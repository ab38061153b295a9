package org.neverout.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.engine.MarginResult;
import org.neverout.engine.ServiceMargin;
import org.neverout.engine.ServiceMargins;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Live margins (issue 18) after a series of state changes, as the web application recomputes them: build
 * and compile a benchmark model once, then for each change (one more random node or link down, seeded; the
 * first change is the empty state) time {@link ServiceMargins#compute} over every service. Per-change times
 * and the margins' histogram go to standard error.
 *
 * <pre>
 * java -cp benchmarks.jar org.neverout.benchmarks.MarginsMain GRAPH SERVICES ORDER [THREADS] [--changes N]
 *      [--kinds node,link,...] [--dual]
 * </pre>
 * {@code --dual} gives every endpoint entry a second, random alternative node (dual-homed services: most
 * margins are then 2 or more, so the deeper levels run); kinds default to every kind.
 */
public final class MarginsMain {
    private MarginsMain() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: MarginsMain GRAPH SERVICES ORDER [THREADS] [--changes N] [--kinds K,...] [--dual]");
            System.exit(2);
        }
        String graph = args[0];
        int services = Integer.parseInt(args[1]);
        int order = Integer.parseInt(args[2]);
        int threads = Runtime.getRuntime().availableProcessors();
        int changes = 10;
        Set<EventKind> kinds = EnumSet.allOf(EventKind.class);
        boolean dual = false;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--changes" -> changes = Integer.parseInt(args[++i]);
                case "--dual" -> dual = true;
                case "--kinds" -> {
                    kinds = EnumSet.noneOf(EventKind.class);
                    for (String token : args[++i].split(",")) {
                        kinds.add(EventKind.valueOf(token.trim().toUpperCase(Locale.ROOT)));
                    }
                }
                default -> threads = Integer.parseInt(args[i]);
            }
        }
        long t0 = System.nanoTime();
        Model model = BenchmarkModels.withServices(BenchmarkModels.topology(graph), services, 42);
        if (dual) {
            model = dualHomed(model, new Random(43));
        }
        CompiledModel compiled = CompiledModel.compile(model);
        long t1 = System.nanoTime();
        System.err.printf(Locale.ROOT, "model %s: %d nodes, %d links, %d services%s, order %d, kinds %s, %d threads; "
                        + "build+compile %.0f ms%n", graph, compiled.nodeCount(), compiled.linkCount(),
                compiled.serviceCount(), dual ? " (dual-homed)" : "", order, kinds, threads, ms(t1 - t0));
        AnalysisQuestion question = new AnalysisQuestion(order, kinds, threads, 0, null);
        Random random = new Random(7);
        Set<String> down = new TreeSet<>();
        double[] times = new double[changes];
        for (int c = 0; c < changes; c++) {
            if (c > 0) {
                down.add(random.nextBoolean() ? compiled.nodeId(random.nextInt(compiled.nodeCount()))
                        : compiled.linkId(random.nextInt(compiled.linkCount())));
            }
            long start = System.nanoTime();
            MarginResult result = ServiceMargins.compute(compiled, down, question);
            times[c] = ms(System.nanoTime() - start);
            TreeMap<String, Integer> histogram = new TreeMap<>();
            for (ServiceMargin s : result.services()) {
                histogram.merge(s.margin() == null ? "beyond" : String.valueOf(s.margin()), 1, Integer::sum);
            }
            System.err.printf(Locale.ROOT, "change %d: %d down, %.0f ms, complete %s, margins %s%n", c, down.size(),
                    times[c], result.complete(), histogram);
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.err.printf(Locale.ROOT, "per change: first (cold) %.0f ms, median %.0f ms, max %.0f ms; whole run %.0f ms%n",
                times[0], sorted[sorted.length / 2], sorted[sorted.length - 1], ms(System.nanoTime() - t0));
    }

    /** Every endpoint entry gets a second alternative: a random other node. */
    static Model dualHomed(Model model, Random random) {
        int nodes = model.nodes().size();
        List<Service> out = new ArrayList<>();
        for (Service s : model.services()) {
            List<List<String>> entries = new ArrayList<>();
            for (List<String> entry : s.endpoints()) {
                String other;
                do {
                    other = model.nodes().get(random.nextInt(nodes)).id();
                } while (entry.contains(other));
                entries.add(List.of(entry.get(0), other));
            }
            out.add(new Service(s.id(), s.name(), s.kind(), entries, s.dependsOn(), s.neverOut(), s.users(),
                    s.category(), s.demand(), s.availabilityTarget(), s.description(), s.reliability()));
        }
        return model.withServices(out);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
