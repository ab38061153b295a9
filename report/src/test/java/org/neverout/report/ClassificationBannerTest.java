package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neverout.adversary.AttackAnalysis;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Classification;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The marking of a classified model on every page and document the report module writes (the report in HTML,
 * Markdown, JSON and SARIF; the attack and sectors pages), nothing at all for an unclassified one, and a
 * marking that tries to break out of the page stays text.
 */
class ClassificationBannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "DEPARTEMENTAAL VERTROUWELIJK";

    private static Model model(Classification c) {
        return RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 7)
                .withClassification(c);
    }

    @Test
    void everyReportFormatOfAClassifiedModelIsMarked() throws Exception {
        ReportInput input = TestModels.input(model(Classification.of(MARK)), 2);
        String html = new HtmlReportWriter().render(input);
        String banner = "<div class=\"classification top\" role=\"note\">" + MARK + "</div>";
        assertThat(html.indexOf(banner)).isEqualTo(html.indexOf("<body>\n") + "<body>\n".length());
        assertThat(html).contains("<div class=\"classification bottom\" role=\"note\">" + MARK + "</div>\n</body>");
        // in print: the page's top and bottom margin on every page
        assertThat(html).contains("@top-center { content: \"" + MARK + "\"")
                .contains("@bottom-center { content: \"" + MARK + "\"");
        String md = new MarkdownReportWriter().render(input);
        assertThat(md).startsWith("**" + MARK + "**\n\n#").endsWith("**" + MARK + "**\n");
        JsonNode json = JSON.readTree(new JsonReportWriter().render(input));
        assertThat(json.fieldNames().next()).isEqualTo("classification");
        assertThat(json.get("classification").asText()).isEqualTo(MARK);
        JsonNode sarif = JSON.readTree(new SarifReportWriter(Path.of("").toAbsolutePath()).render(input));
        assertThat(sarif.get("runs").get(0).get("properties").get("classification").asText()).isEqualTo(MARK);
    }

    @Test
    void theStandalonePagesAreMarkedToo() {
        Model m = model(Classification.of(MARK));
        ReportInput input = TestModels.input(m, 2);
        String attack = AttackHtmlPage.page(m, AttackAnalysis.run(m, new AnalysisQuestion(2,
                java.util.EnumSet.allOf(EventKind.class), 1, 0, null), ProgressListener.NONE));
        String sectors = SectorHtmlPage.page(m, org.neverout.sectors.SectorAnalysis.of(m,
                org.neverout.engine.CompiledModel.compile(m), input.analysis()));
        for (String page : List.of(attack, sectors)) {
            assertThat(page).contains("<div class=\"classification top\"").contains("<div class=\"classification bottom\"")
                    .contains("@top-center");
        }
    }

    @Test
    void anUnclassifiedModelGetsNoBannerNoFieldNoLine() throws Exception {
        ReportInput input = TestModels.input(model(Classification.NONE), 2);
        String html = new HtmlReportWriter().render(input);
        assertThat(html).doesNotContain("classification").doesNotContain("@top-center");
        assertThat(ClassificationBanner.mark(Classification.NONE, html)).isSameAs(html);
        assertThat(new MarkdownReportWriter().render(input)).startsWith("# ");
        assertThat(JSON.readTree(new JsonReportWriter().render(input)).has("classification")).isFalse();
        assertThat(new SarifReportWriter().render(input)).doesNotContain("classification");
    }

    @Test
    void aMarkingThatTriesToLeaveTheStyleOrTheStringStaysText() {
        String hostile = "X\"; } </style><script>alert(1)</script> \\ é";
        String page = ClassificationBanner.mark(Classification.of(hostile),
                "<!DOCTYPE html>\n<html><head><style>\nbody{}\n</style></head>\n<body>\n<p>x</p>\n</body></html>\n");
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String css = ClassificationBanner.css(Classification.of(hostile));
        assertThat(css).doesNotContain("</style>").doesNotContain("\"; }").contains("\\22 ").contains("\\3c ")
                .contains("\\e9 ");
        assertThat(page.indexOf("</style>")).isGreaterThan(page.indexOf("@top-center"));
    }
}
