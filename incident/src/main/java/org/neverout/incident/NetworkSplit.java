package org.neverout.incident;

import java.util.List;

/**
 * Every endpoint entry of a service has a live alternative, but no connected part of the surviving
 * network holds one of each: the network is split.
 *
 * @param parts             the live endpoint alternatives per connected part that holds any, largest part
 *                          (by node count) first
 * @param separatedBy       the failed elements around every part but the largest: each is a down link
 *                          leaving the part, or the down node at its far end; together they cut the
 *                          smaller parts off. Empty when the parts are not connected even with nothing
 *                          failed
 * @param omitted           further separating elements not listed (lists are capped)
 * @param downAlternatives  endpoint alternatives that are down, with why (they might have joined the parts)
 */
public record NetworkSplit(List<List<String>> parts, List<ElementFailure> separatedBy, int omitted,
                           List<ElementFailure> downAlternatives) {
    public NetworkSplit {
        parts = parts.stream().map(List::copyOf).toList();
        separatedBy = List.copyOf(separatedBy);
        downAlternatives = List.copyOf(downAlternatives);
    }

    /** The parts were never connected: nothing that failed separates them. */
    public boolean disconnectedWithoutFailure() {
        return separatedBy.isEmpty() && omitted == 0;
    }
}
