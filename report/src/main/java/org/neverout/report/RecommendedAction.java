package org.neverout.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Supplier;

/**
 * The recommended action for a root cause, in plain words, derived from the kind of its events: a software
 * version asks for diverse software, a shared-risk group (a duct) for re-routing a link out of it, a
 * supplier for a second supplier, a shared service for a diverse alternative in {@code depends_on}, a site
 * or a power feed for a second site or feed, a node or link for a second, independent path. In a cut set of
 * several events the common-mode event leads (in that order); a set of nodes and links only asks for one
 * more path that avoids them all.
 *
 * <p>Cost: O(V + E) per cut set (names and the links of a group are looked up in the model).
 */
final class RecommendedAction {
    /** Kinds in the order in which one of them leads the advice for a cut set of several events. */
    private enum Kind { SERVICE, SOFTWARE, SUPPLIER, GROUP, SITE, POWER, NODE, LINK, OTHER }

    private final Model model;
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();

    RecommendedAction(Model model) {
        this.model = model;
        model.powerFeeds().forEach(f -> {
            kinds.put(f.id(), Kind.POWER);
            f.groups().forEach(g -> kinds.putIfAbsent(g, Kind.GROUP));
        });
        model.sites().forEach(s -> kinds.put(s.id(), Kind.SITE));
        model.nodes().forEach(n -> {
            kinds.put(n.id(), Kind.NODE);
            n.groups().forEach(g -> kinds.putIfAbsent(g, Kind.GROUP));
        });
        model.links().forEach(l -> {
            kinds.put(l.id(), Kind.LINK);
            links.put(l.id(), l);
            l.groups().forEach(g -> kinds.putIfAbsent(g, Kind.GROUP));
        });
        model.groups().stream().map(Group::id).forEach(g -> kinds.put(g, Kind.GROUP));
        model.services().forEach(s -> kinds.put(s.id(), Kind.SERVICE));
    }

    private Kind kind(String event) {
        if (event.startsWith("software:")) {
            return Kind.SOFTWARE;
        }
        if (event.startsWith("supplier:")) {
            return Kind.SUPPLIER;
        }
        return kinds.getOrDefault(event, Kind.OTHER);
    }

    /** The action for the root cause {@code cut} that violates {@code services}. */
    String of(List<String> cut, List<String> services) {
        String whom = services.size() == 1 ? services.get(0)
                : services.size() <= 3 ? String.join(", ", services) : services.size() + " services";
        if (cut.isEmpty()) {
            return "Connect " + whom + ": with no failure at all it is down (an endpoint or a dependency is "
                    + "unreachable in the model as it stands).";
        }
        String lead = cut.stream().min((a, b) -> kind(a).compareTo(kind(b))).orElseThrow();
        Kind kind = kind(lead);
        if ((kind == Kind.NODE || kind == Kind.LINK) && cut.size() > 1) {
            return "Add one more independent path to " + whom + " that avoids " + names(cut)
                    + ": together they are its only ways through today.";
        }
        if (kind == Kind.POWER && cut.stream().allMatch(e -> kind(e) == Kind.POWER) && cut.size() > 1) {
            return "Give the nodes on " + names(cut) + " a further, independent power source (a generator or "
                    + "UPS): these feeds are all they have.";
        }
        String advice = single(lead, kind, whom, services.size() == 1);
        return cut.size() == 1 ? advice : advice.substring(0, advice.length() - 1) + " (it fails together with "
                + names(cut.stream().filter(e -> !e.equals(lead)).toList()) + ").";
    }

    private String single(String event, Kind kind, String whom, boolean one) {
        switch (kind) {
            case SOFTWARE: {
                String version = event.substring("software:".length());
                long nodes = model.nodes().stream().filter(n -> version.equals(n.software())).count();
                String which = nodes == 1 ? "the one node" : nodes == 2 ? "both nodes" : "all " + nodes + " nodes";
                return "Run diverse software on one node of each redundant pair: " + which + " running " + version
                        + (nodes == 1 ? " fails" : " fail") + " with one defect of it.";
            }
            case GROUP: {
                List<String> inGroup = model.links().stream().filter(l -> l.groups().contains(event))
                        .map(Link::id).toList();
                if (!inGroup.isEmpty()) {
                    return "Re-route one of the links out of " + event + " (" + names(inGroup)
                            + ") so that they no longer share its risk.";
                }
                return "Move one of the elements out of shared-risk group " + event
                        + " (another building, route or region) so that they no longer fail together.";
            }
            case SUPPLIER: {
                String id = event.substring("supplier:".length());
                String name = model.suppliers().stream().filter(s -> s.id().equals(id)).map(Supplier::name)
                        .filter(n -> n != null).findFirst().orElse(id);
                return "Contract a second, independent supplier (or run one path in-house) for what " + name
                        + " and its subcontractors operate for " + whom + ".";
            }
            case SERVICE:
                return "Add a diverse alternative to " + event + " in depends_on (a second, independent " + event
                        + ") so that " + whom + (one ? " no longer stands" : " no longer stand") + " on it alone.";
            case SITE:
                return "Serve " + whom + " from a second site as well: today what " + (one ? "it needs" : "they need")
                        + " stands at site " + event + ".";
            case POWER:
                return "Give the nodes on power feed " + event + " a second, independent feed (a generator or a "
                        + "second grid connection).";
            case NODE:
                return "Add a second, independent path to " + whom + " that avoids node " + event
                        + " (a redundant node at another site).";
            case LINK: {
                Link l = links.get(event);
                return "Add a second, independent path to " + whom + " that avoids link " + event + " (" + l.a()
                        + " \u2013 " + l.b() + ").";
            }
            default:
                return "Remove the dependence of " + whom + " on " + event + " alone.";
        }
    }

    private static String names(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : ids.subList(0, 3).stream().collect(Collectors.joining(", ")) + " and " + (ids.size() - 3) + " more";
    }
}
