package org.neverout.report;

import java.util.HashMap;
import java.util.Map;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/** The kind (and name, where the model gives one) of each basic event id, for readers of a report. */
final class EventLabels {
    private final Map<String, String> kind = new HashMap<>();
    private final Map<String, String> name = new HashMap<>();

    EventLabels(Model model) {
        for (Site s : model.sites()) {
            put(s.id(), "site", s.name());
        }
        for (PowerFeed f : model.powerFeeds()) {
            put(f.id(), "power feed", f.name());
            f.groups().forEach(g -> kind.putIfAbsent(g, "group"));
        }
        for (Node n : model.nodes()) {
            put(n.id(), "node", n.name());
            n.groups().forEach(g -> kind.putIfAbsent(g, "group"));
        }
        for (Link l : model.links()) {
            put(l.id(), "link", l.name());
            l.groups().forEach(g -> kind.putIfAbsent(g, "group"));
        }
        for (Group g : model.groups()) {
            put(g.id(), g.kind() == null ? "group" : g.kind().token() + " group", g.name());
        }
        for (Supplier s : model.suppliers()) {
            put("supplier:" + s.id(), s.parent() == null ? "supplier" : "subcontractor", s.name());
        }
        for (Service s : model.services()) {
            put(s.id(), "service (intrinsic failure)", s.name());
        }
    }

    private void put(String id, String k, String n) {
        kind.put(id, k);
        if (n != null) {
            name.put(id, n);
        }
    }

    /** The event's kind in words: node, link, site, power feed, conduit group, software, supplier, ... */
    String kind(String id) {
        if (id.startsWith("software:")) {
            return "software version";
        }
        return kind.getOrDefault(id, "event");
    }

    /** "kind: name" or just the kind, for hover titles. */
    String describe(String id) {
        String n = name.get(id);
        return n == null ? kind(id) : kind(id) + ": " + n;
    }

    /** The model's name of the element, or null. */
    String name(String id) {
        return name.get(id);
    }
}
