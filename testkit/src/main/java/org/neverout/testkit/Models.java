package org.neverout.testkit;

import java.util.List;
import java.util.Map;

import org.neverout.model.Authorisation;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Group;
import org.neverout.model.GroupKind;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Short constructors for model records in tests, with MODEL.md's defaults: an element's name is its id, a
 * null operator or owner means {@code defence}, no reliability figures, no coordinates. The records are
 * built directly, so nothing is validated here (tests of validation build broken models on purpose).
 */
public final class Models {
    private Models() {
    }

    public static Site site(String id, List<String> power) {
        return new Site(id, id, null, null, null, null, power, null, Reliability.NONE);
    }

    public static PowerFeed feed(String id, List<String> groups) {
        return new PowerFeed(id, id, groups, Reliability.NONE);
    }

    /** A defence-operated, defence-owned node without site, software, groups or own power. */
    public static Node node(String id) {
        return node(id, null, null, null, null, List.of(), null);
    }

    /** A node operated by {@code operator} (null: defence), otherwise bare. */
    public static Node node(String id, String operator) {
        return node(id, null, null, operator, null, List.of(), null);
    }

    /** A defence-owned node; {@code power} null inherits the site's feeds. */
    public static Node node(String id, String site, String software, String operator, List<String> groups,
                            List<String> power) {
        return node(id, site, software, operator, null, groups, power);
    }

    /** A node; null {@code operator}/{@code owner} mean defence, {@code power} null inherits the site's feeds. */
    public static Node node(String id, String site, String software, String operator, String owner,
                            List<String> groups, List<String> power) {
        return new Node(id, id, site, null, null, software, orDefence(operator), orDefence(owner), groups, power,
                null, null, null, null, Reliability.NONE);
    }

    /** A defence-operated, defence-owned link without groups. */
    public static Link link(String id, String a, String b) {
        return link(id, a, b, null, null, List.of());
    }

    /** A link operated by {@code operator} (null: defence), without groups. */
    public static Link link(String id, String a, String b, String operator) {
        return link(id, a, b, operator, null, List.of());
    }

    /** A defence-owned link. */
    public static Link link(String id, String a, String b, String operator, List<String> groups) {
        return link(id, a, b, operator, null, groups);
    }

    /** A link; null {@code operator}/{@code owner} mean defence. */
    public static Link link(String id, String a, String b, String operator, String owner, List<String> groups) {
        return new Link(id, id, a, b, orDefence(operator), orDefence(owner), groups, null, null, null, null, null,
                null, Reliability.NONE);
    }

    public static Group group(String id, GroupKind kind) {
        return new Group(id, id, kind);
    }

    /** A supplier, or with {@code parent} a subcontractor, holding no authorisations and no knowledge. */
    public static Supplier supplier(String id, String parent) {
        return supplier(id, parent, List.of(), List.of());
    }

    public static Supplier supplier(String id, String parent, List<Authorisation> authorisations,
                                    List<String> knows) {
        return new Supplier(id, id, parent, null, authorisations, knows, List.of());
    }

    /** A service with a never-out requirement and no user count. */
    public static Service service(String id, ServiceKind kind, List<List<String>> endpoints,
                                  List<List<String>> dependsOn, int neverOut, String category) {
        return new Service(id, id, kind, endpoints, dependsOn, neverOut, null, category, null, null, null,
                Reliability.NONE);
    }

    /** A service serving {@code users} people (null: unknown), without a never-out requirement. */
    public static Service serviceWithUsers(String id, ServiceKind kind, List<List<String>> endpoints,
                                           List<List<String>> dependsOn, Long users, String category) {
        return new Service(id, id, kind, endpoints, dependsOn, 0, users, category, null, null, null,
                Reliability.NONE);
    }

    /** A model without declared groups. */
    public static Model model(String name, List<Site> sites, List<PowerFeed> feeds, List<Node> nodes,
                              List<Link> links, List<Supplier> suppliers, List<Service> services) {
        return model(name, sites, feeds, nodes, links, List.of(), suppliers, services);
    }

    /** A model without external parties, defaults, measures or compliance settings. */
    public static Model model(String name, List<Site> sites, List<PowerFeed> feeds, List<Node> nodes,
                              List<Link> links, List<Group> groups, List<Supplier> suppliers,
                              List<Service> services) {
        return new Model(name, sites, feeds, nodes, links, groups, suppliers, services, List.of(), Map.of(),
                List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    private static String orDefence(String party) {
        return party == null ? Model.DEFENCE : party;
    }
}
