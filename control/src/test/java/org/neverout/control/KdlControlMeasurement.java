package org.neverout.control;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * One-off measurement (not a test): control analysis time on a Kdl-size model (754 nodes, 899 links,
 * a share of them supplier-operated) with 1,000 services. Argument: the path to Kdl.graphml.
 */
public final class KdlControlMeasurement {
    private KdlControlMeasurement() {
    }

    public static void main(String[] args) {
        TopologyZoo.Graph graph = TopologyZoo.load(Path.of(args[0]));
        int share = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Model base = RandomModels.generate(graph, RandomModels.Spec.supplierTree(0, share), 42);
        Random random = new Random(7);
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            List<List<String>> endpoints = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                endpoints.add(List.of("n" + random.nextInt(graph.nodes())));
            }
            services.add(Models.serviceWithUsers("svc" + s, ServiceKind.VITAL, endpoints, List.of(), 10L, "A"));
        }
        Model model = Models.model("kdl-1000", base.sites(), base.powerFeeds(), base.nodes(), base.links(),
                base.suppliers(), services);
        CompiledModel compiled = CompiledModel.compile(model);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        ControlReport report = ControlAnalysis.analyze(model, compiled, null, LocalDate.of(2026, 1, 1));
        long uncontrolled = report.services().stream().filter(s -> !s.controlled()).count();
        long inexact = report.services().stream().filter(s -> s.dependence() != null && !s.dependence().exact()).count();
        System.out.printf(Locale.ROOT, "share %d0%%: %d uncontrolled, %d searches cut off; main-thread CPU %.0f ms, wall %.0f ms%n",
                share, uncontrolled, inexact, (bean.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
    }
}
