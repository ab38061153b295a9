package org.neverout.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.AnalysisResult;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelIndex;
import org.neverout.model.Node;
import org.neverout.model.ServiceKind;
import org.neverout.model.Supplier;

/**
 * Which suppliers hold sensitive knowledge: knowledge ({@code knows}) about elements whose failure hurts
 * vital services. Precisely, a supplier holds sensitive knowledge of an element when all of these hold:
 * <ol>
 * <li><b>topic</b>: one of its {@code knows} topics covers the element's kind: {@code routes} covers
 *     links (cable routes), {@code rooms} and {@code configs} cover nodes (the rooms they stand in, their
 *     configuration); any other topic is taken to cover both (unknown knowledge is assumed broad);</li>
 * <li><b>scope</b>: the element is operated or legally owned by the supplier itself or by one of its
 *     own subcontractors, transitively: it learns what it and those working for it run or own, never
 *     what its parent (the supplier it works for) runs itself (issue 22: a subcontractor was credited
 *     with its parent's links);</li>
 * <li><b>critical</b>: the element's own basic event (its id) is in a minimal cut set of order at most
 *     {@link #CRITICAL_ORDER} of a vital service.</li>
 * </ol>
 * Cost: O(cut sets + suppliers x (elements + chain length)).
 */
final class SensitiveKnowledge {
    /** Cut sets of this order or less make an element critical. */
    static final int CRITICAL_ORDER = 2;

    private final Model model;
    private final ModelIndex index;
    /** Critical element id to the vital services it is critical for (model order). */
    private final Map<String, Set<String>> critical = new LinkedHashMap<>();
    private final int order;

    SensitiveKnowledge(Model model, ModelIndex index, AnalysisResult analysis) {
        this.model = model;
        this.index = index;
        this.order = analysis == null ? 0 : Math.min(CRITICAL_ORDER, analysis.order());
        if (analysis != null) {
            for (ServiceResult result : analysis.services()) {
                boolean vital = index.service(result.id()).map(s -> s.kind() == ServiceKind.VITAL).orElse(false);
                if (!vital) {
                    continue;
                }
                for (List<String> cut : result.cutSets()) {
                    if (cut.size() <= order) {
                        cut.forEach(id -> critical.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(result.id()));
                    }
                }
            }
        }
    }

    /** The order actually used (0 when no cut sets were available). */
    int order() {
        return order;
    }

    /** Critical elements (file order: nodes then links) the supplier's knowledge covers. */
    List<String> elements(Supplier supplier) {
        if (supplier.knows().isEmpty()) {
            return List.of();
        }
        boolean nodes = false;
        boolean links = false;
        for (String topic : supplier.knows()) {
            String t = topic.toLowerCase(Locale.ROOT);
            boolean route = t.equals("routes");
            boolean room = t.equals("rooms") || t.equals("configs");
            links |= route || !room;
            nodes |= room || !route;
        }
        Set<String> chain = new LinkedHashSet<>();
        chain.add(supplier.id());
        index.descendants(supplier.id()).forEach(s -> chain.add(s.id()));
        List<String> out = new ArrayList<>();
        if (nodes) {
            for (Node n : model.nodes()) {
                if (critical.containsKey(n.id()) && (chain.contains(n.operator()) || chain.contains(n.owner()))) {
                    out.add(n.id());
                }
            }
        }
        if (links) {
            for (Link l : model.links()) {
                if (critical.containsKey(l.id()) && (chain.contains(l.operator()) || chain.contains(l.owner()))) {
                    out.add(l.id());
                }
            }
        }
        return out;
    }

    /** The vital services (model order) that the given elements are critical for. */
    List<String> services(List<String> elements) {
        Set<String> hit = new LinkedHashSet<>();
        elements.forEach(e -> hit.addAll(critical.getOrDefault(e, Set.of())));
        return model.services().stream().map(s -> s.id()).filter(hit::contains).toList();
    }
}
