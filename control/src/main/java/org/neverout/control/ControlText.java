package org.neverout.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neverout.model.ServiceKind;

/** The "Control" section of the text report: short sentences a CIO can read aloud. */
public final class ControlText {
    /** Lists longer than this are shortened to their first items and a count. */
    private static final int LIST_LIMIT = 8;

    private ControlText() {
    }

    public static String toText(ControlReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Control (military owned and controlled), as of ").append(report.asOf()).append('\n');
        summary(report, out);
        uncontrolled(report, out);
        suppliers(report, out);
        knowledge(report, out);
        authorisations(report, out);
        return out.toString();
    }

    private static void summary(ControlReport report, StringBuilder out) {
        List<ServiceControl> vital = report.vitalServices();
        if (vital.isEmpty()) {
            long controlled = report.services().stream().filter(ServiceControl::controlled).count();
            line(out, 1, "The model has no vital services; defence keeps " + controlled + " of "
                    + report.services().size() + " services running on its own elements when every supplier fails.");
            return;
        }
        line(out, 1, "Defence keeps " + report.vitalControlledCount() + " of " + vital.size()
                + " vital services running on its own elements when every supplier fails at once.");
        long owned = vital.stream().filter(ServiceControl::owned).count();
        long both = vital.stream().filter(s -> s.owned() && s.controlled()).count();
        line(out, 1, owned + " of " + vital.size() + " vital services run on defence-owned elements alone; "
                + both + " are military owned and controlled (both).");
    }

    private static void uncontrolled(ControlReport report, StringBuilder out) {
        List<ServiceControl> vital = report.vitalServices().stream().filter(s -> !s.controlled()).toList();
        if (!vital.isEmpty()) {
            line(out, 1, "Vital services defence cannot keep running on its own:");
            vital.forEach(s -> line(out, 2, "- " + describe(s)));
        }
        List<ServiceControl> others = report.services().stream()
                .filter(s -> !s.controlled() && s.kind() != ServiceKind.VITAL).toList();
        if (!others.isEmpty()) {
            line(out, 1, "Other services not under defence control:");
            others.forEach(s -> line(out, 2, "- " + describe(s)));
        }
    }

    /** One uncontrolled service and what it needs. */
    static String describe(ServiceControl s) {
        String head = s.id() + (s.name() != null && !s.name().equals(s.id()) ? " (" + s.name() + ")" : "");
        if (s.downWithoutFailure()) {
            return head + ": down even with no failure, so no supplier can be blamed or relied on.";
        }
        SupplierDependence d = s.dependence();
        if (d.exact()) {
            int n = d.elements().size();
            return head + ": cannot run without " + (n == 1 ? "this supplier-operated element" : "these "
                    + n + " supplier-operated elements") + ": " + elements(d.elements()) + ".";
        }
        String known = d.elements().isEmpty() ? ""
                : "; it needs at least " + elements(d.elements());
        String best = d.bestKnown().isEmpty() ? ""
                : "; these " + d.bestKnown().size() + " are enough: " + elements(d.bestKnown());
        return head + ": cannot run without more than " + d.moreThan() + " supplier-operated elements (" + d.note()
                + ")" + known + best + ".";
    }

    private static String elements(List<OperatedElement> elements) {
        List<String> parts = new ArrayList<>();
        for (OperatedElement e : elements) {
            String by = e.operator().equals(e.topSupplier()) ? e.operator() : e.operator() + " for " + e.topSupplier();
            parts.add(e.kind() + " " + e.id() + " (" + by + ")");
        }
        if (parts.size() > LIST_LIMIT) {
            // long sets (the JSON lists them all) read as their first items and a count
            return String.join(", ", parts.subList(0, LIST_LIMIT)) + " and " + (parts.size() - LIST_LIMIT) + " more";
        }
        return join(parts, "and");
    }

