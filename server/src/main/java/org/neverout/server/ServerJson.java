package org.neverout.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * JSON request bodies, read strictly: one JSON object, no trailing content, no duplicate keys, only
 * the fields a route knows; every refusal is a 400 with a message naming the field. O(body size).
 */
public final class ServerJson {
    /** The one mapper of the server (answers and requests). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ServerJson() {
    }

    /**
     * The body as a JSON object with no fields but {@code allowed}; 415 unless it is declared
     * {@code application/json} (ASVS 13.2.5; a form post can then never pass for an API call).
     */
    public static ObjectNode object(Context ctx, Set<String> allowed) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).strip().startsWith("application/json")) {
            throw new io.javalin.http.HttpResponseException(415, "the request body must be JSON, sent with "
                    + "Content-Type: application/json (got " + (type == null ? "none" : "'" + type + "'") + ")");
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestResponse("the request body is empty; expected a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadRequestResponse("the request body must be a JSON object, got " + kind(node));
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestResponse("unknown field(s) " + String.join(", ", unknown) + "; expected "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return object;
    }

    /** The string field {@code name}: 400 when missing (if {@code required}) or not a string; null when absent. */
    public static String text(ObjectNode body, String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadRequestResponse("field '" + name + "' is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse("field '" + name + "' must be a string, got " + kind(value));
        }
        return value.textValue();
    }

    /** The boolean field {@code name}, or null when absent; 400 when not a boolean. */
    public static Boolean bool(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new BadRequestResponse("field '" + name + "' must be true or false, got " + kind(value));
        }
        return value.booleanValue();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
