package org.neverout.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A NetBox stand-in on 127.0.0.1 for tests: serves an export directory's lists under the API paths in
 * pages of {@code pageSize} with absolute {@code next} links (as NetBox does), only to requests carrying
 * {@code Authorization: Token <token>}; 403 otherwise. {@link #override} replaces one path's answer.
 */
public final class NetboxStandIn implements AutoCloseable {
    /** The list endpoints of NetBox 4.x the import reads: saved as {@code <name>.json}, served at the path. */
    public static final Map<String, String> ENDPOINTS = Map.of(
            "sites", "/api/dcim/sites/", "devices", "/api/dcim/devices/", "cables", "/api/dcim/cables/",
            "providers", "/api/circuits/providers/", "circuits", "/api/circuits/circuits/",
            "circuit-terminations", "/api/circuits/circuit-terminations/",
            "power-panels", "/api/dcim/power-panels/", "power-feeds", "/api/dcim/power-feeds/");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, ArrayNode> lists = new ConcurrentHashMap<>();
    private final Map<String, String[]> overrides = new ConcurrentHashMap<>();
    /** Every request's path and query, in order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private final String token;
    private final int pageSize;

    /** Serves the export in {@code exportDir} (one saved list per endpoint) in pages of {@code pageSize}. */
    public NetboxStandIn(Path exportDir, String token, int pageSize) throws IOException {
        this.token = token;
        this.pageSize = pageSize;
        for (Map.Entry<String, String> e : ENDPOINTS.entrySet()) {
            JsonNode page = JSON.readTree(exportDir.resolve(e.getKey() + ".json").toFile());
            lists.put(e.getValue(), (ArrayNode) page.get("results"));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code path} (any query) with this status, content type and body from now on. */
    public void override(String path, int status, String contentType, String body) {
        overrides.put(path, new String[] {String.valueOf(status), contentType, body});
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery();
        requests.add(ex.getRequestURI().toString());
        String[] o = overrides.get(path);
        if (o != null) {
            send(ex, Integer.parseInt(o[0]), o[1], o[2]);
            return;
        }
        if (!("Token " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 403, "application/json", "{\"detail\":\"Invalid token\"}");
            return;
        }
        ArrayNode all = lists.get(path);
        if (all == null) {
            send(ex, 404, "application/json", "{\"detail\":\"Not found.\"}");
            return;
        }
        int offset = 0;
        if (query != null) {
            for (String kv : query.split("&")) {
                if (kv.startsWith("offset=")) {
                    offset = Integer.parseInt(kv.substring(7));
                }
            }
        }
        // the stand-in's page size wins over ?limit=, like NetBox's MAX_PAGE_SIZE
        ObjectNode page = JSON.createObjectNode();
        page.put("count", all.size());
        int end = Math.min(all.size(), offset + pageSize);
        page.put("next", end < all.size() ? url() + path + "?limit=" + pageSize + "&offset=" + end : null);
        page.put("previous", offset == 0 ? null : url() + path + "?limit=" + pageSize + "&offset=" + Math.max(0, offset - pageSize));
        ArrayNode results = page.putArray("results");
        for (int i = offset; i < end; i++) {
            results.add(all.get(i));
        }
        ex.getResponseHeaders().add("API-Version", "4.2");
        send(ex, 200, "application/json", JSON.writeValueAsString(page));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
