package org.neverout.report.diff;

import org.neverout.engine.ProfileChanges;
import org.neverout.engine.ProfileChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Service;
import org.neverout.report.GateCategory;
import org.neverout.report.ReportInput;
import org.neverout.report.ServiceAvailabilityRow;
import org.neverout.report.ServiceControlRow;
import org.neverout.report.Violation;
import org.neverout.report.Violations;

/**
 * Compares the analyses of two model versions (same order, same event kinds): per service the minimal
 * cut sets added ({@code new \ old}) and removed ({@code old \ new}), changes of {@code up}, of the
 * never-out verdict ({@link NeverOutVerdict}) and, when both sides have them, of control and expected
 * downtime; services added and removed; regressions and improvements of the never-out profiles
 * ({@link ProfileChanges}); the unverified verdicts of NEW; violations introduced and resolved (compared
 * by {@link Violation#key()}); and a verdict in words per service and overall.
 *
 * <p>Cost: O(C) expected time for C cut sets over both versions (hash sets of the sorted id lists),
 * plus the violations' O(F).
 */
public final class ModelDiff {
    private ModelDiff() {
    }

    /**
     * @throws IllegalArgumentException when the analyses differ in order or event kinds (their cut sets
     *                                  would not be comparable)
     */
    public static AnalysisDiff compare(ReportInput older, ReportInput newer) {
        if (older.analysis().order() != newer.analysis().order()) {
            throw new IllegalArgumentException("cannot compare analyses of different orders: "
                    + older.analysis().order() + " (old) and " + newer.analysis().order() + " (new)");
        }
        if (!older.analysis().kinds().equals(newer.analysis().kinds())) {
            throw new IllegalArgumentException("cannot compare analyses over different event kinds: "
                    + older.analysis().kinds() + " (old) and " + newer.analysis().kinds() + " (new)");
        }
        int order = newer.analysis().order();
        Map<String, Side> oldById = new LinkedHashMap<>();
        for (Side side : sides(older)) {
            oldById.put(side.service().id(), side);
        }
        Set<String> newIds = new HashSet<>();
        List<ServiceDiff> services = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<NeverOutVerdict> unverified = new ArrayList<>();
        List<String> cutShort = new ArrayList<>();
        for (Side now : sides(newer)) {
            String id = now.service().id();
            newIds.add(id);
            Side old = oldById.get(id);
            if (old == null) {
                added.add(id);
            }
            if (now.verdict().unverified()) {
                unverified.add(now.verdict());
            } else if (now.service().neverOut() >= 1
                    && (!now.result().complete() || old != null && !old.result().complete())) {
                // a truncated profile may hide a regression: never report "no regression" unchecked
                cutShort.add(id);
            }
            services.add(serviceDiff(id, old, now, older, newer));
        }
        for (Side old : oldById.values()) {
            if (!newIds.contains(old.service().id())) {
                removed.add(old.service().id());
                services.add(serviceDiff(old.service().id(), old, null, older, newer));
            }
        }
        List<ProfileChange> changes = ProfileChanges.of(older.model(), older.analysis(), newer.model(),
                newer.analysis());
        List<ProfileChange> regressions = ProfileChanges.regressions(changes);
        List<ProfileChange> improvements = ProfileChanges.improvements(changes);
        EnumSet<GateCategory> categories = EnumSet.of(GateCategory.NEVER_OUT);
        if (older.control() != null && newer.control() != null) {
            categories.add(GateCategory.CONTROL);
        }
        if (older.compliance() != null && newer.compliance() != null) {
            categories.add(GateCategory.COMPLIANCE);
        }
        List<Violation> introduced = Violations.introduced(older, newer, categories);
        List<Violation> resolved = Violations.introduced(newer, older, categories);
        String verdict = DiffWords.overall(services, regressions, improvements, unverified, introduced, resolved,
                order);
        return new AnalysisDiff(older.model().name(), newer.model().name(), order, services, added, removed,
                regressions, improvements, unverified, cutShort, introduced, resolved, verdict);
    }

