package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.Supplier;

/** Control and suppliers: controlled and owned per service, and what losing each supplier takes down. */
final class HtmlControlSection implements HtmlSection {
    private final HtmlContext c;

    HtmlControlSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "control";
    }

    @Override
    public String navLabel() {
        return "Control";
    }

    @Override
    public boolean present() {
        return c.input.control() != null;
    }

    @Override
    public void render(StringBuilder html) {
        ControlSection section = c.input.control();
        html.append("<section id=\"control\" class=\"card\"><h2>Control and suppliers</h2><p class=\"lead\">"
                + "Military owned and controlled: does each service survive on defence-operated elements alone "
                + "(controlled) and on defence-owned elements alone (owned), and what does losing a supplier "
                + "(with its subcontractors) take down?</p><div class=\"two\"><div><h3>Services</h3>");
        StringBuilder t = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                + "<th>Controlled</th><th>Owned</th><th>Cannot do without</th></tr></thead><tbody>");
        for (ServiceControlRow s : section.services()) {
            t.append("<tr><td>").append(esc(s.id())).append("</td><td>")
                    .append(HtmlContext.yesNo(s.controlled(), "yes", "no")).append("</td><td>")
                    .append(HtmlContext.yesNo(s.owned(), "yes", "no")).append("</td><td>")
                    .append(esc(String.join(", ", s.needs()))).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()))
                .append("</div><div><h3>Supplier loss</h3>");
        StringBuilder u = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Supplier</th>"
                + "<th class=\"num\">Services lost</th><th>Which</th></tr></thead><tbody>");
        Map<String, Supplier> suppliers = new LinkedHashMap<>();
        c.model.suppliers().forEach(s -> suppliers.put(s.id(), s));
        List<SupplierImpact> impacts = new ArrayList<>(section.suppliers());
        impacts.sort(Comparator.comparingInt((SupplierImpact i) -> i.servicesLost().size()).reversed());
        for (SupplierImpact i : impacts) {
            Supplier s = suppliers.get(i.id());
            u.append("<tr><td>").append(esc(i.id()));
            if (s != null && (s.name() != null || s.parent() != null)) {
                u.append("<div class=\"sub\">").append(esc(s.name() == null ? "" : s.name()))
                        .append(s.parent() == null ? "" : " (subcontractor of " + esc(s.parent()) + ")")
                        .append("</div>");
            }
            u.append("</td><td class=\"num\">").append(i.servicesLost().size()).append("</td><td>")
                    .append(esc(String.join(", ", i.servicesLost()))).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(u.append("</tbody></table>").toString())).append("</div></div></section>\n");
    }
}
