package org.neverout.adversary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/**
 * What an attacker does to each event, in plain words: "cut duct duct-a7", "cut the power feed Grid
 * Eindhoven (grid-ehv)", "break into site Den Helder (DHD)". O(model) to build, O(1) per event.
 */
public final class AttackWords {
    private final Map<String, String> words = new HashMap<>();

    public AttackWords(Model model) {
        for (Site s : model.sites()) {
            words.put(s.id(), "break into site " + named(s.name(), s.id()));
        }
        for (PowerFeed f : model.powerFeeds()) {
            words.put(f.id(), "cut the power feed " + named(f.name(), f.id()));
        }
        for (Node n : model.nodes()) {
            words.put(n.id(), "wreck " + (n.role() == null ? "node" : n.role() + " node") + " "
                    + named(n.name(), n.id()) + (n.site() == null ? "" : " at " + n.site()));
        }
        for (Link l : model.links()) {
            words.put(l.id(), "cut link " + named(l.name(), l.id()) + " (" + l.a() + " to " + l.b() + ")");
        }
        for (Group g : model.groups()) {
            words.put(g.id(), groupVerb(g.kind()) + named(g.name(), g.id()));
        }
        for (SoftwareVersion v : model.softwareVersions()) {
            words.put(v.eventId(), "exploit software " + named(v.name(), v.id()));
        }
        for (Supplier s : model.suppliers()) {
            words.put("supplier:" + s.id(), "subvert supplier " + named(s.name(), s.id()));
        }
        for (Service s : model.services()) {
            words.put(s.id(), "sabotage service " + named(s.name(), s.id()));
        }
    }

    private static String groupVerb(GroupKind kind) {
        if (kind == null) {
            return "hit shared-risk group ";
        }
        return switch (kind) {
            case CONDUIT -> "cut duct ";
            case BUILDING -> "attack building ";
            case REGION -> "strike region ";
            case POWER -> "cut the power of ";
            default -> "hit shared-risk group ";
        };
    }

    private static String named(String name, String id) {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** What an attacker does to one event. */
    public String of(String eventId) {
        String w = words.get(eventId);
        if (w != null) {
            return w;
        }
        if (eventId.startsWith("software:")) {
            return "exploit software " + eventId.substring("software:".length());
        }
        if (eventId.startsWith("supplier:")) {
            return "subvert supplier " + eventId.substring("supplier:".length());
        }
        return "hit shared-risk group " + eventId; // an undeclared group
    }

    /** The whole attack as one sentence part: "cut duct duct-a7 and cut the power feed ...". */
    public String of(List<String> eventIds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < eventIds.size(); i++) {
            if (i > 0) {
                out.append(i == eventIds.size() - 1 ? " and " : ", ");
            }
            out.append(of(eventIds.get(i)));
        }
        return out.toString();
    }
}
