package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.server.TestServer.json;
import static org.neverout.server.TestServer.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.engine.CompiledModel;
import org.neverout.history.AuditEntry;
import org.neverout.incident.Simulation;
import org.neverout.incident.SimulationJson;
import org.neverout.io.ModelFiles;
import org.neverout.model.Model;

/** The twin's JSON API over HTTP: answers, refusals and the audit trail, on the bundled example. */
class TwinApiTest {
    @TempDir
    Path dir;

    private TwinTestServer server(boolean withToken) throws Exception {
        Path token = null;
        if (withToken) {
            token = dir.resolve("token");
            Files.writeString(token, TwinTestServer.TOKEN + "\n");
        }
        return new TwinTestServer(dir, TwinTestServer.EXAMPLE, token);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    private static String alerts(String... alerts) {
        return org.neverout.server.twin.AlertmanagerPayloadTest.payload("firing", alerts);
    }

    private static String alert(String status, String fingerprint, String element) {
        return org.neverout.server.twin.AlertmanagerPayloadTest.alert(status, fingerprint, element);
    }

    @Test
    void everyTwinRouteRefusesWithoutASessionAndStateChangesWithoutTheCsrfToken() throws Exception {
        try (TwinTestServer s = server(true)) {
            s.run(c -> {
                for (String path : List.of("/api/services", "/api/state", "/api/runs", "/api/map", "/api/model",
                        "/api/assessment", "/api/map/outline", "/api/runs/1/report", "/api/events")) {
                    assertThat(c.call("GET", path, null, null).code()).as(path).isEqualTo(401);
                }
                for (String path : List.of("/api/simulate", "/api/state", "/api/runs")) {
                    assertThat(c.call("POST", path, "{}", null).code()).as(path).isEqualTo(401);
                }
                TestServer.Login analyst = c.as("analyst");
                TestServer.Login noToken = new TestServer.Login(analyst.cookie(), null, analyst.response());
                for (String path : List.of("/api/simulate", "/api/state", "/api/runs")) {
                    assertThat(c.call("POST", path, "{\"fail\": [\"ntp-1\"]}", noToken).code()).as(path).isEqualTo(403);
                }
                Response page = c.call("GET", "/map", null, null);
                assertThat(page.code()).isIn(302, 303);
                assertThat(page.headers().get("Location")).singleElement().asString().endsWith("/login");
            });
        }
    }

    @Test
    void viewersReadButMayNotRunWhatIfsSetTheStateOrRecord() throws Exception {
        try (TwinTestServer s = server(true)) {
            s.run(c -> {
                TestServer.Login viewer = c.as("viewer");
                assertThat(c.call("GET", "/api/services", null, viewer).code()).isEqualTo(200);
                assertThat(c.call("GET", "/api/state", null, viewer).code()).isEqualTo(200);
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": [\"ntp-1\"]}", viewer).code()).isEqualTo(403);
                assertThat(c.call("POST", "/api/state", "{\"down\": [\"ntp-1\"]}", viewer).code()).isEqualTo(403);
                assertThat(c.call("POST", "/api/runs", "{\"label\": \"x\"}", viewer).code()).isEqualTo(403);
                for (String page : List.of("/", "/map", "/services", "/live", "/history", "/compliance")) {
                    Response r = c.call("GET", page, null, viewer);
                    assertThat(r.code()).as(page).isEqualTo(200);
                    assertThat(r.body().string()).as(page).contains("/static/twin.js").doesNotContain("<script>")
                            .doesNotContain("style=");
                }
            });
        }
    }

    @Test
    void simulateAnswersWhatTheIncidentModuleSaysAndRefusesBadInput() throws Exception {
        try (TwinTestServer s = server(false)) {
            Model model = ModelFiles.load(TwinTestServer.EXAMPLE);
            // through text, as a client reads it (a tree built in memory keeps int and long apart)
            JsonNode expected = TestServer.JSON.readTree(TestServer.JSON.writeValueAsString(SimulationJson.toJson(
                    Simulation.run(model, CompiledModel.compile(model), List.of("software:tempus-ntp-4.0", "l-ams-ijm"),
                            19))));
            s.run(c -> {
                TestServer.Login analyst = c.as("analyst");
                Response r = c.call("POST", "/api/simulate",
                        "{\"fail\": [\"software:tempus-ntp-4.0\", \"l-ams-ijm\"], \"duration_h\": 19}", analyst);
                assertThat(r.code()).isEqualTo(200);
                assertThat(node(r)).isEqualTo(expected);

                Response unknown = c.call("POST", "/api/simulate", "{\"fail\": [\"ntp-l\"]}", analyst);
                assertThat(unknown.code()).isEqualTo(400);
                assertThat(node(unknown).get("error").asText()).contains("'ntp-l'").contains("did you mean 'ntp-1'");
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": [\"ntp-1\"", analyst).code()).isEqualTo(400);
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": \"ntp-1\"}", analyst).code()).isEqualTo(400);
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": []}", analyst).code()).isEqualTo(400);
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": [\"ntp-1\"], \"duration_h\": -1}", analyst)
                        .code()).isEqualTo(400);
                assertThat(c.call("POST", "/api/simulate", "{\"fail\": [\"ntp-1\"], \"extra\": 1}", analyst).code())
                        .isEqualTo(400);
            });
            assertThat(actions(s)).contains("what-if");
        }
    }

    @Test
    void theStateIsSetByAnalystsAndTheServicesAnswerFollowsItWithMargins() throws Exception {
        try (TwinTestServer s = server(false)) {
            s.run(c -> {
                TestServer.Login analyst = c.as("analyst");
                Response bad = c.call("POST", "/api/state", "{\"down\": [\"ntp-x\"]}", analyst);
                assertThat(bad.code()).isEqualTo(400);
                assertThat(node(bad).get("error").asText()).contains("'ntp-x'").contains("did you mean");
                Response set = c.call("POST", "/api/state", "{\"down\": [\"ntp-1\", \"ntp-2\"]}", analyst);
                assertThat(set.code()).isEqualTo(200);
                assertThat(node(set).get("down")).hasSize(2);
                await(s);
                JsonNode services = node(c.call("GET", "/api/services", null, analyst));
                assertThat(services.get("down").toString()).isEqualTo("[\"ntp-1\",\"ntp-2\"]");
                assertThat(services.get("margins").get("current").asBoolean()).isTrue();
                JsonNode timesync = service(services, "timesync");
                assertThat(timesync.get("up").asBoolean()).isFalse();
                assertThat(timesync.get("margin").asInt()).isZero();
                JsonNode e112 = service(services, "emergency-112");
                assertThat(e112.get("up").asBoolean()).isTrue();
                assertThat(e112.get("verdict").isNull()).isFalse();
                assertThat(service(services, "access").get("up").asBoolean()).isFalse();
            });
            assertThat(actions(s)).contains("state.set");
        }
    }

    @Test
    void alertmanagerAlertsMarkElementsDownUntilEveryAlertOnThemIsResolved() throws Exception {
        try (TwinTestServer s = server(true)) {
            s.run(c -> {
                TestServer.Login viewer = c.as("viewer");
                Response wrong = c.call("POST", "/api/alertmanager", alerts(alert("firing", "f1", "l-ams-ijm")), null,
                        bearer("not-the-token-at-all-0000"));
                assertThat(wrong.code()).isEqualTo(401);
                assertThat(c.call("POST", "/api/alertmanager", alerts(), null, Map.of()).code()).isEqualTo(401);

                Response first = c.call("POST", "/api/alertmanager", alerts(alert("firing", "f1", "l-ams-ijm"),
                        alert("firing", "f2", "l-ams-ijm"), alert("firing", "f3", "no-such-element")), null,
                        bearer(TwinTestServer.TOKEN));
                assertThat(first.code()).isEqualTo(200);
                JsonNode answer = node(first);
                assertThat(answer.get("applied").asInt()).isEqualTo(2);
                assertThat(answer.get("ignored_unknown").toString()).contains("no-such-element");
                assertThat(down(c, viewer)).containsExactly("l-ams-ijm");

                c.call("POST", "/api/alertmanager", alerts(alert("resolved", "f1", "l-ams-ijm")), null,
                        bearer(TwinTestServer.TOKEN));
                assertThat(down(c, viewer)).containsExactly("l-ams-ijm");
                c.call("POST", "/api/alertmanager", alerts(alert("resolved", "f2", "l-ams-ijm")), null,
                        bearer(TwinTestServer.TOKEN));
                assertThat(down(c, viewer)).isEmpty();

                assertThat(c.call("POST", "/api/alertmanager", "{\"version\": \"4\", \"alerts\": [", null,
                        bearer(TwinTestServer.TOKEN)).code()).isEqualTo(400);
            });
            assertThat(actions(s)).contains("state.webhook");
        }
    }

    @Test
    void withoutATokenFileTheWebhookRefusesEveryone() throws Exception {
        try (TwinTestServer s = server(false)) {
            s.run(c -> assertThat(c.call("POST", "/api/alertmanager", alerts(alert("firing", "f1", "l-ams-ijm")),
                    null, bearer(TwinTestServer.TOKEN)).code()).isEqualTo(401));
        }
    }

    @Test
    void analystsRecordRunsThatAreListedAndDownloadedAsReports() throws Exception {
        try (TwinTestServer s = server(false)) {
            s.run(c -> {
                TestServer.Login analyst = c.as("analyst");
                assertThat(c.call("POST", "/api/runs", "{\"label\": \"Q4\", \"as_of\": \"2026-13-01\"}", analyst)
                        .code()).isEqualTo(400);
                assertThat(c.call("POST", "/api/runs", "{\"label\": \"\"}", analyst).code()).isEqualTo(400);
                Response recorded = c.call("POST", "/api/runs", "{\"label\": \"2026-Q4\", \"as_of\": \"2026-12-01\"}",
                        analyst);
                assertThat(recorded.code()).isEqualTo(201);
                long id = node(recorded).get("id").asLong();
                JsonNode runs = node(c.call("GET", "/api/runs", null, analyst)).get("runs");
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).get("label").asText()).isEqualTo("2026-Q4");
                assertThat(runs.get(0).get("recorded_by").asText()).isEqualTo("analyst");
                assertThat(runs.get(0).get("headline").get("services_violated").asInt()).isPositive();
                Response report = c.call("GET", "/api/runs/" + id + "/report", null, analyst);
                assertThat(report.code()).isEqualTo(200);
                assertThat(report.headers().get("Content-Disposition")).singleElement().asString().contains("attachment");
                assertThat(report.body().string()).contains("<html").contains("nafin-example");
                assertThat(c.call("GET", "/api/runs/99/report", null, analyst).code()).isEqualTo(404);
                assertThat(c.call("GET", "/api/runs/x/report", null, analyst).code()).isEqualTo(400);
            });
            assertThat(s.context.store().verify().intact()).isTrue();
            assertThat(actions(s)).contains("run.record");
        }
    }

    @Test
    void theMapDataPlacesEveryNodeOfTheExample() throws Exception {
        try (TwinTestServer s = server(false)) {
            s.run(c -> {
                TestServer.Login viewer = c.as("viewer");
                JsonNode map = node(c.call("GET", "/api/map", null, viewer));
                assertThat(map.get("nodes").size()).isEqualTo(81);
                for (JsonNode n : map.get("nodes")) {
                    assertThat(n.get("lat").isNumber()).as(n.get("id").asText()).isTrue();
                }
                assertThat(node(c.call("GET", "/api/map/outline", null, viewer)).get("countries").size()).isPositive();
            });
        }
    }

    @Test
    void everyTwinRouteIsDocumentedInTheOpenApiDocumentAndEveryDocumentedTwinRouteExists() throws Exception {
        try (TwinTestServer s = server(false)) {
            JsonNode doc = TestServer.JSON.readTree(OpenApiRoute.document());
            java.util.Set<String> registered = new java.util.TreeSet<>();
            for (var e : s.app.unsafe.internalRouter.allHttpHandlers()) {
                if (e.endpoint.path.startsWith("/api/") && e.endpoint.method.isHttpMethod()) {
                    registered.add(e.endpoint.method.name() + " " + e.endpoint.path);
                }
            }
            java.util.Set<String> documented = new java.util.TreeSet<>();
            java.util.Set<String> twin = new java.util.TreeSet<>();
            doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String route = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                documented.add(route);
                if (op.getValue().path("tags").toString().contains("\"twin\"")) {
                    twin.add(route);
                }
            }));
            assertThat(registered).contains("GET /api/services", "POST /api/simulate", "GET /api/events");
            assertThat(documented).containsAll(registered);
            assertThat(registered).containsAll(twin);
        }
    }

    @Test
    void aBrokenNewVersionOfTheFileIsShownWithItsProblemsWhileTheLastGoodOneStaysInUse() throws Exception {
        Path copy = dir.resolve("model.yaml");
        String text = Files.readString(TwinTestServer.EXAMPLE);
        Files.writeString(copy, text);
        try (TwinTestServer s = new TwinTestServer(dir, copy, null)) {
            s.run(c -> {
                TestServer.Login viewer = c.as("viewer");
                try {
                    Files.writeString(copy, text.replace("a: drb-112-1", "a: drb-112-9"));
                    Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.from(
                            java.time.Instant.now().plusSeconds(60)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(s.twin.model().refresh()).isFalse();
                JsonNode model = node(c.call("GET", "/api/model", null, viewer));
                assertThat(model.get("model_version").asInt()).isEqualTo(1);
                assertThat(model.get("problems").toString()).contains("drb-112-9").contains("model.yaml:");
                assertThat(node(c.call("GET", "/api/services", null, viewer)).get("services").size())
                        .isEqualTo(s.twin.model().current().model().services().size());
                assertThat(c.call("GET", "/live", null, viewer).body().string())
                        .contains("does not load").contains("drb-112-9");
            });
        }
    }

    private static List<String> down(TestServer.Client c, TestServer.Login login) {
        List<String> ids = new ArrayList<>();
        node(c.call("GET", "/api/state", null, login)).get("down").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    static JsonNode service(JsonNode services, String id) {
        for (JsonNode s : services.get("services")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no service " + id);
    }

    static void await(TwinTestServer s) {
        try {
            assertThat(s.twin.margins().await(Duration.ofMinutes(2))).isTrue();
            long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!"ready".equals(s.twin.assessments().status().state()) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> actions(TwinTestServer s) {
        return s.context.audit().log().entries().stream().map(AuditEntry::action).toList();
    }
}