    /** A service of one version with its cut-set result and never-out verdict. */
    private record Side(Service service, ServiceResult result, NeverOutVerdict verdict) {
        /** Cut sets other than {@code [S]} within the service's {@code never_out}. */
        int violations() {
            int n = 0;
            for (List<String> cut : result.cutSets()) {
                if (cut.size() <= service.neverOut() && !NeverOutVerdict.isOwnEvent(service.id(), cut)) {
                    n++;
                }
            }
            return service.neverOut() > 0 ? n : 0;
        }
    }

    /** The analysed services of one version, in model order. */
    private static List<Side> sides(ReportInput input) {
        Map<String, ServiceResult> results = new java.util.HashMap<>();
        input.analysis().services().forEach(r -> results.put(r.id(), r));
        List<Side> out = new ArrayList<>();
        for (Service s : input.model().services()) {
            ServiceResult r = results.get(s.id());
            if (r != null) {
                out.add(new Side(s, r, NeverOutVerdict.of(s, r, input.analysis().order())));
            }
        }
        return out;
    }

    private static ServiceDiff serviceDiff(String id, Side old, Side now, ReportInput older, ReportInput newer) {
        List<List<String>> oldSets = old == null ? List.of() : old.result().cutSets();
        List<List<String>> newSets = now == null ? List.of() : now.result().cutSets();
        List<List<String>> addedSets = minus(newSets, oldSets);
        List<List<String>> removedSets = minus(oldSets, newSets);
        boolean complete = (old == null || old.result().complete()) && (now == null || now.result().complete());
        Boolean controlledBefore = controlled(older, id, old != null);
        Boolean controlledAfter = controlled(newer, id, now != null);
        Double downtimeBefore = downtime(older, id, old != null);
        Double downtimeAfter = downtime(newer, id, now != null);
        NeverOutVerdict verdictBefore = old == null ? null : old.verdict();
        NeverOutVerdict verdictAfter = now == null ? null : now.verdict();
        Integer violationsBefore = old == null ? null : old.violations();
        Integer violationsAfter = now == null ? null : now.violations();
        ServiceChange change;
        if (old == null) {
            change = ServiceChange.ADDED;
        } else if (now == null) {
            change = ServiceChange.REMOVED;
        } else {
            boolean same = addedSets.isEmpty() && removedSets.isEmpty()
                    && old.result().up() == now.result().up()
                    && verdictBefore.equals(verdictAfter)
                    && violationsBefore.equals(violationsAfter)
                    && Objects.equals(controlledBefore, controlledAfter)
                    && Objects.equals(downtimeBefore, downtimeAfter);
            change = same ? ServiceChange.UNCHANGED : ServiceChange.CHANGED;
        }
        ServiceDiff draft = new ServiceDiff(id, change, old == null ? null : old.result().up(),
                now == null ? null : now.result().up(), complete, addedSets, removedSets, verdictBefore, verdictAfter,
                violationsBefore, violationsAfter, controlledBefore, controlledAfter, downtimeBefore, downtimeAfter,
                "");
        String summary = DiffWords.service(draft);
        return new ServiceDiff(id, change, draft.upBefore(), draft.upAfter(), complete, addedSets, removedSets,
                verdictBefore, verdictAfter, violationsBefore, violationsAfter, controlledBefore, controlledAfter,
                downtimeBefore, downtimeAfter, summary);
    }

    /** The cut sets of {@code a} not in {@code b}, in the order of {@code a}. */
    static List<List<String>> minus(List<List<String>> a, List<List<String>> b) {
        Set<List<String>> exclude = new HashSet<>(b);
        List<List<String>> out = new ArrayList<>();
        for (List<String> cut : a) {
            if (!exclude.contains(cut)) {
                out.add(cut);
            }
        }
        return out;
    }

    private static Boolean controlled(ReportInput input, String id, boolean present) {
        if (!present || input.control() == null) {
            return null;
        }
        ServiceControlRow c = input.control().service(id);
        return c == null ? null : c.controlled();
    }

    private static Double downtime(ReportInput input, String id, boolean present) {
        if (!present || input.availability() == null) {
            return null;
        }
        ServiceAvailabilityRow a = input.availability().service(id);
        return a == null ? null : a.downtimeMinPerYear();
    }

    /** Joins phrases as "a, b and c". */
    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        StringJoiner head = new StringJoiner(", ");
        parts.subList(0, parts.size() - 1).forEach(head::add);
        return head + " and " + parts.get(parts.size() - 1);
    }
}
