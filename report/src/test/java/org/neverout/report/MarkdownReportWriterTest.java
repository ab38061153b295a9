package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(md).contains("## Decision page", "### Top 5 root causes and what to do",
                "### Trend against the previous period", "No previous period recorded", "## Limitations",
                "## Sign-off", "| Ledger hash | not recorded |", "## Verdict per service", "## Worst findings",
                "## Single points of failure", "## Appendix: minimal cut sets per service", "## Control and suppliers",
                "## Availability", "## Compliance", "## Method", "The map is drawn in the HTML report");
        // decision page, limitations and sign-off first; the cut sets last
        assertThat(md.indexOf("## Decision page")).isLessThan(md.indexOf("## Limitations"));
        assertThat(md.indexOf("## Sign-off")).isLessThan(md.indexOf("## Verdict per service"));
        assertThat(md.indexOf("## Appendix: minimal cut sets per service")).isGreaterThan(md.indexOf("## Method"));
        RootCause first = RootCauses.of(input, 1).get(0);
        assertThat(md).contains("1. **" + first.finding().severity().token() + "**",
                "**Action:** " + Markdown.escape(first.action()));
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
    void theSignOffNamesTheAnalystAndTheLedgerHashAndTheTrendComparesWithThePreviousPeriod() {
        ReportInput input = TestModels.input(TestModels.parse(RealisticModel.yaml(), "realistic.yaml"), 2);
        input = input.withMeta(input.meta().withAnalyst("J. de Vries | CIO office").withLedgerHash("9f8e7d"))
                .withPrevious(new PreviousRun("2026-Q3", java.time.Instant.parse("2026-08-30T12:00:00Z"), "0a1b",
                        List.of(new PreviousRun.ServiceStanding("c2-north", "violated", 2))));
        String md = new MarkdownReportWriter().render(input);
        assertThat(md).contains("| Analyst | J\\. de Vries \\| CIO office |", "| Ledger hash | `9f8e7d` |",
                "than 2026\\-Q3 (recorded 2026-08-30T12:00:00Z, ledger hash `0a1b`)", "| `c2-north` | violated (fails with 2) |")
                .doesNotContain("No previous period recorded");
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
