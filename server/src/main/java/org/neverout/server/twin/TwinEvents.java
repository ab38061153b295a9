package org.neverout.server.twin;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.http.sse.SseClient;

/**
 * The open pages listening for live changes ({@code GET /api/events}, server-sent events): each change
 * of the state, the margins or the model is sent to every one as a small event ({@code state},
 * {@code margins}, {@code model}) with the new version; the page then fetches what it shows. A client
 * whose connection is gone is dropped. O(clients) per change.
 */
public final class TwinEvents {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    /** Keeps the client open until it disconnects. */
    public void add(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendEvent("hello", "{}");
    }

    /** Sends {@code event} with JSON data to every open page. */
    public void send(String event, Map<String, Object> data) {
        String json;
        try {
            json = MAPPER.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
                continue;
            }
            try {
                c.sendEvent(event, json);
            } catch (RuntimeException e) {
                clients.remove(c); // the page went away mid-write
            }
        }
    }

    /** How many pages listen. */
    public int size() {
        return clients.size();
    }

    /**
     * Forgets every stream (server stop). The streams themselves end with the server's connections:
     * closing a client of a stopped server does not return.
     */
    public void forgetAll() {
        clients.clear();
    }
}
