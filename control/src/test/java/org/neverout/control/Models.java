package org.neverout.control;

import java.util.List;
import java.util.Map;

import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/** Short constructors for model records in tests (defaults as MODEL.md gives them). */
final class Models {
    private Models() {
    }

    static Site site(String id, List<String> power) {
        return new Site(id, id, null, null, null, null, power, null, Reliability.NONE);
    }

    static PowerFeed feed(String id, List<String> groups) {
        return new PowerFeed(id, id, groups, Reliability.NONE);
    }

    static Node node(String id, String site, String software, String operator, String owner, List<String> groups,
                     List<String> power) {
        return new Node(id, id, site, null, null, software, operator == null ? Model.DEFENCE : operator,
                owner == null ? Model.DEFENCE : owner, groups, power, null, null, null, null, Reliability.NONE);
    }

    static Node node(String id, String operator) {
        return node(id, null, null, operator, null, List.of(), null);
    }

    static Link link(String id, String a, String b, String operator, String owner, List<String> groups) {
        return new Link(id, id, a, b, operator == null ? Model.DEFENCE : operator,
                owner == null ? Model.DEFENCE : owner, groups, null, null, null, null, null, null, Reliability.NONE);
    }

    static Link link(String id, String a, String b, String operator) {
        return link(id, a, b, operator, null, List.of());
    }

    static Supplier supplier(String id, String parent, List<Authorisation> authorisations, List<String> knows) {
        return new Supplier(id, id, parent, null, authorisations, knows, List.of());
    }

    static Supplier supplier(String id, String parent) {
        return supplier(id, parent, List.of(), List.of());
    }

    static Service service(String id, ServiceKind kind, List<List<String>> endpoints, List<String> dependsOn,
                           Long users, String category) {
        return new Service(id, id, kind, endpoints, dependsOn, 0, users, category, null, null, null,
                Reliability.NONE);
    }

    static Model model(String name, List<Site> sites, List<PowerFeed> feeds, List<Node> nodes, List<Link> links,
                       List<Supplier> suppliers, List<Service> services) {
        return new Model(name, sites, feeds, nodes, links, List.of(), suppliers, services, List.of(), Map.of(),
                List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }
}
