package org.neverout.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulation as plain maps and lists (insertion ordered) for the CLI to serialise with Jackson. */
public final class SimulationJson {
    private SimulationJson() {
    }

    public static Map<String, Object> toJson(SimulationResult r) {
        SimulationText.Labels labels = new SimulationText.Labels(r);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", r.model());
        if (r.incidentName() != null || r.description() != null) {
            Map<String, Object> incident = new LinkedHashMap<>();
            incident.put("name", r.incidentName());
            incident.put("description", r.description());
            out.put("incident", incident);
        }
        out.put("fail", r.failed());
        out.put("duration_h", number(r.durationH()));
        List<Object> failed = new ArrayList<>();
        for (EventEffect e : r.effects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind());
            Map<String, Object> takes = new LinkedHashMap<>();
            takes.put("nodes", e.nodes());
            takes.put("links", e.links());
            takes.put("power_feeds", e.powerFeeds());
            m.put("takes_down", takes);
            m.put("services_down_alone", e.servicesDownAlone());
            m.put("no_effect", e.noEffect());
            failed.add(m);
        }
        out.put("failed", failed);
        List<Object> services = new ArrayList<>();
        for (ServiceOutcome s : r.services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("up", s.up());
            m.put("up_without_failure", s.upWithoutFailure());
            m.put("kind", s.kind().token());
            m.put("level", s.level());
            m.put("users", s.users());
            m.put("category", s.category());
            if (s.cause() != null) {
                m.put("cause", cause(s.cause(), labels));
            }
            services.add(m);
        }
        out.put("services", services);
        out.put("story", r.story());
        Impact i = r.impact();
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("services_down", i.servicesDown());
        impact.put("vital_services_down", i.vitalServicesDown());
        impact.put("users_affected", i.usersAffected());
        impact.put("users_by_category", new LinkedHashMap<>(i.usersByCategory()));
        impact.put("duration_h", number(i.durationH()));
        impact.put("user_hours", number(i.userHours()));
        impact.put("highest_category", i.highestCategory());
        impact.put("significant", i.significant());
        impact.put("significant_threshold_user_hours", (long) Impact.SIGNIFICANT_USER_HOURS);
        out.put("impact", impact);
        return out;
    }

    private static Map<String, Object> cause(ServiceCause c, SimulationText.Labels labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("explanation", SimulationText.explain(c, labels));
        m.put("failed_itself", c.failedItself());
        m.put("dependencies_down", c.dependenciesDown());
        m.put("dependency_entries_down", c.dependencyEntriesDown());
        List<Object> entries = new ArrayList<>();
        for (EntryCutOff e : c.entriesCutOff()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", e.index());
            entry.put("entry", e.alternatives());
            entry.put("members", failures(e.members()));
            entries.add(entry);
        }
        m.put("entries_cut_off", entries);
        if (c.split() != null) {
            Map<String, Object> split = new LinkedHashMap<>();
            split.put("parts", c.split().parts());
            split.put("separated_by", failures(c.split().separatedBy()));
            split.put("omitted", c.split().omitted());
            split.put("disconnected_without_failure", c.split().disconnectedWithoutFailure());
            split.put("alternatives_down", failures(c.split().downAlternatives()));
            m.put("split", split);
        }
        m.put("root_events", c.rootEvents());
        return m;
    }

    private static List<Object> failures(List<ElementFailure> failures) {
        List<Object> out = new ArrayList<>();
        for (ElementFailure f : failures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("kind", f.kind());
            m.put("events", f.events());
            if (!f.feedsDown().isEmpty()) {
                m.put("no_power", failures(f.feedsDown()));
            }
            if (!f.endsDown().isEmpty()) {
                m.put("ends_down", failures(f.endsDown()));
            }
            out.add(m);
        }
        return out;
    }

    /** Whole numbers as integers (no 3.23E8 in the output), others as they are. */
    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 9.0e15 ? (Object) (long) value : (Object) value;
    }
}
