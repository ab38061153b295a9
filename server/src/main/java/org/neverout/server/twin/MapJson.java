package org.neverout.server.twin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neverout.engine.BasicEvent;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * What the map page draws ({@code GET /api/map}): sites and nodes with their WGS84 position (a node
 * without its own takes its site's), links between nodes, and every basic event (for failing what the
 * map does not show: software versions, suppliers, groups, power feeds). Nodes without any position are
 * listed with null coordinates (the page names how many it cannot place). O(model size).
 */
final class MapJson {
    private MapJson() {
    }

    static Map<String, Object> of(ModelVersion version) {
        Model model = version.model();
        Map<String, Site> sites = new HashMap<>();
        List<Object> siteRows = new ArrayList<>();
        for (Site s : model.sites()) {
            sites.put(s.id(), s);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("name", s.name());
            row.put("lat", s.lat());
            row.put("lon", s.lon());
            siteRows.add(row);
        }
        List<Object> nodes = new ArrayList<>();
        for (Node n : model.nodes()) {
            Site site = n.site() == null ? null : sites.get(n.site());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", n.id());
            row.put("name", n.name());
            row.put("site", n.site());
            row.put("role", n.role());
            row.put("lat", n.lat() != null ? n.lat() : site == null ? null : site.lat());
            row.put("lon", n.lon() != null ? n.lon() : site == null ? null : site.lon());
            nodes.add(row);
        }
        List<Object> links = new ArrayList<>();
        for (Link l : model.links()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", l.id());
            row.put("name", l.name());
            row.put("a", l.a());
            row.put("b", l.b());
            links.add(row);
        }
        List<Object> events = new ArrayList<>();
        for (BasicEvent e : version.compiled().events()) {
            events.add(Map.of("id", e.id(), "kind", e.kind().token()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.name());
        out.put("model_version", version.version());
        out.put("sites", siteRows);
        out.put("nodes", nodes);
        out.put("links", links);
        out.put("events", events);
        return out;
    }
}
