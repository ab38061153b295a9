package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;

class MarkdownReportWriterTest {
    @Test
    void hasTheReportsContentAsTablesWithEscapedStrings() {
        Model model = TestModels.parse(RealisticModel.yaml().replace("name: \"Den Haag\"",
                "name: \"| pipe [link](http://x) <b>\""), "realistic.yaml");
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        input = input.withMeta(input.meta().withTitle("Title " + RealisticModel.HOSTILE));
        String md = new MarkdownReportWriter().render(input);
        assertThat(md.lines().findFirst()).hasValue("# Title &lt;script&gt;alert\\(1\\)&lt;/script&gt;");
        assertThat(md).doesNotContain("<script").doesNotContain("<b>");
        assertThat(md).contains("## Executive summary", "## Verdict per service", "## Worst findings",
                "## Single points of failure", "## Minimal cut sets per service", "## Control and suppliers",
                "## Availability", "## Compliance", "## Method", "The map is drawn in the HTML report");
        for (ServiceVerdict v : ReportFacts.of(input).verdicts()) {
            assertThat(md).contains("### " + Markdown.escape(v.id()));
        }
        // each table row has as many cells as its header
        String[] lines = md.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("|---") || lines[i].startsWith("|--")) {
                int columns = cells(lines[i - 1]);
                for (int j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
                    assertThat(cells(lines[j])).as(lines[j]).isEqualTo(columns);
                }
            }
        }
    }

    @Test
    void escapesMarkdownPunctuationAndCodeSpans() {
        assertThat(Markdown.escape("a_b*c|d\ne<f>")).isEqualTo("a\\_b\\*c\\|d e&lt;f&gt;");
        assertThat(Markdown.code("x`y|z")).isEqualTo("`x'y\\|z`");
    }

    /** Cells of a GFM table row: unescaped pipes between the outer ones. */
    private static int cells(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }
}
