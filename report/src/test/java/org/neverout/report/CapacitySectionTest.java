package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.capacity.CapacityAnalysis;
import org.neverout.capacity.CapacityQuestion;
import org.neverout.capacity.CapacityRenderer;
import org.neverout.capacity.CapacityResult;
import org.neverout.capacity.CapacityVerdict;
import org.neverout.capacity.LinkUtilisation;
import org.neverout.capacity.ScenarioServices;
import org.neverout.engine.Deadline;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.RandomTraffic;
import org.neverout.testkit.TopologyZoo;

/**
 * The capacity section of every report format against the capacity result it came from, on seeded
 * random models with traffic over Topology Zoo graphs and on the example: the ten worst links (ranked
 * here from the result's links), the listed unroutable and congested scenarios, the verdicts, the
 * decision-page figure and the JSON object; and no section without demands.
 */
class CapacitySectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Long> seeds() {
        return LongStream.rangeClosed(1, 12).boxed().toList();
    }

    private static ReportInput randomInput(long seed) {
        String[] graphs = {"Abilene", "Nsfnet", "Arpanet19706", "Claranet"};
        Model base = RandomModels.generate(TopologyZoo.load(graphs[(int) (seed % graphs.length)]),
                RandomModels.Spec.everyEventKind(), seed);
        Model model = RandomTraffic.add(base, 10 + (int) seed, seed);
        return TestModels.input(model, 1).withCapacity(TestModels.capacity(model));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFormatShowsTheFiguresOfTheResult(long seed) throws Exception {
        check(randomInput(seed));
    }

    @Test
    void theExampleShowsItsFiguresInEveryFormat() throws Exception {
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        if (input.capacity() != null) {
            check(input);
        }
    }

    private static void check(ReportInput input) throws Exception {
        CapacityResult r = input.capacity().result();
        assertThat(r.demands()).isPositive();
        String html = section(write(new HtmlReportWriter(), input), "<section id=\"capacity\"", "</section>");
        String md = section(write(new MarkdownReportWriter(), input), "\n## Capacity under failure", "\n## ");

        // the ten worst links, ranked here: worst utilisation descending, ties in model order
        List<LinkUtilisation> ranked = new ArrayList<>(r.links().stream().filter(l -> l.worstUtilisation() != null)
                .toList());
        ranked.sort(Comparator.comparingDouble((LinkUtilisation l) -> -l.worstUtilisation()));
        List<LinkUtilisation> top = ranked.subList(0, Math.min(10, ranked.size()));
        List<List<String>> htmlRows = rows(html, Pattern.compile("<tr><td><code>([^<]*)</code></td><td>[^<]*</td>"
                + "<td class=\"num\">[^<]*</td><td class=\"num\">([^<]*)</td><td class=\"num\">([^<]*)</td><td>([^<]*)</td></tr>"));
        List<List<String>> mdRows = rows(md, Pattern.compile("\\| `([^`]*)` \\| `[^`]*` - `[^`]*` \\| [^|]* \\| ([^|]*) \\| "
                + "([^|]*) \\| ([^|]*) \\|"));
        List<List<String>> expected = new ArrayList<>();
        for (LinkUtilisation l : top) {
            expected.add(List.of(l.id(), percent(l.baseUtilisation()), percent(l.worstUtilisation()),
                    scenario(l.worstScenario())));
        }
        assertThat(htmlRows).as("worst links in HTML").isEqualTo(expected);
        assertThat(mdRows.stream().map(row -> List.of(row.get(0), row.get(1).replace("\\", ""),
                row.get(2).replace("\\", ""), row.get(3).replace("`", ""))).toList())
                .as("worst links in Markdown").isEqualTo(expected);

        // scenario tables: the first rows of each, scenario and users
        for (List<ScenarioServices> list : List.of(r.unroutable(), r.congested())) {
            for (ScenarioServices s : list.subList(0, Math.min(HtmlCapacitySection.REPORT_ROWS, list.size()))) {
                assertThat(html).contains("<tr><td>" + Html.escape(scenario(s.scenario())) + "</td>");
                assertThat(html).contains(String.format(Locale.ROOT, "<td class=\"num\">%,d</td></tr>", s.users()));
            }
        }
        if (r.unroutable().isEmpty()) {
            assertThat(html).contains("<strong>Unroutable demands</strong>: none");
        }
        for (CapacityVerdict v : r.verdicts()) {
            assertThat(html).contains("<tr><td><code>" + Html.escape(v.service()) + "</code></td><td class=\"num\">"
                    + v.neverOut() + "</td><td>" + v.status().token() + "</td>");
            assertThat(md).contains("| `" + v.service() + "` | " + v.neverOut() + " | " + v.status().token() + " |");
        }

        // the decision page's figure: links above 100% by more than 1e-9
        long over = r.links().stream().filter(l -> l.worstUtilisation() != null && l.worstUtilisation() > 1 + 1e-9)
                .count();
        assertThat(CapacityHeadline.linksOverCapacity(r)).isEqualTo(over);
        assertThat(write(new MarkdownReportWriter(), input))
                .contains("| Links above 100% in some n-1 scenario | " + over + " |");

        // JSON: exactly what 'neverout capacity --format json' writes
        JsonNode capacity = JSON.readTree(write(new JsonReportWriter(), input)).get("capacity");
        // compared as parsed text: number node types (int or long) depend on how a tree was built
        assertThat(capacity).isEqualTo(JSON.readTree(JSON.writeValueAsString(
                CapacityRenderer.toJson(r, input.capacity().unit()))));
        assertThat(capacity.get("scenarios").asLong()).isEqualTo(r.scenarios());
        assertThat(capacity.get("links")).hasSize(r.links().size());
    }

    @Test
    void aModelWithoutDemandsHasNoSection() throws Exception {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 3);
        ReportInput input = TestModels.input(model, 1);
        // not analysed, and analysed with nothing to route: neither shows a section
        for (ReportInput in : List.of(input, input.withCapacity(TestModels.capacity(model)))) {
            assertThat(write(new HtmlReportWriter(), in)).doesNotContain("<section id=\"capacity\"")
                    .doesNotContain("href=\"#capacity\"");
            assertThat(write(new MarkdownReportWriter(), in)).doesNotContain("Capacity under failure");
        }
        assertThat(JSON.readTree(write(new JsonReportWriter(), input)).has("capacity")).isFalse();
    }

    @Test
    void aResultCutShortSaysSo() throws Exception {
        ReportInput input = randomInput(5);
        Model model = input.model();
        CapacityResult cut = CapacityAnalysis.analyze(model, CapacityQuestion.defaults()
                .withDeadline(Deadline.afterChecks(3)));
        assertThat(cut.complete()).isFalse();
        ReportInput partial = input.withCapacity(new CapacitySection(cut, "Gbit/s"));
        assertThat(write(new HtmlReportWriter(), partial)).contains("<strong>Incomplete:</strong> ")
                .contains("The figures cover the first " + cut.evaluated() + " of " + cut.scenarios());
        assertThat(write(new MarkdownReportWriter(), partial)).contains("> **Incomplete:** ")
                .contains("(cut short)");
    }

    private static String write(ReportWriter writer, ReportInput input) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(input, out);
        return out.toString();
    }

    private static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("section %s", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return to < 0 ? text.substring(from) : text.substring(from, to);
    }

    private static List<List<String>> rows(String text, Pattern row) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = row.matcher(text);
        while (m.find()) {
            List<String> cells = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                cells.add(m.group(g).trim());
            }
            out.add(cells);
        }
        return out;
    }

    private static String percent(Double u) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * u);
    }

    private static String scenario(List<String> ids) {
        return ids.isEmpty() ? "no failure" : String.join(" + ", ids);
    }
}
