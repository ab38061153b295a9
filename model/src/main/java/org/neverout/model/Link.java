package org.neverout.model;

import java.util.List;

/**
 * An undirected link between two nodes. {@code medium} is one of {@link #MEDIA} (the loader refuses any
 * other, with a did-you-mean) or null;
 * {@code status} is null for a link in service, or e.g. "planned" for one not built yet (imports).
 */
public record Link(String id, String name, String a, String b, String operator, String owner,
                   List<String> groups, Double capacityGbps, Double lengthKm, Double latencyMs,
                   String medium, String status, Double cost, Reliability reliability) implements Element {
    /** The media a link may have (docs/MODEL.md, NeverOut additions): a closed set, so a typo is an error. */
    public static final List<String> MEDIA = List.of("fiber", "microwave", "radio", "satellite", "copper", "other");

    public Link {
        groups = List.copyOf(groups);
    }

    /** The IGP metric routing uses (MODEL.md 1.1, "Capacity under failure"): {@code cost}, default 1. */
    public long igpCost() {
        return cost == null ? 1 : Math.round(cost);
    }
}
