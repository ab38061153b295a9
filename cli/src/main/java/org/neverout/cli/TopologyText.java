package org.neverout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.topology.NetworkSplits;

/** Output of {@code analyze} for a bare topology (no services): the network's own connectivity. */
final class TopologyText {
    static final int SHOWN = 20;

    private TopologyText() {
    }

    static String render(String model, NetworkSplits.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("NeverOut connectivity analysis of ").append(model).append('\n');
        sb.append("  The model has no services, so NeverOut analyses the network's own connectivity: which\n"
                + "  node and link failures split it, and the share of connected node pairs each disconnects.\n");
        sb.append(String.format("  %,d nodes, %,d links, %d component(s), %,d connected node pairs; order %d%n",
                r.nodes(), r.links(), r.components(), r.connectedPairs(), r.order()));
        if (!r.complete()) {
            sb.append("  Cut short: ").append(r.incompleteReason()).append('\n');
        }
        for (int k = 1; k <= r.order(); k++) {
            List<NetworkSplits.Split> of = r.ofSize(k);
            sb.append(String.format("%n%s that split it%s: %,d%s%n",
                    k == 1 ? "Single failures" : k == 2 ? "Double failures" : k + " simultaneous failures",
                    k == 1 ? "" : " (no smaller part of them does)", of.size(),
                    of.size() > SHOWN ? " (the " + SHOWN + " that disconnect most pairs; --format json lists all)" : ""));
            for (NetworkSplits.Split s : of.subList(0, Math.min(SHOWN, of.size()))) {
                sb.append(String.format("  %-50s %,12d pairs  %6.2f%%%n", String.join(" + ", s.events()),
                        s.disconnectedPairs(), 100 * s.share()));
            }
        }
        return sb.toString();
    }

    static Map<String, Object> json(String model, NetworkSplits.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", model);
        root.put("order", r.order());
        root.put("services", List.of());
        Map<String, Object> topo = new LinkedHashMap<>();
        topo.put("note", "no services in the model: connectivity of the network itself over node and link failures");
        topo.put("nodes", r.nodes());
        topo.put("links", r.links());
        topo.put("components", r.components());
        topo.put("connected_pairs", r.connectedPairs());
        root.put("complete", r.complete());
        topo.put("complete", r.complete());
        if (!r.complete()) {
            topo.put("incomplete_reason", r.incompleteReason());
        }
        List<Object> splits = new ArrayList<>();
        for (NetworkSplits.Split s : r.splits()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("events", s.events());
            o.put("disconnected_pairs", s.disconnectedPairs());
            o.put("share", s.share());
            splits.add(o);
        }
        topo.put("splits", splits);
        root.put("topology", topo);
        return root;
    }
}
