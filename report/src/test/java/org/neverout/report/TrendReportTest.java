package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neverout.engine.Finding;
import org.neverout.model.Model;

/**
 * The trend in detail: root causes added and removed (against a set difference computed here), availability
 * then and now with "not recorded" for missing figures, the periods with "now" added only when unrecorded,
 * and the chart with one column per period, in HTML, Markdown and JSON.
 */
class TrendReportTest {
    private static final Instant THEN = Instant.parse("2026-08-30T12:00:00Z");

    private static ReportInput input() {
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        return TestModels.withSampleSections(TestModels.input(model, 2));
    }

    private static List<PreviousRun.ServiceStanding> standings(ReportInput input) {
        return ReportFacts.of(input).verdicts().stream()
                .map(v -> new PreviousRun.ServiceStanding(v.id(), "violated", 1)).toList();
    }

    @Test
    void rootCausesAddedAndRemovedAreTheSetDifferencesOnRandomPreviousPeriods() {
        ReportInput input = input();
        List<List<String>> nowCauses = input.findings().stream().map(Finding::cutSet).toList();
        assertThat(nowCauses).hasSizeGreaterThan(5);
        Random random = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            // a previous period: some of today's root causes (in shuffled id order) and some that are gone
            List<List<String>> then = new ArrayList<>();
            for (List<String> cut : nowCauses) {
                if (random.nextInt(3) > 0) {
                    List<String> shuffled = new ArrayList<>(cut);
                    java.util.Collections.shuffle(shuffled, random);
                    then.add(shuffled);
                }
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                then.add(List.of("gone-" + random.nextInt(50), "z" + i));
            }
            java.util.Collections.shuffle(then, random);
            PreviousRun previous = new PreviousRun("p", THEN, null, List.of(), then, null);
            RootCauseTrend t = RootCauseTrend.of(previous, input.findings());

            Set<Set<String>> thenSets = new HashSet<>();
            then.forEach(c -> thenSets.add(new HashSet<>(c)));
            Set<Set<String>> nowSets = new HashSet<>();
            nowCauses.forEach(c -> nowSets.add(new HashSet<>(c)));
            Set<Set<String>> added = new HashSet<>(nowSets);
            added.removeAll(thenSets);
            Set<Set<String>> removed = new HashSet<>(thenSets);
            removed.removeAll(nowSets);
            assertThat(t.added().stream().map(c -> (Set<String>) new HashSet<>(c)).toList()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(added);
            assertThat(t.removed().stream().map(c -> (Set<String>) new HashSet<>(c)).toList()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(removed);
            assertThat(t.then()).isEqualTo(thenSets.size());
            assertThat(t.now()).isEqualTo(nowSets.size());
        }
        assertThat(RootCauseTrend.of(new PreviousRun("p", THEN, null, List.of()), input.findings()))
                .as("root causes not recorded then: nothing said").isNull();
    }

    @Test
    void availabilityThenAndNowSaysNotRecordedWhereAFigureIsMissing() throws IOException {
        ReportInput input = input();
        List<ServiceAvailabilityRow> rows = input.availability().services();
        Map<String, Double> then = new LinkedHashMap<>();
        then.put(rows.get(0).id(), 0.5);
        then.put("retired-service", 0.25);
        PreviousRun previous = new PreviousRun("2026-Q3", THEN, "ab", standings(input), List.of(), then);
        AvailabilityTrend t = AvailabilityTrend.of(previous, input.availability());
        assertThat(t.rows()).hasSize(rows.size() + 1);
        assertThat(t.rows().get(0)).isEqualTo(new AvailabilityTrend.Row(rows.get(0).id(), 0.5, rows.get(0).availability()));
        assertThat(t.rows().get(1).then()).isNull();
        assertThat(t.rows().get(rows.size())).isEqualTo(new AvailabilityTrend.Row("retired-service", 0.75, null));
        assertThat(AvailabilityTrend.of(new PreviousRun("x", THEN, null, List.of()), null).empty()).isTrue();

        ReportInput withTrend = input.withPrevious(previous);
        JsonNode json = new JsonReportWriter().toJson(withTrend).get("trend");
        assertThat(json.get("availability").get(1).get("then").isNull()).isTrue();
        assertThat(json.get("availability").get(rows.size()).get("now").isNull()).isTrue();
        assertThat(json.get("root_causes_removed")).isEmpty();
        assertThat(json.get("root_causes_added")).hasSize(input.findings().size());
        assertThat(json.has("periods")).as("no store consulted for the periods").isFalse();
        String html = new HtmlReportWriter().render(withTrend);
        assertThat(html).contains("id=\"trend-details\"").contains("<td class=\"num\">not recorded</td>");
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(withTrend, md);
        assertThat(md.toString()).contains("| `retired-service` | " + org.neverout.engine.Figures.availabilityPercent(0.25) + " | not recorded |");
    }

    private static PeriodSeries.Period period(String label, int days, Double worst) {
        return new PeriodSeries.Period(label, THEN.plusSeconds(86400L * days), LocalDate.of(2026, 1, 1).plusDays(days),
                "h" + days, 3, 1, 2, worst == null ? null : "svc", worst);
    }

    @Test
    void thePeriodsAddNowOnlyWhenThisRunIsNotRecordedAndTheChartHasOneColumnPerPeriod() throws IOException {
        ReportInput input = input();
        ReportFacts facts = ReportFacts.of(input);
        List<PeriodSeries.Period> recorded = List.of(period("2026-Q1", 0, 0.99), period("2026-Q2", 90, null),
                period("2026-Q3 <script>", 180, 0.995));
        PeriodSeries unrecorded = new PeriodSeries(recorded, false);
        List<PeriodSeries.Period> points = unrecorded.points(input, facts);
        assertThat(points).hasSize(4);
        PeriodSeries.Period now = points.get(3);
        assertThat(now.unrecorded()).isTrue();
        assertThat(now.violated()).isEqualTo(facts.servicesInBreach());
        assertThat(now.unverified()).isEqualTo(facts.servicesUnverified());
        double worst = input.availability().services().stream().mapToDouble(ServiceAvailabilityRow::availability)
                .min().orElseThrow();
        assertThat(now.worstAvailability()).isEqualTo(worst);
        assertThat(new PeriodSeries(recorded, true).points(input, facts)).isEqualTo(recorded);

        String svg = SvgTrendChart.render(points);
        assertThat(count(svg, "<g class=\"period")).isEqualTo(4);
        assertThat(count(svg, "<circle class=\"worst\" cx")).as("Q2 has no availability figure").isEqualTo(3);
        assertThat(svg).as("the availability scale stays within 0 to 100 %%").doesNotContainPattern(">100\\.\\d*[1-9]\\d* %")
                .doesNotContain("> -");
        assertThat(svg).doesNotContain("<script>").contains("2026-Q3 &lt;sc\u2026");

        ReportInput withPeriods = input.withPeriods(unrecorded);
        String html = new HtmlReportWriter().render(withPeriods);
        assertThat(count(html, "<g class=\"period")).isEqualTo(4);
        assertThat(html).contains("No previous period recorded in the history store");
        JsonNode json = new JsonReportWriter().toJson(withPeriods).get("trend");
        assertThat(json.get("previous").isNull()).isTrue();
        assertThat(json.get("periods")).hasSize(4);
        assertThat(json.get("periods").get(1).get("worst_availability").isNull()).isTrue();
        assertThat(json.get("periods").get(3).get("recorded").asBoolean()).isFalse();
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(withPeriods, md);
        assertThat(md.toString()).contains("| now | 2026-11-28 | not recorded (this report) |");
    }

    private static int count(String text, String needle) {
        return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
