package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;

class HtmlReportWriterTest {
    private static final String HOSTILE = RealisticModel.HOSTILE;

    private static Model hostileModel() {
        String yaml = RealisticModel.yaml()
                .replace("name: \"Den Haag\"", "name: \"" + HOSTILE + "\"")
                .replace("name: \"C2 North\"", "name: \"\\\" onmouseover=\\\"alert(2)\"");
        return TestModels.parse(yaml, "realistic.yaml");
    }

    private static String render(ReportInput input) {
        return new HtmlReportWriter().render(input);
    }

    @Test
    void loadsNothingFromTheNetwork() {
        String html = render(TestModels.withSampleSections(TestModels.input(hostileModel(), 2)));
        // any attribute or CSS reference to a remote (or protocol-relative) resource
        Pattern remote = Pattern.compile("(?i)(\\b(src|href|action|poster|data)\\s*=\\s*[\"']?\\s*(https?:|//))"
                + "|url\\(\\s*[\"']?\\s*(https?:|//)|@import|<link\\b|<iframe\\b|<img\\b|<object\\b|<embed\\b");
        Matcher m = remote.matcher(html);
        assertThat(m.find()).as(() -> "remote reference at: " + html.substring(Math.max(0, m.start() - 60),
                Math.min(html.length(), m.end() + 60))).isFalse();
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
        // the only absolute URL is the SVG namespace, which browsers never fetch
        Matcher urls = Pattern.compile("https?://[^\"'\\s<>)]+").matcher(html);
        while (urls.find()) {
            assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void escapesEveryModelString() {
        ReportInput input = TestModels.withSampleSections(TestModels.input(hostileModel(), 2));
        input = input.withMeta(input.meta().withTitle("Report " + HOSTILE));
        String html = render(input);
        assertThat(html).doesNotContain(HOSTILE).doesNotContain("<script>alert")
                .doesNotContain("\" onmouseover=\"alert(2)");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // exactly one script element: the report's own
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void showsVerdictsMapChartsAndMethod() {
        ReportInput input = TestModels.input(TestModels.parse(RealisticModel.yaml(), "realistic.yaml"), 2);
        String html = render(input);
        ReportFacts facts = ReportFacts.of(input);
        for (ServiceVerdict v : facts.verdicts()) {
            assertThat(html).contains("id=\"svc-" + v.id() + "\"");
        }
        assertThat(html).contains("<svg id=\"network-map\"", "<svg id=\"chart-cutsets\"", "class=\"link weak\"",
                "class=\"land home\"", "id=\"method\"", input.model().source().sha256(),
                facts.violationCount() + "</div><div class=\"label\">never-out findings");
        // a weak link of the realistic model: the spur to Vlissingen (bridge), and the duct-a12 pair
        assertThat(facts.weakLinks()).containsKey("l-rtd-vls");
        assertThat(facts.weakLinks().get("l-rtd-vls")).contains("bridge");
        // optional sections absent without data, present with it
        assertThat(html).doesNotContain("id=\"control\"", "id=\"availability\"", "id=\"compliance\"",
                "chart-downtime");
        String full = render(TestModels.withSampleSections(input));
        assertThat(full).contains("id=\"control\"", "id=\"availability\"", "id=\"compliance\"",
                "<svg id=\"chart-downtime\"");
    }

    @Test
    void theDecisionPageComesFirstWithRootCausesOwnersActionsAndTheTrendSlot() {
        ReportInput input = TestModels.withSampleSections(
                TestModels.input(TestModels.parse(RealisticModel.yaml(), "realistic.yaml"), 2));
        String html = render(input);
        int main = html.indexOf("<main>");
        assertThat(html.indexOf("<section", main)).isEqualTo(html.indexOf("<section id=\"decision\"", main));
        assertThat(html.indexOf("id=\"decision\"")).isLessThan(html.indexOf("id=\"limitations\""));
        assertThat(html.indexOf("id=\"sign-off\"")).isLessThan(html.indexOf("id=\"services\""));
        String decision = html.substring(html.indexOf("id=\"decision\""), html.indexOf("id=\"limitations\""));
        List<RootCause> causes = RootCauses.of(input, RootCauses.TOP);
        assertThat(causes).hasSize(Math.min(RootCauses.TOP, input.findings().size())).isNotEmpty();
        assertThat(count(decision, "<li class=\"cause\">")).isEqualTo(causes.size());
        for (RootCause c : causes) {
            assertThat(decision).contains(Html.escape(c.action()));
        }
        assertThat(decision).contains("Operated", "Owned", "Threatens", "No previous period recorded",
                "services meeting never-out", "services violated", "unverified");
        // sign-off: analyst not named, model hash, ledger hash not recorded
        String signOff = html.substring(html.indexOf("id=\"sign-off\""), html.indexOf("id=\"services\""));
        assertThat(signOff).contains("not named", input.model().source().sha256(), "<dt>Ledger hash</dt><dd>not "
                + "recorded</dd>", "Approved (CIO)");
        // the appendix: every service's cut sets, all collapsed, not printed by default
        String appendix = html.substring(html.indexOf("<section id=\"cut-sets\""));
        assertThat(appendix).startsWith("<section id=\"cut-sets\" class=\"card appendix\">")
                .doesNotContain(" open>");
        assertThat(count(appendix, "<details class=\"service\"")).isEqualTo(input.analysis().services().size());
        assertThat(render(input.withMeta(input.meta().withAnalyst("A. Analyst").withLedgerHash("c0ffee"))))
                .contains("<dt>Analyst</dt><dd>A. Analyst</dd>", "<dt>Ledger hash</dt><dd>c0ffee</dd>");
        assertThat(new HtmlReportWriter(true).render(input)).contains("class=\"card appendix print\"");
    }

    @Test
    void withAPreviousPeriodTheDecisionPageShowsTheTrend() {
        ReportInput input = TestModels.input(TestModels.parse(RealisticModel.yaml(), "realistic.yaml"), 2);
        ServiceVerdict first = ReportFacts.of(input).verdicts().stream().filter(v -> v.service().neverOut() > 0)
                .findFirst().orElseThrow();
        int now = first.verdict().resilience();
        PreviousRun previous = new PreviousRun("2026-Q3 <b>", java.time.Instant.parse("2026-08-30T12:00:00Z"),
                "0a1b2c", List.of(new PreviousRun.ServiceStanding(first.id(), "meets", now + 1)));
        String html = render(input.withPrevious(previous));
        assertThat(html).doesNotContain("No previous period recorded", "2026-Q3 <b>")
                .contains("class=\"trend worse\"", "than 2026-Q3 &lt;b&gt; (recorded 2026-08-30 12:00 UTC, ledger "
                        + "hash <code class=\"hash\" title=\"0a1b2c\">0a1b2c</code>)", "<td>" + first.id() + "</td><td>meets (fails with " + (now + 1));
    }

    @Test
    void pixelCoordinatesAreDrawnWithoutOutlineAndNoCoordinatesGiveANote() {
        Model pixels = TestModels.parse("name: px\nnodes:\n  - {id: a, x: 10, y: 10}\n  - {id: b, x: 200, y: 90}\n"
                + "links: [{id: ab, a: a, b: b}]\nservices: [{id: s, never_out: 1, endpoints: [a, b]}]\n", "px.yaml");
        String html = render(TestModels.input(pixels, 1));
        assertThat(html).contains("<svg id=\"network-map\"").doesNotContain("class=\"land");
        Model bare = TestModels.parse("name: bare\nnodes: [{id: a}]\nservices: [{id: s, endpoints: [a]}]\n", "b.yaml");
        assertThat(render(TestModels.input(bare, 1))).doesNotContain("<svg id=\"network-map\"")
                .contains("gives no coordinates");
    }

    @Test
    void outlineIsLeftOutForNetworksElsewhere() {
        Model elsewhere = TestModels.parse("name: far\nsites:\n  - {id: A, lat: -33.9, lon: 151.2}\n"
                + "  - {id: B, lat: -37.8, lon: 144.9}\nnodes: [{id: a, site: A}, {id: b, site: B}]\n"
                + "links: [{id: ab, a: a, b: b}]\nservices: [{id: s, endpoints: [a, b]}]\n", "far.yaml");
        String html = render(TestModels.input(elsewhere, 1));
        assertThat(html).contains("<svg id=\"network-map\"").doesNotContain("class=\"land");
    }

    @Test
    void escaperNeutralisesMarkupAndControlCharacters() {
        assertThat(Html.escape("<a href='x'>\"&\u0000")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(List.of(Html.escape("plain-id_1"))).containsExactly("plain-id_1");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
