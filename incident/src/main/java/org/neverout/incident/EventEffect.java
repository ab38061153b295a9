package org.neverout.incident;

import java.util.List;

/**
 * What one failed basic event takes down.
 *
 * @param kind               the event kind token (node, link, site, power, group, software, supplier, service)
 * @param nodes              nodes it covers directly (file order)
 * @param links              links it covers directly
 * @param powerFeeds         power feeds it covers directly
 * @param servicesDownAlone  services (model order) up with no failure that go down when this event
 *                           alone happens; the incident as a whole may take down more
 */
public record EventEffect(String id, String kind, List<String> nodes, List<String> links, List<String> powerFeeds,
                          List<String> servicesDownAlone) {
    public EventEffect {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        powerFeeds = List.copyOf(powerFeeds);
        servicesDownAlone = List.copyOf(servicesDownAlone);
    }

    /** Takes nothing down on its own: covers no element, and on its own takes no service down. */
    public boolean noEffect() {
        return nodes.isEmpty() && links.isEmpty() && powerFeeds.isEmpty() && servicesDownAlone.isEmpty();
    }
}
