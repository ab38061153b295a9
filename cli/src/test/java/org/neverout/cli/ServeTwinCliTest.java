package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.history.AnalysisRun;
import org.neverout.history.HistoryStore;
import org.neverout.history.LedgerCheck;
import org.neverout.history.StoreLocation;

/**
 * {@code neverout serve} with the twin, in its own JVM: a what-if answers exactly what {@code neverout
 * simulate --format json} prints, runs recorded through the API are the CLI's full assessment, and a
 * {@code kill -9} while a run is being recorded loses no run committed before it (the ledger stays intact).
 */
class ServeTwinCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }

    @Test
    void whatIfEqualsSimulateAndKillNineDuringARecordLosesNoCommittedRun() throws Exception {
        Path password = dir.resolve("pw");
        Files.writeString(password, "analyst-password-1\n");
        // every commit waits 3 s first, so the kill lands inside a recording for sure
        Process p = start(List.of("-D" + HistoryStore.PAUSE_BEFORE_COMMIT + "=3000"), "serve", Cli.example().toString(),
                "--db", db(), "--port", "0", "--init-admin-password-file", password.toString());
        List<Long> committed = new ArrayList<>();
        try {
            String url = awaitUrl(p);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"analyst-password-1\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String cookie = login.headers().allValues("Set-Cookie").get(0).split(";")[0];
            String csrf = JSON.readTree(login.body()).get("csrf").asText();

            HttpResponse<String> whatIf = post(http, url + "api/simulate", cookie, csrf,
                    "{\"fail\": [\"software:tempus-ntp-4.0\", \"l-ams-ijm\"], \"duration_h\": 19}");
            assertThat(whatIf.statusCode()).as(whatIf.body()).isEqualTo(200);
            Cli simulate = Cli.run("simulate", Cli.example().toString(), "--fail", "software:tempus-ntp-4.0,l-ams-ijm",
                    "--duration-h", "19", "--format", "json");
            assertThat(simulate.exitCode()).isZero();
            assertThat(JSON.readTree(whatIf.body())).isEqualTo(JSON.readTree(simulate.out()));

            for (String label : List.of("2026-Q3", "2026-Q4")) {
                HttpResponse<String> run = post(http, url + "api/runs", cookie, csrf,
                        "{\"label\": \"" + label + "\", \"as_of\": \"2026-12-01\"}");
                assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
                JsonNode body = JSON.readTree(run.body());
                committed.add(body.get("id").asLong());
                // the full assessment: the same headline 'record' stores
                assertThat(body.get("headline").get("worst_service").isNull()).isFalse();
            }
            CompletableFuture<HttpResponse<String>> third = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(url + "api/runs")).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"interrupted\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1500); // inside the assessment or the pause before its commit
            assertThat(third).isNotDone();
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        HistoryStore store = HistoryStore.open(new StoreLocation(db(), "sa", "", "--db"));
        List<AnalysisRun> runs = store.runs();
        assertThat(runs).extracting(AnalysisRun::id).containsExactlyElementsOf(committed);
        assertThat(runs).extracting(AnalysisRun::label).containsExactly("2026-Q3", "2026-Q4");
        LedgerCheck check = store.verify();
        assertThat(check.intact()).as(check.reason()).isTrue();
        assertThat(check.runs()).isEqualTo(2);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String cookie, String csrf, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process start(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NeverOut.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEVEROUT_DB");
        pb.redirectError(dir.resolve("serve.err").toFile());
        return pb.start();
    }

    private String awaitUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern at = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/) ");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = at.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("serve printed no URL (its standard error is in serve.err)");
    }
}
