package org.neverout.capacity;

import java.util.List;

/**
 * A demand of MODEL.md 1.1 "Capacity under failure": a service with {@code demand} &gt; 0 and exactly two
 * endpoint entries; {@code volume} flows from the first entry to the second, between the cheapest live
 * pair of their alternatives.
 *
 * @param service      the service's id
 * @param volume       the traffic, in the model's capacity unit
 * @param sources      the first entry's alternatives (node ids, list order)
 * @param destinations the second entry's alternatives (node ids, list order)
 * @param users        the service's {@code users} (0 when absent)
 * @param neverOut     the service's {@code never_out}
 */
public record Demand(String service, double volume, List<String> sources, List<String> destinations, long users,
                     int neverOut) {
    public Demand {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
    }
}
