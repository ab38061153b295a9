package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import org.neverout.capacity.CapacityResult;
import org.neverout.model.Model;

/**
 * {@code neverout capacity --format html}: one offline page with the report's map, links coloured by
 * worst-case utilisation (the report's styles), the scenario classes, the worst links, unroutable and
 * congested demands and the capacity verdicts ({@link HtmlCapacitySection}, the report's section too, with
 * more scenario rows). Reads the result, computes nothing. O(links log links + listed rows).
 */
public final class CapacityHtmlWriter {
    private CapacityHtmlWriter() {
    }

    /** The whole page. */
    public static String write(Model model, CapacityResult r, String unit) {
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Capacity under failure: ").append(esc(r.model())).append("</title>\n<style>\n")
                .append(HtmlReportWriter.css()).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">Capacity under failure"
                        + "</div><h1>").append(esc(r.model())).append("</h1><div class=\"meta\"><span>Scenarios <strong>")
                .append(esc(r.scenarioSet())).append(" over ").append(esc(r.question().kindTokens()))
                .append("</strong></span><span>Evaluated <strong>").append(r.evaluated()).append(" of ")
                .append(r.scenarios()).append("</strong></span><span>Demands <strong>").append(r.demands())
                .append("</strong></span><span>Unit <strong>").append(esc(unit)).append("</strong></span></div>")
                .append("</div></header>\n<main>\n");
        new HtmlCapacitySection(model, new CapacitySection(r, unit), false).render(html);
        html.append("</main>\n</body>\n</html>\n");
        return ClassificationBanner.mark(model.classification(), html.toString());
    }
}
