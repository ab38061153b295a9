package org.neverout.report;

import static org.neverout.report.HtmlContext.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report: one self-contained file (inline CSS, script and SVG; a Content-Security-Policy that
 * forbids loading anything) for the periodic resilience analysis. The decision page comes first (verdict,
 * top root causes with owners and actions, trend), then the trend in detail when a history store was
 * consulted, then the limitations and the sign-off block, then the
 * details: service verdicts, network map, charts, worst findings, single points of failure, the adversary
 * view, capacity under failure, control and suppliers, availability, compliance (each optional section only when its data exists), the method, and
 * an appendix with every service's cut sets, collapsed on screen and printed only on request. Each section
 * is its own class ({@link HtmlSection}); this class puts the page together. Every model string goes
 * through {@link Html#escape}; nothing from the model reaches the script.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private final boolean appendixInPrint;

    /** A writer whose printout leaves the cut-set appendix out. */
    public HtmlReportWriter() {
        this(false);
    }

    /** @param appendixInPrint whether the printout includes the cut-set appendix ({@code report --appendix}) */
    public HtmlReportWriter(boolean appendixInPrint) {
        this.appendixInPrint = appendixInPrint;
    }

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        out.write(ClassificationBanner.mark(input.model().classification(),
                render(new HtmlContext(input, appendixInPrint))));
    }

    /** The report's style sheet (also the standalone attack page's). */
    static String css() {
        return CSS;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report resource " + name, e);
        }
    }

    /** The sections in page order, optional ones only with their data. */
    private static List<HtmlSection> sections(HtmlContext c) {
        List<HtmlSection> all = new ArrayList<>(List.of(new HtmlDecisionPage(c), new HtmlTrendSection(c),
                new HtmlLimitationsSection(c)));
        if (c.input.connectivity() != null) {
            all.add(new HtmlConnectivitySection(c.input.connectivity()));
        }
        all.addAll(List.of(new HtmlServicesSection(c), new HtmlMapSection(c), new HtmlChartsSection(c),
                new HtmlFindingsSection(c), new HtmlSinglePointsSection(c),
                new HtmlAttackSection(c.input.attack(), c::chips),
                new HtmlCapacitySection(c.model, c.input.capacity(), true),
                new HtmlSectorsSection(c.input.sectors(), c::chips),
                new HtmlControlSection(c),
                new HtmlAvailabilitySection(c), new HtmlComplianceSection(c), new HtmlMethodSection(c),
                new HtmlAppendix(c)));
        return all.stream().filter(HtmlSection::present).toList();
    }

    private static String render(HtmlContext c) {
        ReportInput input = c.input;
        List<HtmlSection> sections = sections(c);
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"NeverOut ").append(esc(input.meta().toolVersion()))
                .append("\">\n<title>").append(esc(input.meta().title())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(c, html);
        html.append("<nav class=\"toc\"><div class=\"wrap\">");
        for (HtmlSection s : sections) {
            html.append("<a href=\"#").append(s.id()).append("\">").append(esc(s.navLabel())).append("</a>");
        }
        html.append("<button type=\"button\" id=\"print-button\">Print / PDF</button></div></nav>\n<main>\n");
        sections.forEach(s -> s.render(html));
        html.append("</main>\n<footer><div class=\"wrap\">Generated by NeverOut ").append(esc(input.meta().toolVersion()))
                .append(" on ").append(HtmlContext.GENERATED.format(input.meta().generatedAt()))
                .append(" from ").append(esc(c.model.source().file()))
                .append(". Map outlines made with Natural Earth (public domain).</div></footer>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(HtmlContext c, StringBuilder html) {
        html.append("<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">Periodic independent "
                + "resilience analysis</div><h1>").append(esc(c.input.meta().title())).append("</h1>")
                .append("<div class=\"meta\"><span>Model <strong>").append(esc(c.model.name()))
                .append("</strong></span><span>As of <strong>").append(c.input.meta().asOf())
                .append("</strong></span><span>Order analysed <strong>").append(c.input.analysis().order())
                .append("</strong></span></div>")
                .append("<div class=\"overall ").append(HtmlDecisionPage.tone(c.facts)).append("\">")
                .append(esc(HtmlContext.capitalised(c.facts.headline()))).append("</div></div></header>\n");
    }
}
