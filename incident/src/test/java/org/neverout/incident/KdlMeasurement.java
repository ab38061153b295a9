package org.neverout.incident;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.Models;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * One-off measurement (not a test): simulation time on a Kdl-size model (754 nodes, 899 links) with
 * 1,000 services, ten of them shared infrastructure the others depend on. Run with the path to
 * Kdl.graphml from the Topology Zoo as the argument; prints the median and worst time per simulation.
 */
public final class KdlMeasurement {
    private KdlMeasurement() {
    }

    public static void main(String[] args) {
        TopologyZoo.Graph graph = TopologyZoo.load(Path.of(args[0]));
        Model base = RandomModels.generate(graph, RandomModels.Spec.supplierTree(0, 3), 42);
        Random random = new Random(7);
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            List<List<String>> endpoints = new ArrayList<>();
            int entries = 1 + random.nextInt(3);
            for (int i = 0; i < entries; i++) {
                endpoints.add(List.of("n" + random.nextInt(graph.nodes()), "n" + random.nextInt(graph.nodes())));
            }
            List<List<String>> deps = s < 10 ? List.of() : List.of(List.of("infra" + random.nextInt(10)));
            services.add(Models.serviceWithUsers(s < 10 ? "infra" + s : "svc" + s, s < 10 ? ServiceKind.INFRASTRUCTURE
                    : ServiceKind.VITAL, endpoints, deps, (long) random.nextInt(100_000), random.nextBoolean() ? "A" : "B"));
        }
        Model model = Models.model("kdl-1000", base.sites(), base.powerFeeds(), base.nodes(), base.links(),
                base.suppliers(), services);
        long t0 = System.nanoTime();
        CompiledModel compiled = CompiledModel.compile(model);
        System.out.printf(Locale.ROOT, "model: %d nodes, %d links, %d services; compile %.1f ms%n",
                model.nodes().size(), model.links().size(), model.services().size(), (System.nanoTime() - t0) / 1e6);
        List<List<String>> scenarios = List.of(List.of("infra0"), List.of("supplier:telco"), List.of("grid0"),
                List.of("l1", "l2", "l3", "l4", "l5", "n10", "n20"), List.of("region0", "supplier:dc-co", "software:os-1"));
        for (List<String> fail : scenarios) {
            for (int i = 0; i < 30; i++) { // warm-up
                Simulation.run(model, compiled, fail, 19);
            }
            int runs = 50;
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            SimulationResult last = null;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                long c = bean.getCurrentThreadCpuTime();
                last = Simulation.run(model, compiled, fail, 19);
                SimulationJson.toJson(last);
                SimulationText.toText(last);
                times[i] = System.nanoTime() - t;
                cpu[i] = bean.getCurrentThreadCpuTime() - c;
            }
            java.util.Arrays.sort(times);
            java.util.Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "fail %-45s down %4d: CPU median %.1f ms, max %.1f ms; wall median %.1f ms"
                    + " (run + text + json)%n", fail, last.impact().servicesDown(), cpu[runs / 2] / 1e6,
                    cpu[runs - 1] / 1e6, times[runs / 2] / 1e6);
        }
    }
}
