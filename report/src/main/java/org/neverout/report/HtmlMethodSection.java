package org.neverout.report;

import static org.neverout.report.HtmlContext.fact;

import java.util.Locale;
import java.util.stream.Collectors;
import org.neverout.engine.EventKind;

/** Method: how the analysis was run, on which model file (with its hash), and the definitions used. */
final class HtmlMethodSection implements HtmlSection {
    private final HtmlContext c;

    HtmlMethodSection(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "method";
    }

    @Override
    public String navLabel() {
        return "Method";
    }

    @Override
    public void render(StringBuilder html) {
        var a = c.input.analysis();
        var model = c.model;
        html.append("<section id=\"method\" class=\"card\"><h2>Method</h2><div class=\"two\"><dl class=\"facts\">")
                .append(fact("Order analysed", "every minimal cut set of up to " + a.order()
                        + " simultaneous basic failures"))
                .append(fact("Event kinds", a.kinds().stream().sorted().map(EventKind::token)
                        .collect(Collectors.joining(", "))))
                .append(fact("Completeness", a.complete() ? "complete: no limit cut the enumeration short"
                        : "incomplete: " + a.incompleteReason()))
                .append(fact("Scenarios evaluated", String.format(Locale.ROOT, "%,d", a.scenariosEvaluated())))
                .append(fact("Analysis time", String.format(Locale.ROOT, "%.2f s", a.elapsed().toMillis() / 1000.0)))
                .append(fact("Engine", "NeverOut " + c.input.meta().toolVersion()))
                .append("</dl><dl class=\"facts\">")
                .append(fact("Model", model.name()))
                .append(fact("Model file", model.source().file()))
                .append(fact("SHA-256", model.source().sha256() == null ? "not recorded" : model.source().sha256()))
                .append(fact("Contents", model.sites().size() + " sites, " + model.nodes().size() + " nodes, "
                        + model.links().size() + " links, " + model.powerFeeds().size() + " power feeds, "
                        + model.suppliers().size() + " suppliers, " + model.services().size() + " services"))
                .append(fact("As of", c.input.meta().asOf().toString()))
                .append(fact("Generated", HtmlContext.GENERATED.format(c.input.meta().generatedAt())))
                .append("</dl></div><h3>Definitions</h3><ul class=\"defs\">"
                        + "<li><strong>Basic event</strong>: the failure of one node, link, site, power feed, "
                        + "shared-risk group, software version (all nodes running it), supplier (all it and its "
                        + "subcontractors operate) or a service's own intrinsic failure.</li>"
                        + "<li><strong>Minimal cut set</strong>: a set of basic events after which the service is "
                        + "down, with no proper subset that also takes it down.</li>"
                        + "<li><strong>Never-out N</strong>: the service must survive any N simultaneous basic "
                        + "failures; every cut set of N or fewer events is a violation.</li>"
                        + "<li><strong>Root cause</strong>: one cut set within some service's never-out "
                        + "requirement, named once with every service it takes down.</li>"
                        + "<li><strong>Critical service</strong>: a vital service or one with a never-out "
                        + "requirement. <strong>Weak link</strong>: a bridge of the network, or a link that alone or "
                        + "through its shared-risk group takes down a critical service.</li></ul></section>\n");
    }
}