    private static void suppliers(ControlReport report, StringBuilder out) {
        if (report.suppliers().isEmpty()) {
            line(out, 1, "No suppliers are named in the model.");
            return;
        }
        line(out, 1, "If a supplier is lost, withdrawn or no longer trusted (subcontractors under their parent):");
        for (SupplierControl s : report.suppliers()) {
            StringBuilder b = new StringBuilder("- ").append(s.id());
            if (s.name() != null && !s.name().equals(s.id())) {
                b.append(" (").append(s.name()).append(')');
            }
            b.append(": ");
            if (s.servicesLost().isEmpty()) {
                b.append("no service goes down");
            } else {
                b.append(count(s.servicesLost().size(), "service")).append(" go").append(s.servicesLost().size() == 1 ? "es" : "")
                        .append(" down (").append(list(s.servicesLost())).append(')');
                if (!s.vitalServicesLost().isEmpty()) {
                    b.append(", ").append(s.vitalServicesLost().size()).append(" of them vital");
                }
                if (s.usersLost() > 0) {
                    b.append(", ").append(number(s.usersLost())).append(" users");
                }
            }
            b.append("; operates ").append(count(s.operatedNodes().size(), "node")).append(" and ")
                    .append(count(s.operatedLinks().size(), "link")).append(", legally owns ")
                    .append(count(s.ownedNodes().size(), "node")).append(" and ")
                    .append(count(s.ownedLinks().size(), "link")).append('.');
            line(out, 2 + s.depth(), b.toString());
        }
        if (report.mostHarmfulSupplier() != null) {
            SupplierControl worst = report.supplier(report.mostHarmfulSupplier());
            line(out, 1, "Losing " + worst.id() + " hurts most: " + count(worst.vitalServicesLost().size(), "vital service")
                    + " and " + number(worst.usersLost()) + " users.");
        } else {
            line(out, 1, "Losing any one supplier takes no service down.");
        }
    }

    private static void knowledge(ControlReport report, StringBuilder out) {
        List<SupplierControl> holders = report.suppliers().stream().filter(SupplierControl::holdsSensitiveKnowledge).toList();
        if (report.criticalOrder() == 0) {
            line(out, 1, "Sensitive knowledge was not assessed: no cut sets were available.");
            return;
        }
        if (holders.isEmpty()) {
            line(out, 1, "No supplier is known to hold knowledge of elements critical to vital services.");
            return;
        }
        for (SupplierControl s : holders) {
            line(out, 1, "Sensitive knowledge: " + s.id() + " knows " + String.join(", ", s.knows()) + " of "
                    + count(s.sensitiveElements().size(), "element") + " critical to vital services ("
                    + list(s.sensitiveElements()) + "; for " + list(s.sensitiveServices()) + ").");
        }
    }

    private static void authorisations(ControlReport report, StringBuilder out) {
        boolean any = false;
        for (SupplierControl s : report.suppliers()) {
            for (AuthorisationStatus a : s.expiredOrExpiring()) {
                any = true;
                if (a.state() == AuthorisationStatus.State.EXPIRED) {
                    line(out, 1, "Authorisation expired: " + s.id() + ", " + a.scope() + ", on " + a.validUntil()
                            + " (" + number(-a.daysLeft()) + " days ago).");
                } else {
                    line(out, 1, "Authorisation expiring: " + s.id() + ", " + a.scope() + ", on " + a.validUntil()
                            + " (in " + number(a.daysLeft()) + " days).");
                }
            }
            if (s.operatesWithoutValidAuthorisation()) {
                any = true;
                line(out, 1, "No valid authorisation: " + s.id() + " operates "
                        + list(concat(s.operatedNodes(), s.operatedLinks())) + " without one.");
            }
        }
        if (!any) {
            line(out, 1, "No authorisation has expired or expires within " + report.expiryWarningDays() + " days.");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void line(StringBuilder out, int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    static String list(List<String> items) {
        if (items.size() <= LIST_LIMIT) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LIST_LIMIT)) + " and " + (items.size() - LIST_LIMIT) + " more";
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
    }

    private static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
