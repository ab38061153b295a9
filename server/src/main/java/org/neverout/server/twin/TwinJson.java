package org.neverout.server.twin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.BadRequestResponse;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.model.tree.Suggestions;

/** Reading the twin's request fields: event id lists and numbers, each refusal a 400 naming the field. */
final class TwinJson {
    /** Most ids one request may name (a what-if of the whole network is a few hundred). */
    static final int MAX_IDS = 10_000;

    private TwinJson() {
    }

    /** The array of strings {@code name}, without repeats, in the order given. */
    static List<String> ids(ObjectNode body, String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadRequestResponse("field '" + name + "' is missing (an array of basic event ids)");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadRequestResponse("field '" + name + "' must be an array of basic event ids");
        }
        if (value.size() > MAX_IDS) {
            throw new BadRequestResponse("field '" + name + "' names " + value.size() + " ids; at most " + MAX_IDS);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode id = value.get(i);
            if (!id.isTextual() || id.asText().isEmpty()) {
                throw new BadRequestResponse(name + "[" + i + "] must be a non-empty string");
            }
            ids.add(id.asText());
        }
        return new ArrayList<>(ids);
    }

    /** The number {@code name}, or {@code fallback} when absent; finite and at least 0. */
    static double hours(ObjectNode body, String name, double fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
            throw new BadRequestResponse("field '" + name + "' must be a number of hours >= 0");
        }
        return value.asDouble();
    }

    /** 400 naming every id that is no basic event of the model, each with a did-you-mean. */
    static void requireEvents(CompiledModel compiled, List<String> ids, String field) {
        List<String> problems = new ArrayList<>();
        List<String> all = null;
        for (String id : ids) {
            if (compiled.eventIndex(id) < 0) {
                if (all == null) {
                    all = compiled.events().stream().map(BasicEvent::id).toList();
                }
                problems.add("'" + id + "' is no basic event of the model" + Suggestions.didYouMean(id, all));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestResponse(field + ": " + String.join("; ", problems));
        }
    }
}
