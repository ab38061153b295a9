package org.neverout.server.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.BadRequestResponse;

import org.junit.jupiter.api.Test;

public class AlertmanagerPayloadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> EVENTS = Set.of("l-ams-ijm", "hag-core-1");

    public static String alert(String status, String fingerprint, String element) {
        String labels = element == null ? "{\"alertname\": \"LinkDown\"}"
                : "{\"alertname\": \"LinkDown\", \"neverout_element\": \"" + element + "\"}";
        return "{\"status\": \"" + status + "\", \"labels\": " + labels + ", \"annotations\": {}, "
                + "\"startsAt\": \"2026-12-01T07:00:00Z\", \"endsAt\": \"0001-01-01T00:00:00Z\", "
                + "\"generatorURL\": \"http://prometheus/graph\", \"fingerprint\": \"" + fingerprint + "\"}";
    }

    /** A webhook body as Alertmanager 0.2x sends it (payload version 4). */
    public static String payload(String status, String... alerts) {
        return "{\"version\": \"4\", \"groupKey\": \"{}:{alertname=\\\"LinkDown\\\"}\", \"truncatedAlerts\": 0, "
                + "\"status\": \"" + status + "\", \"receiver\": \"neverout\", \"groupLabels\": {}, "
                + "\"commonLabels\": {}, \"commonAnnotations\": {}, \"externalURL\": \"http://alertmanager:9093\", "
                + "\"alerts\": [" + String.join(", ", alerts) + "]}";
    }

    private static AlertmanagerPayload read(String json) throws Exception {
        JsonNode body = MAPPER.readTree(json);
        return AlertmanagerPayload.read(body, EVENTS::contains);
    }

    @Test
    void firingAndResolvedAlertsBecomeChangesKeyedOnTheirFingerprint() throws Exception {
        AlertmanagerPayload p = read(payload("firing", alert("firing", "a1", "l-ams-ijm"),
                alert("resolved", "b2", "hag-core-1")));
        assertThat(p.changes()).containsExactly(new LiveState.AlertChange("a1", "l-ams-ijm", true),
                new LiveState.AlertChange("b2", "hag-core-1", false));
        assertThat(p.unknown()).isEmpty();
    }

    @Test
    void unknownElementsAreListedAndAlertsWithoutTheLabelSkipped() throws Exception {
        AlertmanagerPayload p = read(payload("firing", alert("firing", "a1", "no-such-link"),
                alert("firing", "c3", null), alert("firing", "d4", "hag-core-1")));
        assertThat(p.changes()).containsExactly(new LiveState.AlertChange("d4", "hag-core-1", true));
        assertThat(p.unknown()).containsExactly("a1: no-such-link");
        assertThat(p.skipped()).isEqualTo(1);
    }

    @Test
    void malformedPayloadsAreRefusedWhole() {
        assertThatThrownBy(() -> read("{\"version\": \"3\", \"alerts\": []}"))
                .isInstanceOf(BadRequestResponse.class).hasMessageContaining("version \"4\"");
        assertThatThrownBy(() -> read("{\"version\": \"4\"}"))
                .isInstanceOf(BadRequestResponse.class).hasMessageContaining("'alerts' must be an array");
        assertThatThrownBy(() -> read(payload("firing", alert("pending", "a1", "l-ams-ijm"))))
                .isInstanceOf(BadRequestResponse.class).hasMessageContaining("alerts[0].status");
        assertThatThrownBy(() -> read(payload("firing", alert("firing", "", "l-ams-ijm"))))
                .isInstanceOf(BadRequestResponse.class).hasMessageContaining("alerts[0].fingerprint");
        assertThatThrownBy(() -> read("[1]")).isInstanceOf(BadRequestResponse.class);
    }
}
