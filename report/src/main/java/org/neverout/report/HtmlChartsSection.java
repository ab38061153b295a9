package org.neverout.report;

/** Charts: minimal cut sets per service by size and, with availability, expected downtime per service. */
final class HtmlChartsSection implements HtmlSection {
    private final HtmlContext c;

    HtmlChartsSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "charts";
    }

    @Override
    public String navLabel() {
        return "Charts";
    }

    @Override
    public void render(StringBuilder html) {
        html.append("<section id=\"charts\" class=\"card\"><h2>Charts</h2><h3>Minimal cut sets per service</h3>"
                + "<p class=\"lead\">How many distinct combinations of basic failures take each service down, by "
                + "the number of simultaneous failures needed. Red bars are single points of failure.</p>")
                .append(SvgCharts.cutSetsBySize(c.facts.verdicts(), c.input.analysis().order()));
        if (c.input.availability() != null && !c.input.availability().services().isEmpty()) {
            html.append("<h3>Expected downtime per service</h3><p class=\"lead\">Minutes per year, computed from "
                    + "the elements' MTBF and MTTR; the tick marks the downtime the service's availability "
                    + "target allows.</p>").append(SvgCharts.downtime(c.input.availability().services()));
        }
        html.append("</section>\n");
    }
}
