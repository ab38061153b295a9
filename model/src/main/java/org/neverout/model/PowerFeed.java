package org.neverout.model;

import java.util.List;

/** A power feed (grid connection, generator, UPS). A powered thing has power while any of its feeds is up. */
public record PowerFeed(String id, String name, List<String> groups, Reliability reliability) implements Element {
    public PowerFeed {
        groups = List.copyOf(groups);
    }
}
