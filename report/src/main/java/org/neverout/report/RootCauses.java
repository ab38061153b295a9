package org.neverout.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.Finding;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;

/**
 * The root causes of the decision page: the first never-out findings in the contract's order (the order of
 * {@link ReportInput#findings()}), each with the elements it takes down ({@link ElementsConcerned}), who
 * operates and who owns them (defence or a supplier by name) and a {@link RecommendedAction}. A shared
 * service's own failure takes no node or link down; it is held against the nodes it runs on (its endpoint
 * nodes, alternatives included), whose operators and owners run it. When the input has a remediation plan
 * ({@link ReportInput#plan()}), a root cause that a step of it removes takes that step as its action
 * (proven by re-analysis); the others keep the generic one.
 *
 * <p>Cost: O(n (V + E + P + S)) for the n root causes shown.
 */
public final class RootCauses {
    /** How many root causes the decision page shows. */
    public static final int TOP = 5;

    private RootCauses() {
    }

    /** The first {@code limit} root causes of the input, in the findings' order. */
    public static List<RootCause> of(ReportInput input, int limit) {
        Model model = input.model();
        Map<String, Node> nodes = new HashMap<>();
        model.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, Link> links = new HashMap<>();
        model.links().forEach(l -> links.put(l.id(), l));
        Map<String, String> names = new HashMap<>();
        model.suppliers().forEach(s -> names.put(s.id(), s.name() == null ? s.id() : s.name()));
        names.put(Model.DEFENCE, "Defence");
        Map<String, List<String>> endpoints = new HashMap<>();
        model.services().forEach(s -> endpoints.put(s.id(), s.endpoints().stream().flatMap(List::stream)
                .distinct().toList()));
        RecommendedAction actions = new RecommendedAction(model);
        CompiledModel compiled = CompiledModel.compile(model);
        List<RootCause> out = new ArrayList<>();
        for (Finding f : input.findings().subList(0, Math.min(limit, input.findings().size()))) {
            ElementsConcerned concerned = ElementsConcerned.of(model, compiled, f.cutSet());
            out.add(new RootCause(f, concerned,
                    parties(concerned, endpoints, nodes, links, Node::operator, Link::operator, names),
                    parties(concerned, endpoints, nodes, links, Node::owner, Link::owner, names),
                    action(input.plan(), actions, f)));
        }
        return List.copyOf(out);
    }

    /** The plan's step that removes the root cause, else the generic action for its kind of events. */
    private static String action(ReportPlan plan, RecommendedAction actions, Finding f) {
        int step = plan == null ? 0 : plan.stepResolving(f.cutSet());
        if (step == 0) {
            return actions.of(f.cutSet(), f.services());
        }
        ReportPlan.Step s = plan.steps().get(step - 1);
        return "Step " + step + " of the remediation plan: " + s.description() + " (proven by re-analysis: from "
                + s.violationsBefore() + " to " + s.violationsAfter() + " never-out violations).";
    }

    /** Who (operator or owner, as the two functions read it) holds the elements concerned, most first. */
    private static List<Party> parties(ElementsConcerned concerned, Map<String, List<String>> endpoints,
                                       Map<String, Node> nodes, Map<String, Link> links,
                                       Function<Node, String> ofNode, Function<Link, String> ofLink,
                                       Map<String, String> names) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        java.util.Set<String> held = new java.util.LinkedHashSet<>(concerned.nodes());
        concerned.services().forEach(id -> held.addAll(endpoints.getOrDefault(id, List.of())));
        for (String n : held) {
            counts.computeIfAbsent(String.valueOf(ofNode.apply(nodes.get(n))), k -> new int[2])[0]++;
        }
        for (String l : concerned.links()) {
            counts.computeIfAbsent(String.valueOf(ofLink.apply(links.get(l))), k -> new int[2])[1]++;
        }
        List<Party> out = new ArrayList<>();
        counts.forEach((id, c) -> {
            String real = "null".equals(id) ? null : id;
            out.add(new Party(real, real == null ? null : names.getOrDefault(real, real), c[0], c[1]));
        });
        out.sort(Comparator.comparingInt((Party p) -> p.nodes() + p.links()).reversed());
        return out;
    }
}
