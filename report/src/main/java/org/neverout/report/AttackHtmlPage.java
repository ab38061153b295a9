package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import org.neverout.adversary.AttackReport;
import org.neverout.model.Model;

/**
 * {@code neverout attack --format html}: the report's adversary section alone on a page, with the
 * report's style sheet (offline, no script).
 */
public final class AttackHtmlPage {
    private AttackHtmlPage() {
    }

    public static String page(Model model, AttackReport attack) {
        EventLabels labels = new EventLabels(model);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Adversary view: ")
                .append(esc(model.name())).append("</title>\n<style>\n").append(HtmlReportWriter.css())
                .append("</style>\n</head>\n<body>\n<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">"
                        + "Adversary view</div><h1>").append(esc(model.name())).append("</h1><div class=\"meta\">")
                .append("<span>Attacks of up to <strong>").append(attack.order()).append("</strong> elements</span>")
                .append("</div></div></header>\n<main>\n");
        new HtmlAttackSection(attack, events -> HtmlContext.chips(labels, events)).render(html);
        return ClassificationBanner.mark(model.classification(),
                html.append("</main>\n</body>\n</html>\n").toString());
    }
}
