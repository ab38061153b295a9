package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.history.AnalysisRun;
import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;

/**
 * {@code report --db}: the trend against a store holding recorded runs of the example (2026-Q3) and of
 * the remediated example (2026-Q4), recorded through the CLI. Every expectation is computed here from the
 * stored {@code results_json} and the report's own JSON (set differences, 1 - unavailability, resilience
 * compared with "no cut set found" as the best), not by the code under test.
 */
class TrendCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Cli.example();
    private static final Path REMEDIATED = Path.of("..", "examples", "nafin-remediated.yaml");

    @TempDir
    static Path dir;

    private static String db() {
        return "jdbc:h2:file:" + dir.resolve("store/runs").toAbsolutePath();
    }

    @BeforeAll
    static void recordTwoPeriods() {
        record(EXAMPLE, "2026-Q3", "2026-09-30");
        record(REMEDIATED, "2026-Q4", "2026-12-01");
    }

    private static void record(Path model, String label, String asOf) {
        Cli r = Cli.run("record", model.toString(), "--db", db(), "--label", label, "--as-of", asOf, "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static List<AnalysisRun> runs() {
        return HistoryStore.open(StoreLocation.resolve(db(), Map.of(), dir)).runs();
    }

    private static JsonNode report(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json", "-q"));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Set<List<String>> rootCauses(JsonNode results) {
        Set<List<String>> out = new HashSet<>();
        for (JsonNode f : results.get("findings")) {
            if (f.get("kind").asText().equals("never-out")) {
                List<String> cut = new ArrayList<>();
                f.get("cut_set").forEach(e -> cut.add(e.asText()));
                out.add(cut.stream().sorted().toList());
            }
        }
        return out;
    }

    private static Set<List<String>> cuts(JsonNode array) {
        Set<List<String>> out = new HashSet<>();
        array.forEach(c -> {
            List<String> cut = new ArrayList<>();
            c.forEach(e -> cut.add(e.asText()));
            out.add(cut.stream().sorted().toList());
        });
        assertThat(out).as("no duplicates").hasSize(array.size());
        return out;
    }

    @Test
    void againstTheRemediatedRunTheTrendIsTheSetDifferenceOfRootCausesAndTheStoredFiguresThenAndNow()
            throws IOException {
        List<AnalysisRun> runs = runs();
        assertThat(runs).hasSize(2);
        JsonNode then = JSON.readTree(runs.get(1).content().resultsJson());
        JsonNode now = report(EXAMPLE.toString(), "--db", db());
        JsonNode trend = now.get("trend");

        // the example is not the model recorded last: no ledger hash, the previous period is the last run
        assertThat(now.get("report").has("ledger_hash")).isFalse();
        assertThat(trend.get("previous").get("label").asText()).isEqualTo("2026-Q4");
        assertThat(trend.get("previous").get("hash").asText()).isEqualTo(runs.get(1).hash());
        assertThat(trend.get("previous").get("recorded_at").asText())
                .isEqualTo(runs.get(1).content().recordedAt().toString());

        Set<List<String>> thenCauses = rootCauses(then);
        Set<List<String>> nowCauses = rootCauses(now);
        Set<List<String>> added = new HashSet<>(nowCauses);
        added.removeAll(thenCauses);
        Set<List<String>> removed = new HashSet<>(thenCauses);
        removed.removeAll(nowCauses);
        assertThat(added).as("the example differs from its remediation").isNotEmpty();
        assertThat(removed).isNotEmpty();
        assertThat(cuts(trend.get("root_causes_added"))).isEqualTo(added);
        assertThat(cuts(trend.get("root_causes_removed"))).isEqualTo(removed);

        // availability: 1 - the stored unavailability then, 1 - this report's now; absent on a side: null
        Map<String, Double> thenU = new HashMap<>();
        then.get("availability").get("services").forEach(s -> thenU.put(s.get("id").asText(),
                s.get("unavailability").asDouble()));
        Map<String, Double> nowU = new HashMap<>();
        now.get("availability").get("services").forEach(s -> nowU.put(s.get("id").asText(),
                s.get("unavailability").asDouble()));
        Set<String> services = new HashSet<>();
        int notRecordedThen = 0;
        for (JsonNode a : trend.get("availability")) {
            String id = a.get("service").asText();
            services.add(id);
            if (thenU.containsKey(id)) {
                assertThat(a.get("then").asDouble()).isEqualTo(1.0 - thenU.get(id));
            } else {
                assertThat(a.get("then").isNull()).as(id).isTrue();
                notRecordedThen++;
            }
            if (nowU.containsKey(id)) {
                assertThat(a.get("now").asDouble()).isEqualTo(1.0 - nowU.get(id));
            } else {
                assertThat(a.get("now").isNull()).as(id).isTrue();
            }
        }
        Set<String> union = new HashSet<>(thenU.keySet());
        union.addAll(nowU.keySet());
        assertThat(services).isEqualTo(union);
        assertThat(notRecordedThen + thenU.size()).isEqualTo(union.size());

        // directions: resilience then and now from the two documents, no cut set found counting as the best
        Map<String, JsonNode> thenServices = new HashMap<>();
        then.get("services").forEach(s -> thenServices.put(s.get("id").asText(), s));
        int worse = 0;
        for (JsonNode s : trend.get("services")) {
            JsonNode old = thenServices.get(s.get("service").asText());
            String expected;
            if (old == null) {
                expected = "new";
            } else {
                long a = rank(old.get("resilience"));
                long b = rank(s.get("now").get("resilience"));
                expected = b > a ? "better" : b < a ? "worse" : "same";
                assertThat(s.get("then").get("verdict").asText()).isEqualTo(old.get("verdict").asText());
            }
            worse += expected.equals("worse") ? 1 : 0;
            assertThat(s.get("direction").asText()).as(s.toString()).isEqualTo(expected);
        }
        assertThat(worse).as("the example is worse than its remediation for some service").isPositive();
        assertThat(trend.get("overall").asText()).isIn("worse", "mixed");

        // every recorded period, oldest first, then this unrecorded report
        JsonNode periods = trend.get("periods");
        assertThat(periods).hasSize(3);
        assertThat(periods.get(0).get("label").asText()).isEqualTo("2026-Q3");
        assertThat(periods.get(1).get("label").asText()).isEqualTo("2026-Q4");
        assertThat(periods.get(2).get("recorded").asBoolean()).isFalse();
        assertThat(periods.get(2).get("services_violated").asInt())
                .isEqualTo(now.get("summary").get("services_in_breach").asInt());
        assertThat(periods.get(1).get("services_meeting").asInt())
                .isEqualTo(then.get("summary").get("services_meeting").asInt());
        double worst = thenU.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(periods.get(1).get("worst_availability").get("availability").asDouble()).isEqualTo(1.0 - worst);
    }

    private static long rank(JsonNode resilience) {
        return resilience == null || resilience.isNull() ? Long.MAX_VALUE : resilience.asLong();
    }

    @Test
    void whenTheModelWasRecordedLastItsLedgerHashSignsTheReportAndThePreviousPeriodIsTheRunBefore()
            throws IOException {
        List<AnalysisRun> runs = runs();
        // the canonical text decides, not the file: a comment and blank lines change nothing
        Path reformatted = dir.resolve("remediated-with-comments.yaml");
        Files.writeString(reformatted, "# reviewed for 2026-Q4\n\n" + Files.readString(REMEDIATED,
                StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        for (Path model : List.of(REMEDIATED, reformatted)) {
            JsonNode json = report(model.toString(), "--db", db());
            assertThat(json.get("report").get("ledger_hash").asText()).as(model.toString())
                    .isEqualTo(runs.get(1).hash());
            assertThat(json.get("trend").get("previous").get("label").asText()).isEqualTo("2026-Q3");
            assertThat(json.get("trend").get("periods")).as("no extra 'now': this run is recorded").hasSize(2);
        }
        Cli md = Cli.run("report", REMEDIATED.toString(), "--db", db(), "--format", "markdown", "-q");
        assertThat(md.out()).contains("| Ledger hash | `" + runs.get(1).hash() + "` |");
        Cli html = Cli.run("report", REMEDIATED.toString(), "--db", db(), "-q");
        assertThat(html.out()).contains(runs.get(1).hash());
        assertThat(count(html.out(), "<g class=\"period")).as("one chart point per period").isEqualTo(2);
    }

    @Test
    void sincePicksTheNamedRunAndAnUnknownLabelIsExitTwoListingTheLabels() throws IOException {
        List<AnalysisRun> runs = runs();
        JsonNode json = report(EXAMPLE.toString(), "--db", db(), "--since", "2026-Q3");
        JsonNode previous = json.get("trend").get("previous");
        assertThat(previous.get("label").asText()).isEqualTo("2026-Q3");
        assertThat(previous.get("hash").asText()).isEqualTo(runs.get(0).hash());
        // the same model then and now: nothing added or removed, every service the same
        assertThat(json.get("trend").get("root_causes_added")).isEmpty();
        assertThat(json.get("trend").get("root_causes_removed")).isEmpty();
        json.get("trend").get("services").forEach(s -> assertThat(s.get("direction").asText()).isEqualTo("same"));

        Cli unknown = Cli.run("report", EXAMPLE.toString(), "--db", db(), "--since", "2025-Q1", "-q");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--since '2025-Q1'").contains("'2026-Q3', '2026-Q4'");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void theChartHasOnePointPerPeriodInHtmlAndOneRowPerPeriodInMarkdown() {
        Cli html = Cli.run("report", EXAMPLE.toString(), "--db", db(), "-q");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(count(html.out(), "<g class=\"period")).isEqualTo(3);
        assertThat(count(html.out(), "<g class=\"period now\"")).isEqualTo(1);
        assertThat(count(html.out(), "<circle class=\"worst\" cx")).as("every period has availability").isEqualTo(3);
        assertThat(html.out()).contains("id=\"trend-details\"").contains("Worse than 2026-Q4");
        Cli md = Cli.run("report", EXAMPLE.toString(), "--db", db(), "--format", "markdown", "-q");
        String periods = md.out().substring(md.out().indexOf("#### Every recorded period"));
        assertThat(periods.lines().filter(l -> l.startsWith("| 2026") || l.startsWith("| now")).count())
                .isEqualTo(3);
        assertThat(md.out()).contains("#### Root causes added and removed").contains("#### Availability then and now");
    }

    @Test
    void anEmptyStoreSaysNoPreviousPeriodIsRecorded() throws IOException {
        String empty = "jdbc:h2:file:" + dir.resolve("empty/runs").toAbsolutePath();
        JsonNode json = report(EXAMPLE.toString(), "--db", empty);
        assertThat(json.get("trend").get("previous").isNull()).isTrue();
        assertThat(json.get("trend").get("periods")).hasSize(1);
        assertThat(json.get("report").has("ledger_hash")).isFalse();
        Cli html = Cli.run("report", EXAMPLE.toString(), "--db", empty, "-q");
        assertThat(html.out()).contains("No previous period recorded");
        // no store named: no trend section at all
        JsonNode plain = report(EXAMPLE.toString());
        assertThat(plain.has("trend")).isFalse();
    }

    @Test
    void anUnusableStoreIsExitTwoWithAPlainMessageBeforeAnyAnalysis() throws Exception {
        Cli unsupported = Cli.run("report", EXAMPLE.toString(), "--db", "jdbc:mysql://localhost/x", "-q");
        assertThat(unsupported.exitCode()).isEqualTo(2);
        assertThat(unsupported.err()).contains("unsupported history store URL");
        Cli unreachable = Cli.run("report", EXAMPLE.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/neverout", "-q");
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot reach the history store");
        assertThat(unreachable.out()).isEmpty();

        // NEVEROUT_DB is used as record uses it; a wrong password is refused in plain words
        Path out = dir.resolve("env-report.json");
        Run viaEnv = run(Map.of("NEVEROUT_DB", db()), "report", EXAMPLE.toString(), "--format", "json", "-q",
                "--out", out.toString());
        assertThat(viaEnv.exit()).as(viaEnv.err()).isZero();
        assertThat(JSON.readTree(out.toFile()).get("trend").get("previous").get("label").asText()).isEqualTo("2026-Q4");
        Run wrong = run(Map.of("NEVEROUT_DB", db(), "NEVEROUT_DB_PASSWORD", "wrong-one"), "report",
                EXAMPLE.toString(), "-q", "--out", dir.resolve("never.html").toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("wrong user name or password");
        assertThat(dir.resolve("never.html")).doesNotExist();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.environment().remove("NEVEROUT_DB_USER");
        pb.environment().remove("NEVEROUT_DB_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
