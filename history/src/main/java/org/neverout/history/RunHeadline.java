package org.neverout.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The headline of a recorded run, read back from its {@code results_json} (the JSON report document):
 * never-out verdicts, root causes (never-out findings: one per cut set, MODEL.md 1.1) and the service
 * with the worst availability. Read, not stored, so that it adds nothing to what the ledger covers.
 *
 * @param violated          services whose never-out requirement is violated
 * @param met               services that meet theirs
 * @param unverified        services whose requirement could not be decided
 * @param rootCauses        never-out findings (distinct cut sets violating at least one service)
 * @param worstService      the service with the highest unavailability (null without an availability section)
 * @param worstUnavailability its unavailability (null with worstService)
 */
public record RunHeadline(int violated, int met, int unverified, int rootCauses, String worstService,
                          Double worstUnavailability) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The headline of a JSON report document. */
    public static RunHeadline of(String resultsJson) {
        JsonNode root;
        try {
            root = MAPPER.readTree(resultsJson);
        } catch (JsonProcessingException e) {
            throw new HistoryException("results_json is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode summary = root.path("summary");
        int rootCauses = 0;
        for (JsonNode f : root.path("findings")) {
            if ("never-out".equals(f.path("kind").asText())) {
                rootCauses++;
            }
        }
        String worst = null;
        Double worstU = null;
        for (JsonNode s : root.path("availability").path("services")) {
            double u = s.path("unavailability").asDouble();
            if (worstU == null || u > worstU) {
                worstU = u;
                worst = s.path("id").asText();
            }
        }
        return new RunHeadline(summary.path("services_in_breach").asInt(), summary.path("services_meeting").asInt(),
                summary.path("services_unverified").asInt(), rootCauses, worst, worstU);
    }

    /** Availability (1 - unavailability) of the worst service, or null. */
    public Double worstAvailability() {
        return worstUnavailability == null ? null : 1.0 - worstUnavailability;
    }
}
