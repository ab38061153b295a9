package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.model.Model;

/**
 * MODEL.md 1.1 in every report format: an unverified verdict is never shown as met; the most severe
 * findings are the root causes in the contract's order through one function; owned beside controlled.
 */
class VerdictsInReportsTest {
    /**
     * A triangle with a spur to d: svc (never_out 3, any of the four nodes) has no cut set of size <= 3 but
     * its own event; the spurs (never_out 1) share the single points c, cd and d.
     */
    private static final String MODEL = "name: verdicts\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}]\n"
            + "links:\n  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c}\n  - {id: ca, a: c, b: a}\n"
            + "  - {id: cd, a: c, b: d}\n"
            + "services:\n  - {id: svc, kind: vital, category: A, never_out: 3, endpoints: [[a, b, c, d]]}\n"
            + "  - {id: spur, kind: vital, never_out: 1, users: 10, endpoints: [a, d]}\n"
            + "  - {id: spur2, kind: other, never_out: 1, users: 500, endpoints: [b, d]}\n";

    private static ReportInput input(int order) {
        Model model = TestModels.parse(MODEL, "verdicts.yaml");
        return TestModels.withSampleSections(TestModels.input(model, order));
    }

    private static String render(ReportWriter writer, ReportInput input) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(input, out);
        return out.toString();
    }

    @Test
    void unverifiedIsNeverShownAsMet() throws IOException {
        ReportInput input = input(2);
        ReportFacts facts = ReportFacts.of(input);
        assertThat(facts.verdict("svc").verdict().label()).isEqualTo("unverified (order 2 < 3)");
        assertThat(facts.verdict("spur").verdict().label()).isEqualTo("VIOLATED: 1 failure");

        String html = render(new HtmlReportWriter(), input);
        assertThat(html).contains("unverified (order 2 &lt; 3)").contains("Never-out not met")
                .doesNotContain("Meets never-out").doesNotContainPattern("survives \\d");
        String md = render(new MarkdownReportWriter(), input);
        assertThat(md).contains(Markdown.escape("unverified (order 2 < 3)")).contains("**Verdict: never-out not met**")
                .contains("| Services unverified (never met) | 1 / 3 |");
        JsonNode json = new JsonReportWriter().toJson(input);
        JsonNode svc = json.get("services").get(0);
        assertThat(svc.get("verdict").asText()).isEqualTo("unverified");
        assertThat(svc.get("resilience").isNull()).isTrue();
        assertThat(svc.get("resilience_at_least").asInt()).isEqualTo(3); // complete to order 2: at least 3, still unverified
        assertThat(json.get("summary").get("services_unverified").asInt()).isEqualTo(1);

        ObjectNode sarif = new SarifReportWriter().toJson(input);
        List<String> rules = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(r -> rules.add(r.get("ruleId").asText()));
        assertThat(rules).contains(RuleIds.NEVER_OUT_UNVERIFIED);
        JsonNode unverified = null;
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.get("ruleId").asText().equals(RuleIds.NEVER_OUT_UNVERIFIED)) {
                unverified = r;
            }
        }
        assertThat(unverified.get("level").asText()).isEqualTo("error");
        assertThat(unverified.get("message").get("text").asText()).contains("svc").contains("unverified");
        assertThat(unverified.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(9); // the service's line
    }

    @Test
    void aCompleteAnalysisToTheRequirementGivesMeetsWithResilience() throws IOException {
        ReportInput input = input(3);
        ReportFacts facts = ReportFacts.of(input);
        assertThat(facts.verdict("svc").verdict().label()).isEqualTo("survives 3");
        JsonNode svc = new JsonReportWriter().toJson(input).get("services").get(0);
        assertThat(svc.get("verdict").asText()).isEqualTo("meets");
        assertThat(svc.get("resilience").isNull()).isTrue();
        assertThat(svc.get("resilience_at_least").asInt()).isEqualTo(4);
    }

    @Test
    void theMostSevereFindingsAreTheRootCausesInTheContractOrderInHtmlAndMarkdownAlike() throws IOException {
        ReportInput input = input(2);
        List<Finding> findings = input.findings();
        assertThat(findings).isSortedAccordingTo(NeverOutFindings.ORDER);
        // cd takes down both spurs: one finding naming both, first (most vital, then most users)
        assertThat(findings.get(0).cutSet()).isEqualTo(List.of("c"));
        assertThat(findings).filteredOn(f -> f.cutSet().equals(List.of("cd"))).singleElement()
                .satisfies(f -> assertThat(f.services()).containsExactly("spur", "spur2"));
        List<Violation> shown = ReportFacts.of(input).mostSevereFindings();
        for (int i = 0; i < findings.size(); i++) {
            assertThat(shown.get(i).cutSet()).isEqualTo(findings.get(i).cutSet());
            assertThat(shown.get(i).message()).isEqualTo(findings.get(i).message());
        }
        String html = render(new HtmlReportWriter(), input);
        String md = render(new MarkdownReportWriter(), input);
        int lastHtml = -1;
        int lastMd = -1;
        for (Violation v : shown.subList(0, Math.min(15, shown.size()))) {
            String message = v.message();
            int h = html.indexOf(Html.escape(message), html.indexOf("id=\"findings\""));
            int m = md.indexOf(Markdown.escape(message), md.indexOf("## Worst findings"));
            assertThat(h).as("html shows %s after the previous", message).isGreaterThan(lastHtml);
            assertThat(m).as("markdown shows %s after the previous", message).isGreaterThan(lastMd);
            lastHtml = h;
            lastMd = m;
        }
    }

    @Test
    void ownedStandsBesideControlled() throws IOException {
        ReportInput input = input(2);
        List<ServiceControlRow> services = new ArrayList<>();
        for (ServiceControlRow c : input.control().services()) {
            services.add(new ServiceControlRow(c.id(), true, !c.id().equals("spur"), List.of()));
        }
        input = input.withControl(new ControlSection(services, input.control().suppliers()));
        String md = render(new MarkdownReportWriter(), input);
        assertThat(md).contains("| Controlled (defence-operated) | Owned (defence-owned) |")
                .contains("| `spur` | yes | **no** |")
                .contains("| Critical services military owned and controlled | 2 / 3 |");
        String html = render(new HtmlReportWriter(), input);
        assertThat(html).contains("<th>Controlled</th><th>Owned</th>").contains("supplier-owned")
                .contains("military owned and controlled");
        JsonNode json = new JsonReportWriter().toJson(input);
        assertThat(json.get("services").get(1).get("owned").asBoolean()).isFalse();
        assertThat(json.get("control").get("services").get(1).get("owned").asBoolean()).isFalse();
    }
}
