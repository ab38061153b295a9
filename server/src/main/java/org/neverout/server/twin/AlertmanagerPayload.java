package org.neverout.server.twin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.BadRequestResponse;

/**
 * A Prometheus Alertmanager webhook body (payload version 4) read as changes of the live state: each
 * alert whose label {@value #LABEL} names a basic event of the model is firing (down) or resolved
 * (cleared), keyed on its {@code fingerprint}. Alerts without the label concern something else and are
 * skipped; alerts naming an unknown event are listed in {@link #unknown} (the caller logs them) and
 * otherwise ignored. O(alerts).
 *
 * @param changes the state changes, in the payload's order
 * @param unknown "fingerprint: id" of each alert naming no basic event
 * @param skipped alerts without the label
 */
public record AlertmanagerPayload(List<LiveState.AlertChange> changes, List<String> unknown, int skipped) {
    /** The label naming the failed element (a basic event id, MODEL.md). */
    public static final String LABEL = "neverout_element";

    public AlertmanagerPayload {
        changes = List.copyOf(changes);
        unknown = List.copyOf(unknown);
    }

    /**
     * Reads a webhook body.
     *
     * @param isEvent whether an id is a basic event of the model now
     * @throws BadRequestResponse naming the first malformed part (the whole payload is then refused: nothing applied)
     */
    public static AlertmanagerPayload read(JsonNode body, Predicate<String> isEvent) {
        if (body == null || !body.isObject()) {
            throw new BadRequestResponse("an Alertmanager webhook body is a JSON object");
        }
        JsonNode version = body.get("version");
        if (version == null || !"4".equals(version.asText())) {
            throw new BadRequestResponse("only Alertmanager webhook payload version \"4\" is understood, got "
                    + (version == null ? "none" : version.toString()));
        }
        JsonNode alerts = body.get("alerts");
        if (alerts == null || !alerts.isArray()) {
            throw new BadRequestResponse("'alerts' must be an array");
        }
        List<LiveState.AlertChange> changes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < alerts.size(); i++) {
            JsonNode alert = alerts.get(i);
            String where = "alerts[" + i + "]";
            if (!alert.isObject()) {
                throw new BadRequestResponse(where + " must be an object");
            }
            String status = text(alert, "status", where);
            if (!"firing".equals(status) && !"resolved".equals(status)) {
                throw new BadRequestResponse(where + ".status must be \"firing\" or \"resolved\", got \"" + status + "\"");
            }
            String fingerprint = text(alert, "fingerprint", where);
            if (fingerprint.isBlank() || fingerprint.length() > 200) {
                throw new BadRequestResponse(where + ".fingerprint must be 1 to 200 characters");
            }
            JsonNode labels = alert.get("labels");
            if (labels != null && !labels.isObject()) {
                throw new BadRequestResponse(where + ".labels must be an object");
            }
            JsonNode element = labels == null ? null : labels.get(LABEL);
            if (element == null) {
                skipped++;
                continue;
            }
            if (!element.isTextual()) {
                throw new BadRequestResponse(where + ".labels." + LABEL + " must be a string");
            }
            String id = element.asText();
            if (!isEvent.test(id)) {
                unknown.add(fingerprint + ": " + id);
                continue;
            }
            changes.add(new LiveState.AlertChange(fingerprint, id, "firing".equals(status)));
        }
        return new AlertmanagerPayload(changes, unknown, skipped);
    }

    private static String text(JsonNode alert, String field, String where) {
        JsonNode value = alert.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadRequestResponse(where + "." + field + " must be a string");
        }
        return value.asText();
    }
}
