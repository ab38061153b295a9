package org.neverout.io;

import java.util.List;
import java.util.Map;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/** Model records as an import creates them: every field a foreign format cannot express at its MODEL.md default. */
final class Imported {
    private Imported() {
    }

    static Node node(String id, String name, String role, Double lat, Double lon, Double x, Double y) {
        return new Node(id, name, null, role, null, null, Model.DEFENCE, Model.DEFENCE, List.of(), null,
                lat, lon, x, y, Reliability.NONE);
    }

    static Link link(String id, String name, String a, String b, Double capacityGbps, Double lengthKm,
                     String medium, String status, Double cost) {
        return new Link(id, name, a, b, Model.DEFENCE, Model.DEFENCE, List.of(), capacityGbps, lengthKm, null,
                medium, status, cost, Reliability.NONE);
    }

    /** A traffic demand between two nodes as a service of kind other (MODEL.md: demand in the file's units). */
    static Service demand(String id, String name, String source, String target, Double demand) {
        return new Service(id, name, ServiceKind.OTHER, List.of(List.of(source), List.of(target)), List.of(), 0,
                null, null, demand, null, null, Reliability.NONE);
    }

    static Model model(String name, List<Node> nodes, List<Link> links, List<Service> services, Model.Source source) {
        return new Model(name, List.of(), List.of(), nodes, links, List.of(), List.of(), services, List.of(),
                Map.of(), List.of(), ComplianceSettings.NONE, source);
    }
}
