package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Classification;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.testkit.IdentifyingStrings;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The report for publication holds nothing that identifies the network: every id, element, site and supplier
 * name and coordinate of the model ({@link IdentifyingStrings}, the testkit's search, which shares no code with
 * the report) is searched in the HTML, Markdown and JSON and none is found, on the example (with every section
 * and a trend) and on random models over Topology Zoo graphs. The counts agree with the analysis, and the same
 * search finds plenty in the ordinary report (so it can fail).
 */
class RedactedReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static Map<String, String> outputs(RedactedReport r) throws java.io.IOException {
        java.io.StringWriter html = new java.io.StringWriter();
        java.io.StringWriter md = new java.io.StringWriter();
        java.io.StringWriter json = new java.io.StringWriter();
        RedactedHtmlWriter.write(r, html);
        RedactedMarkdownWriter.write(r, md);
        RedactedJsonWriter.write(r, json);
        return Map.of("html", html.toString(), "markdown", md.toString(), "json", json.toString());
    }

    /** The example with a public name on its first vital service. */
    private static Optional<Model> example() {
        return TestModels.example().map(m -> {
            List<Service> services = new ArrayList<>(m.services());
            for (int i = 0; i < services.size(); i++) {
                Service s = services.get(i);
                if (s.kind() == org.neverout.model.ServiceKind.VITAL) {
                    services.set(i, new Service(s.id(), s.name(), s.kind(), s.endpoints(), s.dependsOn(), s.neverOut(),
                            s.users(), s.category(), s.demand(), s.availabilityTarget(), s.description(),
                            s.reliability(), s.sector(), s.organisation(), "Emergency number"));
                    break;
                }
            }
            return m.withServices(services);
        });
    }

    @Test
    void theExampleWithEverySectionAndATrendHoldsNoIdNameOrCoordinateInAnyFormat() throws Exception {
        Optional<Model> model = example();
        assumeTrue(model.isPresent(), "needs examples/nafin-example.yaml");
        ReportInput input = BrowserReportTest.withStore(TestModels.withSampleSections(TestModels.input(model.get(), 2)));
        RedactedReport r = RedactedReport.of(input, Pseudonyms.keyed(KEY), Classification.NONE, null);
        Map<String, String> out = outputs(r);
        out.forEach((format, text) -> assertThat(IdentifyingStrings.foundIn(model.get(), text))
                .as("identifying strings in the redacted " + format).isEmpty());
        out.forEach((format, text) -> assertThat(text.replace("\\", "")).as(format).contains("Emergency number")
                .contains("vital service A-").doesNotContain("<svg").doesNotContain("classification"));
        assertThat(r.trend()).isNotNull();
        assertThat(r.trend().periods()).hasSize(5);
        assertThat(r.availability()).isNotNull();
        assertThat(r.compliance()).isNotNull();

        // the same search finds the network in the ordinary report: the check can fail
        assertThat(IdentifyingStrings.foundIn(model.get(), new MarkdownReportWriter().render(input))).hasSizeGreaterThan(50);
        assertThat(IdentifyingStrings.foundIn(model.get(), new JsonReportWriter().render(input))).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomModelsHoldNoIdOrNameAndCountsAgreeWithTheAnalysis(long seed) throws Exception {
        String graph = TopologyZoo.SMALL.get((int) (seed % TopologyZoo.SMALL.size()));
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        RedactedReport r = RedactedReport.of(input, Pseudonyms.random(), Classification.NONE, null);
        Map<String, String> out = outputs(r);
        out.forEach((format, text) -> assertThat(IdentifyingStrings.foundIn(model, text))
                .as(graph + " seed " + seed + ", " + format).isEmpty());

        // counts, against the analysis read directly
        int services = input.analysis().services().size();
        assertThat(r.services()).hasSize(services);
        assertThat(r.verdicts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(services);
        assertThat(r.resilience().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(services);
        Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(model, input.analysis());
        for (NeverOutVerdict.Status s : NeverOutVerdict.Status.values()) {
            assertThat(r.verdicts().get(s.token())).as(s.token())
                    .isEqualTo((int) verdicts.values().stream().filter(v -> v.status() == s).count());
        }
        assertThat(r.rootCausesTotal()).isEqualTo(input.findings().size());
        assertThat(r.causesByKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(input.findings().size());
        assertThat(r.rootCauses()).hasSize(Math.min(RedactedReport.MAX_CAUSES, input.findings().size()));
        for (int i = 0; i < r.rootCauses().size(); i++) {
            assertThat(r.rootCauses().get(i).users()).isEqualTo(input.findings().get(i).users());
            assertThat(r.rootCauses().get(i).services()).isEqualTo(input.findings().get(i).services().size());
            assertThat(r.rootCauses().get(i).failures()).isEqualTo(input.findings().get(i).cutSet().size());
        }
        JsonNode json = JSON.readTree(out.get("json"));
        assertThat(json.get("redacted").asBoolean()).isTrue();
        assertThat(json.get("root_causes").get("total").asInt()).isEqualTo(input.findings().size());
        assertThat(json.has("classification")).isFalse();
    }

    @Test
    void keyedPseudonymsAreStableAcrossRunsAndUnlinkableWithoutTheKey() {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 3);
        Map<String, String> once = RedactedReport.labels(model.services(), Pseudonyms.keyed(KEY));
        Map<String, String> again = RedactedReport.labels(model.services(), Pseudonyms.keyed((new String(KEY,
                StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> otherKey = RedactedReport.labels(model.services(),
                Pseudonyms.keyed("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> random = RedactedReport.labels(model.services(), Pseudonyms.random());
        assertThat(again).isEqualTo(once);
        assertThat(new java.util.HashSet<>(once.values())).hasSize(once.size());
        assertThat(otherKey.values()).doesNotContainAnyElementsOf(once.values());
        assertThat(random.values()).doesNotContainAnyElementsOf(once.values());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Pseudonyms.keyed("short\n".getBytes(
                StandardCharsets.US_ASCII)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 bytes");
    }

    @Test
    void theRedactedReportCarriesOnlyItsOwnMarking() throws Exception {
        Model model = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 5)
                .withClassification(Classification.of("STG GEHEIM"));
        ReportInput input = TestModels.input(model, 2);
        Map<String, String> unmarked = outputs(RedactedReport.of(input, Pseudonyms.random(), Classification.NONE, null));
        unmarked.values().forEach(text -> assertThat(text).doesNotContain("STG GEHEIM").doesNotContain("classification"));
        Map<String, String> marked = outputs(RedactedReport.of(input, Pseudonyms.random(),
                Classification.of("PUBLIC RELEASE"), "Annual resilience letter"));
        assertThat(marked.get("markdown")).startsWith("**PUBLIC RELEASE**\n").endsWith("**PUBLIC RELEASE**\n");
        assertThat(JSON.readTree(marked.get("json")).fieldNames().next()).isEqualTo("classification");
        assertThat(marked.get("html")).contains("<div class=\"classification top\" role=\"note\">PUBLIC RELEASE</div>")
                .contains("@top-center").contains("Annual resilience letter");
        marked.values().forEach(text -> assertThat(text).doesNotContain("STG GEHEIM"));
    }
}
