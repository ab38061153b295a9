package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.server.TestServer.json;
import static org.neverout.server.TestServer.node;

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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.testkit.MarginOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The live margins end to end: a seeded random model over a Topology Zoo graph served from a file, the
 * state set through the API, {@code GET /api/services} compared with the brute-force {@link MarginOracle};
 * and the server-sent events an open page receives when the state changes.
 */
class TwinLiveApiTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"Abilene,11", "Nsfnet,12", "Arpanet196912,13"})
    void theServicesAnswerCarriesTheOraclesMarginsForTheStateSetThroughTheApi(String graph, long seed) throws Exception {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, ModelWriter.toYaml(model));
        List<String> events = CompiledModel.compile(model).events().stream().map(BasicEvent::id).toList();
        Set<String> kinds = java.util.EnumSet.allOf(EventKind.class).stream().map(EventKind::token)
                .collect(Collectors.toSet());
        Random random = new Random(seed);
        try (TwinTestServer s = new TwinTestServer(dir, file, null)) {
            MarginOracle oracle = new MarginOracle(s.twin.model().current().model());
            int order = s.twin.model().current().question().order();
            s.run(c -> {
                TestServer.Login analyst = c.as("analyst");
                for (int round = 0; round < 3; round++) {
                    Set<String> down = new TreeSet<>();
                    while (down.size() < round) {
                        down.add(events.get(random.nextInt(events.size())));
                    }
                    assertThat(c.call("POST", "/api/state", json(Map.of("down", List.copyOf(down))), analyst).code())
                            .isEqualTo(200);
                    TwinApiTest.await(s);
                    JsonNode answer = node(c.call("GET", "/api/services", null, analyst));
                    assertThat(answer.get("margins").get("current").asBoolean()).isTrue();
                    assertThat(answer.get("margins").get("state_version").asLong())
                            .isEqualTo(answer.get("state_version").asLong());
                    Map<String, MarginOracle.Margin> expected = oracle.margins(down, order, kinds);
                    for (JsonNode service : answer.get("services")) {
                        MarginOracle.Margin m = expected.get(service.get("id").asText());
                        List<String> points = new ArrayList<>();
                        service.get("single_points").forEach(p -> points.add(p.asText()));
                        JsonNode margin = service.get("margin");
                        assertThat(new MarginOracle.Margin(service.get("up").asBoolean(),
                                margin.isNull() ? null : margin.asInt(), points))
                                .as("%s seed %d down %s service %s", graph, seed, down, service.get("id")).isEqualTo(m);
                    }
                }
            });
        }
    }

    @Test
    void anOpenPageHearsOfEveryStateChangeByServerSentEvents() throws Exception {
        try (TwinTestServer s = new TwinTestServer(dir, TwinTestServer.EXAMPLE, null)) {
            s.app.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + s.app.port();
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("username", "analyst",
                                "password", TestServer.password("analyst"))))).build(),
                        HttpResponse.BodyHandlers.ofString());
                String cookie = login.headers().allValues("Set-Cookie").stream()
                        .filter(h -> h.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow().split(";")[0];
                String csrf = TestServer.JSON.readTree(login.body()).get("csrf").asText();
                HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                        .header("Cookie", cookie).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertThat(stream.statusCode()).isEqualTo(200);
                assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
                BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
                CompletableFuture<String> stateEvent = CompletableFuture.supplyAsync(() -> {
                    try {
                        String line;
                        boolean state = false;
                        while ((line = lines.readLine()) != null) {
                            if (line.equals("event: state")) {
                                state = true;
                            } else if (state && line.startsWith("data: ")) {
                                return line.substring("data: ".length());
                            }
                        }
                        return null;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (s.twin.events().size() == 0 && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
                HttpResponse<String> set = http.send(HttpRequest.newBuilder(URI.create(base + "/api/state"))
                        .header("Cookie", cookie).header(SecurityFilters.CSRF_HEADER, csrf)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"down\": [\"l-ams-ijm\"]}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(set.statusCode()).isEqualTo(200);
                JsonNode event = TestServer.JSON.readTree(stateEvent.get(60, TimeUnit.SECONDS));
                assertThat(event.get("down").toString()).isEqualTo("[\"l-ams-ijm\"]");
                stream.body().close();
            } finally {
                s.app.stop();
            }
        }
    }
}
