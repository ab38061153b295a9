package org.neverout.cli;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.report.ConnectivitySection;

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

    /** The analyze JSON of a bare topology: the report's connectivity object under {@code topology}. */
    static Object json(String model, NetworkSplits.Result r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("model", model);
        root.put("order", r.order());
        root.putArray("services");
        root.put("complete", r.complete());
        new ConnectivitySection(r).json(root.putObject("topology"));
        return root;
    }
}
