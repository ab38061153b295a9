package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neverout.model.Link;

/** The network map (inline SVG) with its key, and the weak links with their operator and reason. */
final class HtmlMapSection implements HtmlSection {
    private final HtmlContext c;

    HtmlMapSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "map";
    }

    @Override
    public String navLabel() {
        return "Map";
    }

    @Override
    public void render(StringBuilder html) {
        NetworkMap map = new NetworkMap(c.model, c.facts);
        String svg = map.svg();
        html.append("<section id=\"map\" class=\"card\"><h2>Network map</h2>");
        if (svg == null) {
            html.append("<p class=\"lead\">The model gives no coordinates for its sites or nodes, so no map is "
                    + "drawn.</p></section>\n");
            return;
        }
        html.append("<p class=\"lead\">Sites and links of the model. <span class=\"key weak\"></span> weak link "
                + "(bridge, or a single point of failure of a critical service, alone or through its duct); "
                + "<span class=\"key spof\"></span> site holding a single point of failure; "
                + "<span class=\"key weakin\"></span> site with a weak link inside it. Hover for details."
                + "</p><figure class=\"map-frame\">").append(svg).append("<figcaption>");
        long unplaced = map.unplacedNodes();
        html.append(c.model.links().size()).append(" links, ").append(c.model.nodes().size()).append(" nodes");
        if (unplaced > 0) {
            html.append(" (").append(unplaced).append(" without coordinates, not drawn)");
        }
        html.append(". Country outlines: Natural Earth (public domain).</figcaption></figure>");
        if (!c.facts.weakLinks().isEmpty()) {
            StringBuilder t = new StringBuilder("<h3>Weak links</h3><table class=\"grid compact\"><thead><tr>"
                    + "<th>Link</th><th>Ends</th><th>Operator</th><th>Why it is weak</th></tr></thead><tbody>");
            Map<String, Link> links = new LinkedHashMap<>();
            c.model.links().forEach(l -> links.put(l.id(), l));
            c.facts.weakLinks().forEach((id, reason) -> {
                Link l = links.get(id);
                t.append("<tr><td><code>").append(esc(id)).append("</code></td><td>").append(esc(l.a()))
                        .append(" &ndash; ").append(esc(l.b())).append("</td><td>").append(esc(l.operator()))
                        .append("</td><td>").append(esc(reason)).append("</td></tr>");
            });
            html.append(HtmlContext.scroll(t.append("</tbody></table>").toString()));
        }
        html.append("</section>\n");
    }
}
