package org.neverout.incident;

import java.util.List;

/**
 * Why one network primitive (node, link or power feed) is down.
 *
 * @param kind      {@code node}, {@code link} or {@code power_feed}
 * @param events    failed basic events that cover it directly (its own id, its site, a group, its
 *                  software version, its operator's supplier event), in incident order
 * @param feedsDown for a node without power: every feed that powers it, each down; empty otherwise
 * @param endsDown  for a link: its end nodes that are down; empty otherwise
 */
public record ElementFailure(String id, String kind, List<String> events, List<ElementFailure> feedsDown,
                             List<ElementFailure> endsDown) {
    public ElementFailure {
        events = List.copyOf(events);
        feedsDown = List.copyOf(feedsDown);
        endsDown = List.copyOf(endsDown);
    }

    /** Whether it went down only because its own basic event failed. */
    public boolean failedItself() {
        return events.equals(List.of(id)) && feedsDown.isEmpty() && endsDown.isEmpty();
    }

    /** Every basic event behind this failure, in first-seen order (depth first). */
    void collectEvents(java.util.Set<String> out) {
        out.addAll(events);
        feedsDown.forEach(f -> f.collectEvents(out));
        endsDown.forEach(n -> n.collectEvents(out));
    }
}
