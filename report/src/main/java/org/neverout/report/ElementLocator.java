package org.neverout.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;

/**
 * Where in the model file a basic event or element is written, so findings can point at a line.
 * {@code software:<v>} resolves to its {@code software_versions} entry, else to the first node running it,
 * {@code supplier:<id>} to the supplier, an undeclared group to its first member. Built in O(model size); each lookup is O(1).
 */
final class ElementLocator {
    private static final String SOFTWARE = "software:";
    private static final String SUPPLIER = "supplier:";

    private final Model model;
    private final Map<String, Location> firstUse = new HashMap<>();

    ElementLocator(Model model) {
        this.model = model;
        for (Node node : model.nodes()) {
            if (node.software() != null) {
                firstUse.putIfAbsent(SOFTWARE + node.software(), located(node.id()));
            }
            node.groups().forEach(g -> firstUse.putIfAbsent(g, located(node.id())));
        }
        for (Link link : model.links()) {
            link.groups().forEach(g -> firstUse.putIfAbsent(g, located(link.id())));
        }
        for (PowerFeed feed : model.powerFeeds()) {
            feed.groups().forEach(g -> firstUse.putIfAbsent(g, located(feed.id())));
        }
        firstUse.values().removeIf(java.util.Objects::isNull);
    }

    /** The model file as the model names it. */
    String file() {
        return model.source().file();
    }

    /** Where the event or element with that id is written, or null when the file does not say. */
    Location locate(String id) {
        Location direct = located(id);
        if (direct != null) {
            return direct;
        }
        if (id.startsWith(SUPPLIER)) {
            Location supplier = located(id.substring(SUPPLIER.length()));
            if (supplier != null) {
                return supplier;
            }
        }
        return firstUse.get(id);
    }

    /** The location of a finding: the first locatable element of its cut set, else the service. */
    Location locate(String service, List<String> cutSet) {
        for (String id : cutSet) {
            Location location = locate(id);
            if (location != null) {
                return location;
            }
        }
        return locate(service);
    }

    private Location located(String id) {
        Location location = model.source().locations().get(id);
        return location == null || location.line() < 1 ? null : location;
    }
}
