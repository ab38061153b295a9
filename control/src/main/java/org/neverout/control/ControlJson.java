package org.neverout.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control report as plain maps and lists (insertion ordered) for the CLI to serialise. Suppliers are
 * nested: each lists its direct subcontractors under {@code subcontractors}.
 */
public final class ControlJson {
    private ControlJson() {
    }

    public static Map<String, Object> toJson(ControlReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("as_of", report.asOf().toString());
        out.put("vital_services", report.vitalServices().size());
        out.put("vital_controlled", report.vitalControlledCount());
        List<Object> services = new ArrayList<>();
        report.services().forEach(s -> services.add(service(s)));
        out.put("services", services);
        List<Object> suppliers = new ArrayList<>();
        report.suppliers().stream().filter(s -> s.parent() == null).forEach(s -> suppliers.add(supplier(report, s)));
        out.put("suppliers", suppliers);
        out.put("most_harmful_supplier", report.mostHarmfulSupplier());
        out.put("critical_order", report.criticalOrder());
        out.put("expiry_warning_days", report.expiryWarningDays());
        return out;
    }

    /** The control fields of one service (the CLI merges {@code controlled} into analyze's services[]). */
    public static Map<String, Object> service(ServiceControl s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("kind", s.kind().token());
        out.put("controlled", s.controlled());
        out.put("owned", s.owned());
        out.put("down_without_failure", s.downWithoutFailure());
        if (s.dependence() != null) {
            out.put("needs", dependence(s.dependence()));
        }
        return out;
    }

    private static Map<String, Object> dependence(SupplierDependence d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exact", d.exact());
        if (d.exact()) {
            out.put("size", d.elements().size());
        } else {
            out.put("more_than", d.moreThan());
            out.put("note", d.note());
        }
        out.put(d.exact() ? "elements" : "known_needed", elements(d.elements()));
        out.put("suppliers", d.operators());
        if (!d.exact()) {
            // added fields: what is proven and the smallest restoring set found
            out.put("lower_bound", d.lowerBound());
            out.put("best_known_size", d.bestKnown().isEmpty() ? null : d.bestKnown().size());
            out.put("best_known", elements(d.bestKnown()));
        }
        return out;
    }

    private static List<Object> elements(List<OperatedElement> list) {
        List<Object> elements = new ArrayList<>();
        for (OperatedElement e : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind());
            m.put("operator", e.operator());
            m.put("top_supplier", e.topSupplier());
            elements.add(m);
        }
        return elements;
    }

    private static Map<String, Object> supplier(ControlReport report, SupplierControl s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("name", s.name());
        out.put("parent", s.parent());
        out.put("services_lost", s.servicesLost());
        out.put("services_untrusted", s.servicesUntrusted());
        out.put("vital_services_lost", s.vitalServicesLost());
        out.put("users_lost", s.usersLost());
        out.put("operates", ordered("nodes", s.operatedNodes(), "links", s.operatedLinks()));
        out.put("owns", ordered("nodes", s.ownedNodes(), "links", s.ownedLinks()));
        out.put("knows", s.knows());
        out.put("sensitive_knowledge", s.holdsSensitiveKnowledge());
        out.put("sensitive_elements", s.sensitiveElements());
        out.put("sensitive_services", s.sensitiveServices());
        List<Object> auth = new ArrayList<>();
        for (AuthorisationStatus a : s.authorisations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scope", a.scope());
            m.put("valid_until", a.validUntil() == null ? null : a.validUntil().toString());
            m.put("state", a.state().token());
            m.put("days_left", a.daysLeft());
            auth.add(m);
        }
        out.put("authorisations", auth);
        out.put("operates_without_valid_authorisation", s.operatesWithoutValidAuthorisation());
        List<Object> subs = new ArrayList<>();
        report.subcontractorsOf(s.id()).forEach(c -> subs.add(supplier(report, c)));
        out.put("subcontractors", subs);
        return out;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(k1, v1);
        out.put(k2, v2);
        return out;
    }
}
