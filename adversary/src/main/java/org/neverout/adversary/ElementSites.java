package org.neverout.adversary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * Where an attacker has to go for each event: a node stands in its site, a site is itself, a power feed
 * stands in the one site of every node it powers (none when it powers nodes of several sites or of
 * none). Links, groups, software, suppliers and services stand in no one site. O(nodes + sites) to build.
 */
public final class ElementSites {
    private final Map<String, String> siteOf = new HashMap<>();

    public ElementSites(Model model) {
        Map<String, Site> sites = new HashMap<>();
        for (Site s : model.sites()) {
            sites.put(s.id(), s);
            siteOf.put(s.id(), s.id());
        }
        Map<String, Set<String>> feedSites = new HashMap<>();
        Set<String> feedsOfNodesWithoutSite = new HashSet<>();
        for (Node n : model.nodes()) {
            if (n.site() != null) {
                siteOf.put(n.id(), n.site());
            }
            Site site = n.site() == null ? null : sites.get(n.site());
            List<String> feeds = n.power() != null ? n.power() : site == null ? List.of() : site.power();
            for (String f : feeds) {
                if (n.site() == null) {
                    feedsOfNodesWithoutSite.add(f);
                } else {
                    feedSites.computeIfAbsent(f, k -> new HashSet<>()).add(n.site());
                }
            }
        }
        feedSites.forEach((feed, at) -> {
            if (at.size() == 1 && !feedsOfNodesWithoutSite.contains(feed)) {
                siteOf.put(feed, at.iterator().next());
            }
        });
    }

    /** The site event {@code eventId} stands in, or null. */
    public String siteOf(String eventId) {
        return siteOf.get(eventId);
    }

    /** The distinct sites of these events, sorted. */
    public List<String> sitesOf(List<String> eventIds) {
        TreeSet<String> out = new TreeSet<>();
        for (String e : eventIds) {
            String s = siteOf.get(e);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
