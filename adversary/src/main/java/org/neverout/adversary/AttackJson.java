package org.neverout.adversary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.engine.EventKind;
import org.neverout.model.Security;

/**
 * The attack report as plain maps and lists (insertion ordered) for writers to serialise: the
 * contract's {@code services[].cheapest_attack} ({@code cost}, {@code cut_set}, {@code proven}) with
 * NeverOut's fields beside them.
 */
public final class AttackJson {
    private AttackJson() {
    }

    public static Map<String, Object> toJson(AttackReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", report.model());
        out.put("order", report.order());
        out.put("events", kinds(report));
        out.put("complete", report.complete());
        if (!report.complete()) {
            out.put("incomplete_reason", report.incompleteReason());
        }
        List<Object> services = new ArrayList<>();
        report.services().forEach(s -> services.add(service(s)));
        out.put("services", services);
        List<Object> ranked = new ArrayList<>();
        report.vitalRanked().forEach(s -> ranked.add(ranked(s)));
        out.put("vital_ranked", ranked);
        List<Object> protect = new ArrayList<>();
        report.sites().forEach(s -> protect.add(site(s)));
        out.put("protect", protect);
        return out;
    }

    static List<String> kinds(AttackReport report) {
        List<String> kinds = new ArrayList<>();
        for (EventKind k : EventKind.values()) {
            if (report.kinds().contains(k)) {
                kinds.add(k.token());
            }
        }
        return kinds;
    }

    /** One service: the contract's {@code cheapest_attack} and the added fields. */
    public static Map<String, Object> service(ServiceAttack s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.service());
        out.put("kind", s.kind().token());
        out.put("users", s.users());
        out.put("category", s.category());
        out.put("up", s.up());
        out.put("complete", s.complete());
        if (!s.complete()) {
            out.put("incomplete_reason", s.incompleteReason());
        }
        out.put("cheapest_attack", attack(s.cheapest()));
        out.put("tied_attacks", s.tied().size());
        out.put("larger_attack_at_least", s.largerAtLeast() == null ? null : number(s.largerAtLeast()));
        if (s.anySize() != null) {
            Map<String, Object> cut = new LinkedHashMap<>();
            cut.put("cost", number(s.anySize().cost()));
            cut.put("cut_set", s.anySize().cutSet());
            out.put("cheapest_cut_any_size", cut);
        } else {
            out.put("cheapest_cut_any_size", null);
        }
        return out;
    }

    private static Map<String, Object> attack(CheapestAttack a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cost", number(a.cost()));
        out.put("cut_set", a.cutSet());
        out.put("proven", a.proven());
        out.put("sites", a.sites());
        return out;
    }

    private static Map<String, Object> ranked(ServiceAttack s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.service());
        out.put("cost", number(s.cheapest().cost()));
        out.put("proven", s.cheapest().proven());
        out.put("sites", s.cheapest().sites().size());
        out.put("users", s.users());
        out.put("category", s.category());
        return out;
    }

    private static Map<String, Object> site(SiteExposure s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("site", s.site());
        out.put("name", s.name());
        out.put("security", security(s.security()));
        out.put("weaknesses", s.weaknesses());
        out.put("services", s.services());
        out.put("users", s.users());
        List<Object> elements = new ArrayList<>();
        for (ElementExposure e : s.elements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.event());
            m.put("kind", e.kind());
            m.put("cost", number(e.cost()));
            m.put("words", e.words());
            m.put("vital", e.services().size());
            m.put("users", e.users());
            m.put("services", e.services());
            elements.add(m);
        }
        out.put("elements", elements);
        return out;
    }

    private static Map<String, Object> security(Security s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alarm", s.alarm());
        out.put("alarm_monitored", s.alarmMonitored());
        out.put("access_control", s.accessControl());
        out.put("last_inspection", s.lastInspection() == null ? null : s.lastInspection().toString());
        return out;
    }

    /** A cost as a whole number when it is one (7, not 7.0). */
    public static Number number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }
}
