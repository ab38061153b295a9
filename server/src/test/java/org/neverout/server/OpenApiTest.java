package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.Response;

/**
 * /api/openapi.json describes every API route the server registers (the platform's and the twin's),
 * and the platform's operations it describes exist; every $ref resolves.
 */
class OpenApiTest {
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    @TempDir
    Path dir;

    private static Set<String> registered(TestServer t) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint e : t.app.unsafe.internalRouter.allHttpHandlers()) {
            if (METHODS.contains(e.endpoint.method) && (e.endpoint.path.startsWith("/api/") || e.endpoint.path.equals("/health"))) {
                routes.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
        }
        return routes;
    }

    private static Set<String> documented(JsonNode doc, String tag) {
        Set<String> routes = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                JsonNode op = doc.get("paths").get(path).get(method);
                if (tag == null || op.path("tags").toString().contains("\"" + tag + "\"")) {
                    routes.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return routes;
    }

    @Test
    void everyRegisteredApiRouteIsDocumentedAndEveryDocumentedPlatformRouteExists() throws Exception {
        TestServer t = new TestServer(dir);
        JsonNode doc = TestServer.JSON.readTree(OpenApiRoute.document());
        Set<String> registered = registered(t);
        assertThat(registered).contains("POST /api/session", "GET /api/users", "GET /api/audit");
        assertThat(documented(doc, null)).containsAll(registered);
        assertThat(registered).containsAll(documented(doc, "platform"));
        assertThat(doc.get("openapi").asText()).startsWith("3.0.");
    }

    @Test
    void everyReferenceResolvesAndEveryOperationSaysWhatItAnswers() throws Exception {
        JsonNode doc = TestServer.JSON.readTree(OpenApiRoute.document());
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        for (String route : documented(doc, null)) {
            String[] parts = route.split(" ", 2);
            JsonNode op = doc.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
            assertThat(op.get("responses").size()).as(route).isPositive();
            assertThat(op.get("summary").asText()).as(route).isNotBlank();
        }
    }

    @Test
    void theDocumentIsServedToASignedInUser() {
        TestServer t = new TestServer(dir);
        t.run(c -> {
            Response r = c.call("GET", "/api/openapi.json", null, c.as("viewer"));
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/json");
            assertThat(TestServer.node(r).get("paths").has("/api/session")).isTrue();
        });
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
