package org.neverout.server.twin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.neverout.engine.NetworkState;
import org.neverout.engine.ServiceMargin;
import org.neverout.model.Service;

/**
 * The answer of {@code GET /api/services}: every service of the model in use with its state in the live
 * state ({@code up}, evaluated now), its never-out verdict and resilience from the assessment of the
 * model without failures, and its margin and single points from the latest live margins, with the model
 * and state version those belong to. O(V + E + services) for the state, O(services) for the rest.
 */
final class ServicesJson {
    private ServicesJson() {
    }

    static Map<String, Object> of(ModelVersion version, LiveState.Snapshot state, LiveMargins margins,
                                  Assessments.Status assessment) {
        NetworkState network = new NetworkState(version.compiled());
        List<String> ignored = new ArrayList<>();
        for (String id : state.down()) {
            int e = version.compiled().eventIndex(id);
            if (e >= 0) {
                network.apply(e);
            } else {
                ignored.add(id);
            }
        }
        boolean[] up = network.serviceStates();
        LiveMargins.Snapshot m = margins.current();
        boolean sameModel = m != null && m.modelVersion() == version.version();
        Map<String, ServiceMargin> byId = new HashMap<>();
        if (sameModel) {
            m.result().services().forEach(s -> byId.put(s.serviceId(), s));
        }
        Map<String, JsonNode> assessed = new HashMap<>();
        boolean assessedThis = assessment.document() != null && assessment.modelVersion() == version.version();
        if (assessedThis) {
            for (JsonNode s : assessment.document().path("services")) {
                assessed.put(s.path("id").asText(), s);
            }
        }
        List<Object> services = new ArrayList<>();
        for (int s = 0; s < version.model().services().size(); s++) {
            Service service = version.model().services().get(s);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", service.id());
            row.put("name", service.name());
            row.put("kind", service.kind().token());
            row.put("never_out", service.neverOut());
            row.put("users", service.users());
            row.put("endpoints", service.endpoints());
            row.put("depends_on", service.dependsOn());
            row.put("up", up[s]);
            JsonNode a = assessed.get(service.id());
            row.put("verdict", a == null ? null : a.path("verdict").asText(null));
            row.put("resilience", a == null || a.path("resilience").isNull() ? null : a.path("resilience").asInt());
            ServiceMargin sm = byId.get(service.id());
            if (!up[s]) {
                row.put("margin", 0); // down now, whatever the margins computed for an older state say
                row.put("single_points", List.of());
            } else {
                row.put("margin", sm == null || !sm.up() ? null : sm.margin());
                row.put("single_points", sm == null || !sm.up() ? List.of() : sm.singlePoints());
            }
            services.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", version.model().name());
        out.put("model_version", version.version());
        out.put("state_version", state.version());
        out.put("down", state.down());
        out.put("ignored", ignored);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("model_version", sameModel ? m.modelVersion() : null);
        about.put("state_version", sameModel ? m.stateVersion() : null);
        about.put("current", sameModel && m.stateVersion() == state.version());
        about.put("order", version.question().order());
        about.put("complete", sameModel && m.result().complete());
        about.put("computed_at", sameModel ? m.computedAt().toString() : null);
        about.put("took_ms", sameModel ? m.took().toMillis() : null);
        // a failed recomputation leaves the last margins shown, marked not current, and says why
        about.put("error", margins.failure() == null ? null : String.valueOf(margins.failure().getMessage()));
        out.put("margins", about);
        out.put("assessment", assessedThis ? assessment.state()
                : "failed".equals(assessment.state()) && assessment.modelVersion() == version.version() ? "failed"
                : "pending");
        out.put("services", services);
        return out;
    }
}
