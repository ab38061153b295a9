package org.neverout.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.EventKind;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Element;
import org.neverout.model.Model;
import org.neverout.model.Reliability;

/**
 * What a report cannot vouch for, said before anyone signs it: the order analysed, the event kinds left out,
 * every part cut short (with the reason), the elements without reliability figures (per kind: none of their
 * own and no {@code defaults} entry, so quantification never fails them on their own) and what the model does
 * not cover at all. Cost: O(V + E + S + G) over the model.
 *
 * @param order           the order analysed
 * @param largestNeverOut the largest never_out in the model (requirements above the order are unverified)
 * @param kindsLeftOut    event kinds not analysed, in enum order
 * @param cutShort        one line per part cut short: the analysis, services, the connectivity analysis
 * @param withoutFigures  per kind ("nodes", "links", ...): how many elements have no reliability figures;
 *                        kinds with none missing are left out
 * @param notCovered      what the model does not cover (fixed text)
 * @param availabilityVerdicts how the availability targets were decided (rigorously, by Monte Carlo at a
 *                        confidence level, or not at all), or null without availability targets
 */
public record Limitations(int order, int largestNeverOut, List<EventKind> kindsLeftOut, List<String> cutShort,
                          Map<String, Integer> withoutFigures, List<String> notCovered, String availabilityVerdicts) {
    /** What no NeverOut model describes, whatever its content. */
    static final List<String> NOT_COVERED = List.of(
            "traffic and capacity: a path that exists counts as enough (see the capacity analysis for load "
                    + "after failures)",
            "deliberate attack, human error and failures of elements or dependencies that are not in the model",
            "the model's own correctness: the results are only as true as its sites, routes, ducts, "
                    + "suppliers and dependencies",
            "failures other than through the declared common causes are taken as independent (availability)");

    public Limitations {
        kindsLeftOut = List.copyOf(kindsLeftOut);
        cutShort = List.copyOf(cutShort);
        withoutFigures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(withoutFigures));
        notCovered = List.copyOf(notCovered);
    }

    /** The limitations of this input. */
    public static Limitations of(ReportInput input) {
        Model model = input.model();
        AnalysisResult a = input.analysis();
        EnumSet<EventKind> left = EnumSet.allOf(EventKind.class);
        left.removeAll(a.kinds());
        List<String> cutShort = new ArrayList<>();
        if (!a.complete()) {
            cutShort.add("the cut-set analysis: " + a.incompleteReason());
        }
        for (ServiceResult r : a.services()) {
            if (!r.complete() && r.incompleteReason() != null && !r.incompleteReason().equals(a.incompleteReason())) {
                cutShort.add("service " + r.id() + ": " + r.incompleteReason());
            }
        }
        if (input.connectivity() != null && !input.connectivity().result().complete()) {
            cutShort.add("the connectivity analysis: " + input.connectivity().result().incompleteReason());
        }
        int largest = model.services().stream().mapToInt(s -> s.neverOut()).max().orElse(0);
        return new Limitations(a.order(), largest, List.copyOf(left), cutShort, withoutFigures(model), NOT_COVERED,
                availabilityVerdicts(input.availability()));
    }

    /** "3 decided exactly or by rigorous bounds; 2 by Monte Carlo ...: a, b; 1 undecided: c", or null. */
    private static String availabilityVerdicts(AvailabilitySection availability) {
        if (availability == null) {
            return null;
        }
        List<String> rigorous = new ArrayList<>();
        Map<String, List<String>> sampled = new LinkedHashMap<>();
        List<String> undecided = new ArrayList<>();
        for (ServiceAvailabilityRow r : availability.services()) {
            if (r.verdict() == org.neverout.engine.TargetVerdict.NO_TARGET) {
                continue;
            }
            if (r.verdict() == org.neverout.engine.TargetVerdict.UNDECIDED) {
                undecided.add(r.id());
            } else if (r.decidedBy() != null && r.decidedBy().startsWith("monte-carlo")) {
                sampled.computeIfAbsent(r.decidedBy(), k -> new ArrayList<>()).add(r.id());
            } else {
                rigorous.add(r.id());
            }
        }
        if (rigorous.isEmpty() && sampled.isEmpty() && undecided.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(rigorous.size() + " decided exactly or by rigorous bounds");
        sampled.forEach((how, ids) -> parts.add(ids.size() + " by " + how + " (each holds at that confidence, not with "
                + "certainty): " + String.join(", ", ids)));
        if (!undecided.isEmpty()) {
            parts.add(undecided.size() + " undecided, never counted as met: " + String.join(", ", undecided));
        }
        return String.join("; ", parts) + ".";
    }

    private static Map<String, Integer> withoutFigures(Model model) {
        Map<String, Integer> out = new LinkedHashMap<>();
        count(out, model, "sites", "site", model.sites());
        count(out, model, "nodes", "node", model.nodes());
        count(out, model, "links", "link", model.links());
        count(out, model, "power feeds", "power_feed", model.powerFeeds());
        count(out, model, "services", "service", model.services());
        // groups: declared, and used without a declaration (no figures of their own)
        Map<String, Reliability> groups = new LinkedHashMap<>();
        model.groups().forEach(g -> groups.put(g.id(), g.reliability()));
        model.nodes().forEach(n -> n.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        model.links().forEach(l -> l.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        model.powerFeeds().forEach(f -> f.groups().forEach(g -> groups.putIfAbsent(g, Reliability.NONE)));
        put(out, model, "shared-risk groups", "group", groups.values());
        Map<String, Reliability> software = new LinkedHashMap<>();
        model.softwareVersions().forEach(v -> software.put(v.id(), v.reliability()));
        model.nodes().stream().filter(n -> n.software() != null)
                .forEach(n -> software.putIfAbsent(n.software(), Reliability.NONE));
        put(out, model, "software versions", "software", software.values());
        put(out, model, "suppliers", "supplier", model.suppliers().stream().map(s -> s.reliability()).toList());
        return out;
    }

    private static void count(Map<String, Integer> out, Model model, String label, String key,
                              List<? extends Element> elements) {
        put(out, model, label, key, elements.stream().map(Element::reliability).toList());
    }

    private static void put(Map<String, Integer> out, Model model, String label, String key,
                            java.util.Collection<Reliability> figures) {
        Reliability fallback = model.defaults().get(key);
        if (fallback != null && fallback.isPresent()) {
            return; // the default gives every element of the kind figures
        }
        int missing = (int) figures.stream().filter(r -> r == null || !r.isPresent()).count();
        if (missing > 0) {
            out.put(label, missing);
        }
    }

    /** One limitation in words for every format: a short title and one or more sentences. */
    public record Statement(String title, String text) {
    }

    /** The limitations in words, in the report's order (what the model does not cover: {@link #notCovered()}). */
    public List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        out.add(new Statement("Order analysed", "every combination of up to " + order
                + " simultaneous basic failures. " + (orderCoversRequirements()
                ? "That covers every never-out requirement of the model."
                : "Requirements above " + order + " (the largest is " + largestNeverOut
                + ") are unverified, never met.")));
        out.add(new Statement("Event kinds left out", kindsLeftOut.isEmpty()
                ? "none: every kind of basic event was analysed."
                : String.join(", ", kindTokensLeftOut()) + ". Their failures are in no cut set: a service may fail "
                + "in ways this report does not show."));
        out.add(new Statement("Parts cut short", cutShort.isEmpty() ? "nothing: every enumeration ran to the end."
                : String.join("; ", cutShort) + ". Services not shown to meet their requirement are unverified."));
        out.add(new Statement("Elements without reliability figures", withoutFigures.isEmpty()
                ? "none: every element has figures of its own or from the model's defaults."
                : withoutFigures.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", "))
                + ". The availability figures count them as never failing on their own."));
        if (availabilityVerdicts != null) {
            out.add(new Statement("Availability verdicts", availabilityVerdicts));
        }
        return List.copyOf(out);
    }

    /** Whether the order analysed covers every never_out requirement of the model. */
    public boolean orderCoversRequirements() {
        return order >= largestNeverOut;
    }

    /** Kinds left out, as their tokens. */
    public Set<String> kindTokensLeftOut() {
        Set<String> out = new LinkedHashSet<>();
        kindsLeftOut.forEach(k -> out.add(k.token()));
        return out;
    }
}
