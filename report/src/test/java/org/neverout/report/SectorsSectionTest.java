package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.sectors.GroupMatrix;
import org.neverout.sectors.SectorAnalysis;
import org.neverout.sectors.SectorText;
import org.neverout.sectors.SharedCause;

/**
 * The cross-sector view in every report format: the decision-page line naming the cause that reaches the
 * most sectors, the section with its heat map, the JSON figures; no section for a model without sectors.
 */
class SectorsSectionTest {
    private static ReportInput input() {
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        return TestModels.withSampleSections(TestModels.input(model, 2));
    }

    @Test
    void everyFormatNamesTheSameWidestCause() throws Exception {
        ReportInput input = input();
        if (!input.sectors().sectorsNamed()) {
            // the realistic fallback model names no sectors: give every service one of three
            input = withSectors(input);
        }
        SharedCause widest = input.sectors().widest();
        assertThat(widest).isNotNull();
        String headline = SectorText.headline(input.sectors());
        assertThat(headline).contains(String.join(" + ", widest.cutSet()))
                .contains(widest.groups().size() + " sectors at once");

        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(input, html);
        String page = html.toString();
        assertThat(page).contains("<section id=\"sectors\"").contains("href=\"#sectors\"")
                .contains("<svg id=\"heatmap-sectors\"");
        String decision = page.substring(page.indexOf("<section id=\"decision\""), page.indexOf("</section>",
                page.indexOf("<section id=\"decision\"")));
        assertThat(decision).contains("sectors-line").contains(Html.escape(headline))
                .contains("sectors one cause reaches: " + Html.escape(String.join(" + ", widest.cutSet())));

        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(input, md);
        assertThat(md.toString()).contains("**Across sectors:** ");

        StringWriter json = new StringWriter();
        new JsonReportWriter().write(input, json);
        JsonNode sectors = new ObjectMapper().readTree(json.toString()).get("sectors");
        assertThat(sectors.get("headline").asText()).isEqualTo(headline);
        assertThat(sectors.get("cross_sector_causes").get(0).get("cut_set").get(0).asText())
                .isEqualTo(widest.cutSet().get(0));
    }

    @Test
    void aModelWithoutSectorsHasNoSectionAndNoLine() throws Exception {
        ReportInput input = input();
        Model plain = input.model().withServices(input.model().services().stream()
                .map(s -> s.withSector(null, null)).toList());
        ReportInput none = input.withSectors(SectorAnalysis.of(plain, CompiledModel.compile(plain), input.analysis()));
        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(none, html);
        assertThat(html.toString()).doesNotContain("<section id=\"sectors\"").doesNotContain("<p class=\"lead sectors-line\"")
                .doesNotContain("sectors one cause reaches");
        StringWriter json = new StringWriter();
        new JsonReportWriter().write(none.withSectors(null), json);
        assertThat(new ObjectMapper().readTree(json.toString()).has("sectors")).isFalse();
    }

    @Test
    void theHeatMapShadesByCountAndNamesTheWorstCause() {
        SharedCause a = new SharedCause(List.of("software:x"), List.of("aviation", "defence", "police"),
                List.of("s1", "s2", "s3"), 10, "a shared software version");
        SharedCause b = new SharedCause(List.of("l1"), List.of("aviation", "defence"), List.of("s1", "s2"), 5, "a link");
        GroupMatrix m = GroupMatrix.of(List.of("aviation", "defence", "police"), List.of(a, b));
        String svg = SvgHeatMap.of("hm", "t", m);
        assertThat(svg).contains("aviation x defence: 2 causes; worst software:x (a shared software version)")
                .contains("defence x police: 1 cause; worst software:x").contains("aviation: 2 shared causes reach it");
        assertThat(SvgHeatMap.shade(0, 2)).isEqualTo("#ffffff");
        assertThat(SvgHeatMap.shade(2, 2)).isEqualTo("#a50f15");
        assertThat(SvgHeatMap.shade(1, 2)).isNotEqualTo(SvgHeatMap.shade(2, 2)).isNotEqualTo("#ffffff");
    }

    private static ReportInput withSectors(ReportInput input) {
        String[] sectors = {"aviation", "defence", "emergency"};
        List<Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < input.model().services().size(); i++) {
            services.add(input.model().services().get(i).withSector(sectors[i % 3], null));
        }
        Model m = input.model().withServices(services);
        return input.withSectors(SectorAnalysis.of(m, CompiledModel.compile(m), input.analysis()));
    }
}
