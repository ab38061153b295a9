package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import org.neverout.model.Model;
import org.neverout.sectors.SectorReport;
import org.neverout.sectors.SectorText;

/**
 * {@code neverout sectors --format html}: the report's cross-sector section alone on a page, with the
 * report's style sheet (offline, no script), shown also when no service names its sector (it then says so).
 */
public final class SectorHtmlPage {
    private SectorHtmlPage() {
    }

    public static String page(Model model, SectorReport sectors) {
        EventLabels labels = new EventLabels(model);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Cross-sector dependencies: ").append(esc(model.name()))
                .append("</title>\n<style>\n").append(HtmlReportWriter.css())
                .append("</style>\n</head>\n<body>\n<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">"
                        + "Cross-sector dependencies</div><h1>").append(esc(model.name())).append("</h1><div class=\"meta\">")
                .append("<span>Causes of up to <strong>").append(sectors.order()).append("</strong> events</span>")
                .append("<span><strong>").append(sectors.sectors().groups().size()).append("</strong> sectors</span>")
                .append("</div></div></header>\n<main>\n");
        if (!sectors.sectorsNamed()) {
            html.append("<section class=\"card\"><p class=\"warning\">").append(esc(SectorText.headline(sectors)))
                    .append(" Every service counts as <code>unassigned</code>; add <code>sector:</code> to the "
                            + "services.</p></section>\n");
        } else {
            new HtmlSectorsSection(sectors, events -> HtmlContext.chips(labels, events)).render(html);
        }
        return ClassificationBanner.mark(model.classification(),
                html.append("</main>\n</body>\n</html>\n").toString());
    }
}
