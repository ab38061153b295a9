package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.neverout.adversary.ServiceAttack;
import org.neverout.model.Model;

/** The adversary view in every report format: one sentence on the decision page, the section, the JSON figures. */
class AttackSectionTest {
    private static ReportInput input() {
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        return TestModels.withSampleSections(TestModels.input(model, 2));
    }

    @Test
    void everyFormatCarriesTheSameCheapestAttack() throws Exception {
        ReportInput input = input();
        ServiceAttack cheapest = input.attack().vitalRanked().get(0);
        String headline = AttackHeadline.of(input.attack());
        assertThat(headline).startsWith("The cheapest way to take down ").contains(" costs ");

        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(input, html);
        assertThat(html.toString()).contains("<section id=\"attack\"").contains("href=\"#attack\"")
                .contains(Html.escape(headline));

        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(input, md);
        assertThat(md.toString()).contains("**Adversary view:** ").contains("| Cheapest attack on a vital service (cost) |");

        StringWriter json = new StringWriter();
        new JsonReportWriter().write(input, json);
        JsonNode adversary = new ObjectMapper().readTree(json.toString()).get("adversary");
        assertThat(adversary.get("headline").asText()).isEqualTo(headline);
        assertThat(adversary.get("vital_ranked").get(0).get("id").asText()).isEqualTo(cheapest.service());
        assertThat(adversary.get("vital_ranked").get(0).get("cost").asDouble()).isEqualTo(cheapest.cheapest().cost());
    }

    @Test
    void theMarkdownSectionListsTheRankedServicesAndPlacesOfTheAttackReport() throws Exception {
        ReportInput input = input();
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(input, out);
        String md = out.toString();
        int from = md.indexOf("\n## Adversary view: what a saboteur would hit first\n");
        assertThat(from).isNotNegative();
        String section = md.substring(from, md.indexOf("\n## ", from + 5));
        java.util.List<ServiceAttack> ranked = input.attack().vitalRanked();
        java.util.List<String> rows = section.lines().filter(l -> l.matches("\\| [0-9.]+( \\(not proven\\))? \\| `.*"))
                .toList();
        assertThat(rows).hasSize(Math.min(HtmlAttackSection.SERVICES, ranked.size()));
        for (int i = 0; i < rows.size(); i++) {
            ServiceAttack s = ranked.get(i);
            assertThat(rows.get(i)).startsWith("| " + org.neverout.adversary.AttackText.cost(s.cheapest().cost())
                    + (s.cheapest().proven() ? "" : " (not proven)") + " | `" + s.service() + "`")
                    .contains(String.format(java.util.Locale.ROOT, " | %,d | ", s.users()))
                    .endsWith(String.join(", ", s.cheapest().cutSet().stream().map(e -> "`" + e + "`").toList()) + " |");
        }
        if (ranked.size() > HtmlAttackSection.SERVICES) {
            assertThat(section).contains((ranked.size() - HtmlAttackSection.SERVICES) + " more vital services");
        }
        var sites = input.attack().sites();
        for (var site : sites.subList(0, Math.min(HtmlAttackSection.SITES, sites.size()))) {
            String elements = String.join(", ", site.elements().stream().map(e -> "`" + e.event() + "`").toList());
            assertThat(section).contains(" | " + elements + " | " + site.services().size() + " |");
            if (!site.weaknesses().isEmpty()) {
                assertThat(section).contains("**weak**");
            }
        }
        assertThat(section).contains("### Places to protect first").contains(AttackHeadline.of(input.attack())
                .substring(0, 20));
    }

    @Test
    void aReportWithoutTheAnalysisHasNoSection() throws Exception {
        ReportInput input = input().withAttack(null);
        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(input, html);
        assertThat(html.toString()).doesNotContain("<section id=\"attack\"").doesNotContain("Adversary view");
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(input, md);
        assertThat(md.toString()).doesNotContain("Adversary view");
        StringWriter json = new StringWriter();
        new JsonReportWriter().write(input, json);
        assertThat(new ObjectMapper().readTree(json.toString()).has("adversary")).isFalse();
    }
}
