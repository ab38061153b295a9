package org.neverout.sectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.engine.EventKind;

/**
 * The sector report as plain maps and lists (insertion ordered) for writers to serialise: the contract's
 * {@code order}, {@code sectors} ({@code sector}, {@code services}, {@code users}) and
 * {@code cross_sector_causes} ({@code cut_set}, {@code sectors}, {@code services}), with NeverOut's fields
 * beside them (the kind of cause in words, the sector matrix, the same view per organisation).
 */
public final class SectorJson {
    private SectorJson() {
    }

    public static Map<String, Object> toJson(SectorReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", report.model());
        out.put("order", report.order());
        List<String> kinds = new ArrayList<>();
        for (EventKind k : EventKind.values()) {
            if (report.kinds().contains(k)) {
                kinds.add(k.token());
            }
        }
        out.put("events", kinds);
        out.put("complete", report.complete());
        if (!report.complete()) {
            out.put("incomplete_reason", report.incompleteReason());
        }
        out.put("sectors_named", report.sectorsNamed());
        putView(out, report.sectors(), "sector", "sectors", "cross_sector_causes", "sector_matrix");
        putView(out, report.organisations(), "organisation", "organisations", "cross_organisation_causes",
                "organisation_matrix");
        return out;
    }

    private static void putView(Map<String, Object> out, GroupView view, String one, String many, String causesField,
                                String matrixField) {
        List<Object> groups = new ArrayList<>();
        for (GroupSummary g : view.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(one, g.group());
            m.put("services", g.services());
            m.put("users", g.users());
            m.put("causes", view.matrix().reach().getOrDefault(g.group(), 0));
            m.put("shares_with", view.sharingWith(g.group()));
            groups.add(m);
        }
        out.put(many, groups);
        List<Object> causes = new ArrayList<>();
        view.causes().forEach(c -> causes.add(cause(c, many)));
        out.put(causesField, causes);
        List<Object> pairs = new ArrayList<>();
        for (GroupPair p : view.matrix().pairs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(many, List.of(p.a(), p.b()));
            m.put("causes", p.causes());
            m.put("worst", p.worst().cutSet());
            m.put("worst_kind", p.worst().kind());
            pairs.add(m);
        }
        out.put(matrixField, pairs);
    }

    /** One cause: the contract's {@code cut_set}, groups and {@code services}, then users and kind. */
    public static Map<String, Object> cause(SharedCause c, String groupsField) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cut_set", c.cutSet());
        m.put(groupsField, c.groups());
        m.put("services", c.services());
        m.put("users", c.users());
        m.put("kind", c.kind());
        return m;
    }
}
