package org.neverout.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neverout.engine.topology.NetworkSplits;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The network's own connectivity in a report of a model without services (a bare GraphML or SNDlib
 * topology): the analysis {@code analyze} prints for it ({@link NetworkSplits}: which single and double
 * failures split the network, and the share of connected node pairs each disconnects), in every report
 * format; and the headline of a model that declares no never-out requirement, which is "no requirement
 * declared", never a green "meets".
 *
 * <p>Cost: linear in the splits (the analysis itself is done before, under the run's limits).
 *
 * @param result the connectivity analysis, with its completeness
 */
public record ConnectivitySection(NetworkSplits.Result result) {
    /** Splits shown per size in HTML and Markdown (JSON lists all). */
    static final int SHOWN = 20;

    public ConnectivitySection {
        Objects.requireNonNull(result, "result");
    }

    private static String title(int k) {
        return k == 1 ? "Single failures" : k == 2 ? "Double failures" : k + " simultaneous failures";
    }

    private String intro() {
        return String.format(Locale.ROOT, "The model has no services, so no never-out requirement is declared: this "
                + "is the network's own connectivity over node and link failures (%,d nodes, %,d links, %d "
                + "component(s), %,d connected node pairs; failures up to %d at a time).", result.nodes(),
                result.links(), result.components(), result.connectedPairs(), result.order());
    }

    /** The HTML section ({@code id="connectivity"}); model strings escaped. */
    String html() {
        StringBuilder h = new StringBuilder("<section id=\"connectivity\" class=\"card\"><h2>Connectivity</h2><p>")
                .append(Html.escape(intro())).append("</p>");
        if (!result.complete()) {
            h.append("<p><strong>Cut short</strong>: ").append(Html.escape(result.incompleteReason())).append("</p>");
        }
        for (int k = 1; k <= result.order(); k++) {
            List<NetworkSplits.Split> of = result.ofSize(k);
            h.append("<h3>").append(title(k)).append(" that split it: ").append(of.size()).append("</h3>");
            if (of.isEmpty()) {
                continue;
            }
            h.append("<table><thead><tr><th>Failed</th><th class=\"num\">Node pairs cut</th>"
                    + "<th class=\"num\">Share</th></tr></thead><tbody>");
            for (NetworkSplits.Split s : of.subList(0, Math.min(SHOWN, of.size()))) {
                h.append("<tr><td><code>").append(Html.escape(String.join(" + ", s.events()))).append("</code></td>")
                        .append("<td class=\"num\">").append(String.format(Locale.ROOT, "%,d", s.disconnectedPairs()))
                        .append("</td><td class=\"num\">").append(percent(s.share())).append("</td></tr>");
            }
            h.append("</tbody></table>");
            if (of.size() > SHOWN) {
                h.append("<p>The ").append(SHOWN).append(" that cut most pairs of ").append(of.size())
                        .append("; the JSON report lists all.</p>");
            }
        }
        return h.append("</section>\n").toString();
    }

    /** The Markdown section. */
    String markdown() {
        StringBuilder md = new StringBuilder("## Connectivity\n\n").append(Markdown.escape(intro())).append("\n\n");
        if (!result.complete()) {
            md.append("**Cut short**: ").append(Markdown.escape(result.incompleteReason())).append("\n\n");
        }
        for (int k = 1; k <= result.order(); k++) {
            List<NetworkSplits.Split> of = result.ofSize(k);
            md.append("### ").append(title(k)).append(" that split it: ").append(of.size()).append("\n\n");
            if (of.isEmpty()) {
                continue;
            }
            md.append("| Failed | Node pairs cut | Share |\n|---|---:|---:|\n");
            for (NetworkSplits.Split s : of.subList(0, Math.min(SHOWN, of.size()))) {
                md.append("| ").append(Markdown.code(String.join(" + ", s.events()))).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", s.disconnectedPairs())).append(" | ")
                        .append(percent(s.share())).append(" |\n");
            }
            md.append(of.size() > SHOWN ? "\nThe " + SHOWN + " that cut most pairs of " + of.size()
                    + "; the JSON report lists all.\n\n" : "\n");
        }
        return md.toString();
    }

    /** The JSON object: counts, {@code complete} (and {@code incomplete_reason}), every split. */
    public void json(ObjectNode node) {
        node.put("note", "no services in the model: connectivity of the network itself over node and link failures");
        node.put("order", result.order());
        node.put("nodes", result.nodes());
        node.put("links", result.links());
        node.put("components", result.components());
        node.put("connected_pairs", result.connectedPairs());
        node.put("complete", result.complete());
        if (!result.complete()) {
            node.put("incomplete_reason", result.incompleteReason());
        }
        ArrayNode splits = node.putArray("splits");
        for (NetworkSplits.Split s : result.splits()) {
            ObjectNode o = splits.addObject();
            ArrayNode events = o.putArray("events");
            s.events().forEach(events::add);
            o.put("disconnected_pairs", s.disconnectedPairs());
            o.put("share", s.share());
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
