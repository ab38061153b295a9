package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neverout.engine.TargetVerdict;

/**
 * Every colour the HTML report uses to say something has a legend entry on the page: each bar class of each
 * chart is in that chart's legend, each chip colour (kind of basic event) is in the chip key, the map's marks
 * are in the map's key, and each verdict colour of the availability table is explained next to it.
 */
class HtmlLegendTest {
    private static final Pattern CHART = Pattern.compile("<svg id=\"(chart-[a-z]+)\".*?</svg>", Pattern.DOTALL);
    private static final Pattern LEGEND = Pattern.compile("<g class=\"legend\">(.*?)</g>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar ([a-z0-9]+)\"");
    private static final Pattern CHIP = Pattern.compile("class=\"chip (k-[a-z-]+)\"");
    private static final Pattern CHIP_KEY = Pattern.compile("<p class=\"note chip-key\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern PILL = Pattern.compile("class=\"pill ([a-z]+)\"");

    /** The example (or the realistic test model) with sample sections, one service's verdict undecided. */
    private static String page() {
        ReportInput input = TestModels.withSampleSections(TestModels.input(TestModels.example()
                .orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml")), 2));
        AvailabilitySection a = input.availability();
        List<ServiceAvailabilityRow> rows = new ArrayList<>(a.services());
        for (int i = 0; i < rows.size(); i++) {
            ServiceAvailabilityRow r = rows.get(i);
            if (r.target() != null) {
                rows.set(i, new ServiceAvailabilityRow(r.id(), r.unavailability(), r.lower(), r.upper(),
                        r.downtimeMinPerYear(), r.method(), r.target(), TargetVerdict.UNDECIDED, null));
                break;
            }
        }
        input = input.withAvailability(new AvailabilitySection(rows, a.crownJewels(), a.weighting()));
        return new HtmlReportWriter().render(input);
    }

    @Test
    void everyChartColourIsInItsLegend() {
        String html = page();
        Matcher chart = CHART.matcher(html);
        Set<String> charts = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        while (chart.find()) {
            charts.add(chart.group(1));
            Matcher legend = LEGEND.matcher(chart.group());
            assertThat(legend.find()).as("%s has a legend", chart.group(1)).isTrue();
            Set<String> keyed = all(BAR, legend.group(1));
            String bars = chart.group().replace(legend.group(), "");
            Set<String> shown = all(BAR, bars);
            used.addAll(shown);
            assertThat(keyed).as("legend of %s", chart.group(1)).containsAll(shown);
        }
        assertThat(charts).contains("chart-cutsets", "chart-downtime");
        assertThat(used).as("the undecided colour is drawn, so its legend entry is checked").contains("unsure");
    }

    @Test
    void everyChipColourIsInTheChipKey() {
        String html = page();
        Matcher key = CHIP_KEY.matcher(html);
        assertThat(key.find()).isTrue();
        Set<String> keyed = all(CHIP, key.group(1));
        Set<String> used = all(CHIP, html);
        assertThat(used).hasSizeGreaterThan(3);
        assertThat(keyed).containsAll(used);
    }

    @Test
    void everyMapMarkIsInTheMapKey() {
        String html = page();
        if (html.contains("class=\"site spof\"")) {
            assertThat(html).contains("<span class=\"key spof\">");
        }
        if (html.contains("class=\"site weak\"")) {
            assertThat(html).contains("<span class=\"key weakin\">");
        }
        if (html.contains("class=\"link weak\"")) {
            assertThat(html).contains("<span class=\"key weak\">");
        }
    }

    @Test
    void everyVerdictColourOfTheAvailabilityTableIsExplained() {
        String html = page();
        String section = html.substring(html.indexOf("<section id=\"availability\""));
        section = section.substring(0, section.indexOf("</section>"));
        int note = section.indexOf("<p class=\"note\">Figures to three significant digits");
        assertThat(note).isPositive();
        Set<String> used = all(PILL, section.substring(0, note));
        Set<String> explained = all(PILL, section.substring(note));
        assertThat(used).contains("warn");
        assertThat(explained).containsAll(used);
        assertThat(section).contains("weighted by its impact: users (at least 1) x national-impact category weight");
    }

    private static Set<String> all(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
